import type { Persona } from "../../workers/bot/persona";
import type { BotResponder } from "../../workers/bot/responder";
import type { RetrievedArticle } from "../../workers/knowledge/types";
import type { ChatRole, Message } from "../../workers/protocol/message";
import type { ConversationLog } from "./conversation-log";
import type { ConversationStore } from "./store";

export interface BotTurnDeps {
  store: ConversationStore;
  log: ConversationLog;
  persona: () => Promise<Persona>;
  retrieve: (history: { role: ChatRole; text: string }[]) => Promise<RetrievedArticle[]>;
  responder: BotResponder;
  /** The answer as it is being written, for the sockets; the stored message is what counts. */
  onDraft: (draftId: string, text: string) => void;
  now: () => string;
}

/**
 * The bot answers a customer message it still owns: retrieval with the recent turns as context, an answer
 * grounded in the articles (streamed as drafts when the model streams), stored with its confidence and
 * citations. An answer below the persona's threshold is a decline, flagged `botFailure` so the triggers
 * count it. Returns the stored answer, or null when the bot lost the conversation meanwhile (whether the
 * built-in bot answers at all is the caller's call: `builtInBotAnswers`).
 * Of a burst of customer messages the bot answers only the latest, with the others as its context: a
 * flood costs one answer, not one per message.
 */
export async function runBotTurn(deps: BotTurnDeps, message: Message): Promise<Message | null> {
  const { store, log } = deps;
  if (newerCustomerMessage(store, message)) return null;
  const persona = await deps.persona();
  const history = store
    .messagesBetween(store.contextStartSeq(), message.seq)
    .filter((m): m is Message & { role: "customer" | "bot" } => m.role === "customer" || m.role === "bot")
    .map(({ role, text }) => ({ role, text }));
  const retrieved = await deps.retrieve(history);
  const draftId = crypto.randomUUID();
  let draft = "";
  const answer = await deps.responder.answer({
    persona,
    question: message.text,
    retrieved,
    history,
    language: store.customerLanguage(),
    onToken: (delta) => {
      draft += delta;
      deps.onDraft(draftId, draft);
    },
  });
  // A handoff or an agent may have taken over while the answer was being written: then the bot stays quiet.
  // So it does when the customer wrote again meanwhile: that message's turn answers both.
  if (store.summary()?.status !== "bot" || newerCustomerMessage(store, message)) return null;
  return log.append({
    role: "bot",
    text: answer.text,
    meta: {
      draftId,
      confidence: answer.confidence,
      citations: answer.citations,
      source: answer.source,
      // Every answer says whether it failed, so the engine never has to guess from the wording.
      botFailure: answer.failed,
    },
    now: deps.now(),
  }).message;
}

/** Whether the customer wrote again after this message (only the messages after it are read). */
function newerCustomerMessage(store: ConversationStore, message: Message): boolean {
  return store.messagesBetween(message.seq, store.lastSeq()).some((m) => m.role === "customer");
}
