import type { AiProvider } from "../../workers/ai/provider";
import { handoffNotice } from "../../workers/bot/phrases";
import type { Rep } from "../../workers/bot/reps";
import { skillForCategory } from "../../workers/domain/routing/skills";
import type { Rules } from "../../workers/domain/rules";
import { analyzeMessage, decide } from "../../workers/domain/triggers/index";
import type { Message } from "../../workers/protocol/message";
import type { ConversationLog } from "./conversation-log";
import { buildHandoff, toEngineHistory } from "./handoff-builder";
import type { ConversationStore } from "./store";

export interface CustomerTurnDeps {
  store: ConversationStore;
  log: ConversationLog;
  provider: AiProvider;
  rules: () => Promise<Rules>;
  /** The workspace's category → skill overrides (routing settings). */
  skillByCategory: () => Promise<Readonly<Record<string, string | null>>>;
  /** The AI rep answering, if any: named in the handoff, and its handoff skill (if set) is asked for. */
  rep?: Pick<Rep, "id" | "name" | "handoffSkill"> | null;
  /** Your own bot answers here (`bot.mode: "external"`): a message left with the bot is marked for it. */
  externalBot?: boolean;
  /** The skill of the topic the customer picked before the chat (pre-chat form), which comes first. */
  topicSkill?: string | null;
  now: () => string;
}

/**
 * Runs the handoff triggers on a customer message the bot owns: analyses it once (stored in its meta with
 * the decision and its signals), and when a trigger fires hands the conversation to the line with a
 * summary for the agent. Returns the messages to fan out.
 */
export async function runCustomerTurn(deps: CustomerTurnDeps, message: Message): Promise<Message[]> {
  const { store, log, provider } = deps;
  const [analysis, rules] = await Promise.all([analyzeMessage(provider, message.text), deps.rules()]);
  // The bot's context since it last took over, up to this message: one that arrived while we awaited the
  // AI is decided on its own turn.
  const upTo = toEngineHistory(store.messagesBetween(store.contextStartSeq(), message.seq));
  const last = upTo.at(-1);
  if (last) last.meta = { ...last.meta, analysis };
  const decision = decide(rules, upTo);
  // `externalBot` is what makes the outbox publish the message as `bot.turn` (workers/webhooks/events.ts).
  const external = deps.externalBot && !decision.handoff ? { externalBot: true } : {};
  log.updateMeta(message, { ...message.meta, analysis, decision, ...external });
  if (!decision.handoff || store.summary()?.status !== "bot") return [];

  const [summary, skillByCategory] = await Promise.all([
    provider.summarize(upTo.map(({ role, text }) => ({ role, text }))),
    deps.skillByCategory(),
  ]);
  const { rep } = deps;
  const handoff = buildHandoff({
    decision,
    summary,
    skill:
      deps.topicSkill ?? rep?.handoffSkill ?? skillForCategory(decision.signals.category, skillByCategory),
    seq: message.seq,
    now: deps.now(),
  });
  if (rep) handoff.rep = { id: rep.id, name: rep.name };
  // Another turn may have handed off while this one awaited: the check and the write are one step.
  const handedOff = log.handOffFromBot(
    handoff,
    deps.now(),
    handoffNotice(store.customerLanguage(), decision.trigger),
  );
  return handedOff ? [handedOff] : [];
}
