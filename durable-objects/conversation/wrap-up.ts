import type { AiProvider, WrapUp } from "../../workers/ai/provider";
import { isChatMessage } from "../../workers/protocol/message";
import type { ConversationStore } from "./store";

/** The latest messages of the contact the wrap-up reads: enough for any chat a person resolves. */
const WRAP_UP_MESSAGES = 200;

/**
 * The wrap-up of the contact being resolved: its messages since the bot last started clean (an earlier
 * contact was wrapped up when it was resolved), and the handoff's brief when a person took it; in the
 * language the customer last wrote in.
 */
export function wrapUpContact(store: ConversationStore, ai: AiProvider): Promise<WrapUp> {
  const last = store.lastSeq();
  const from = Math.max(store.contextStartSeq(), last - WRAP_UP_MESSAGES);
  const history = store
    .messagesBetween(from, last)
    // Internal notes are the agents' words to each other, not the contact.
    .filter(isChatMessage)
    .filter((m) => m.role !== "system")
    .map((m) => ({ role: m.role, text: m.text }));
  const status = store.summary()?.status;
  const handoff = status === "bot" ? null : store.handoff();
  return ai.wrapUp(
    history,
    handoff ? { customerGoal: handoff.customerGoal, summary: handoff.summary } : null,
    store.customerLanguage(),
  );
}
