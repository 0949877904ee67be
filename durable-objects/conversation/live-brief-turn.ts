import { MOOD_WINDOW, refreshBrief } from "../../workers/domain/live-brief";
import { analyzeLocally } from "../../workers/domain/triggers/index";
import { MessageAnalysisSchema } from "../../workers/domain/triggers/types";
import type { Handoff } from "../../workers/protocol/conversation";
import type { Message } from "../../workers/protocol/message";
import type { ConversationLog } from "./conversation-log";
import type { ConversationStore } from "./store";

/**
 * A customer message after the handoff (queued, with an agent, or waiting for an e-mail reply): it is read
 * offline once (its analysis stored like any customer message's, so the engine has it if the bot takes the
 * conversation back) and the brief is refreshed with it. Returns the new brief, or null when there is none.
 */
export function runLiveBrief(
  store: ConversationStore,
  log: ConversationLog,
  message: Message,
  now: string,
): Handoff | null {
  const handoff = store.handoff();
  if (!handoff) return null;
  const analysis = analyzeLocally(message.text);
  log.updateMeta(message, { ...message.meta, analysis });
  const sentiments = store
    .latestCustomerMessages(MOOD_WINDOW)
    .map((m) =>
      m.seq === message.seq
        ? analysis.sentiment
        : (MessageAnalysisSchema.safeParse(m.meta.analysis).data?.sentiment ??
          analyzeLocally(m.text).sentiment),
    );
  const next = refreshBrief(handoff, message.text, sentiments);
  log.saveHandoff(next, now);
  return next;
}
