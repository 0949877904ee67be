import type { WrapUp } from "../../workers/ai/provider";
import { assertTransition } from "../../workers/domain/conversation-status";
import { statusNotice } from "../../workers/domain/notices/index";
import type { ConversationStatus, Customer, Handoff } from "../../workers/protocol/conversation";
import type { StatusDetails, StatusEvent } from "../../workers/protocol/events";
import type { Message, MessageMeta, Role } from "../../workers/protocol/message";
import { clientScope } from "./client-scope";
import type { ConversationStore } from "./store";

/**
 * Every change to a conversation, each one written together with its outbox record in one synchronous
 * storage transaction: either both land or neither does.
 */
export class ConversationLog {
  constructor(
    private readonly store: ConversationStore,
    private readonly transaction: <T>(fn: () => T) => T,
  ) {}

  create(input: { id: string; workspaceId: string; customer: Customer; repId?: string; now: string }): void {
    this.transaction(() => {
      this.store.create(input);
      this.recordConversation();
    });
  }

  /**
   * Appends a message, or returns the one its author already stored under the same `clientId` so a retried
   * send is stored once. `duplicate` tells the caller not to react to it a second time.
   */
  append(input: { role: Role; text: string; clientId?: string; meta?: MessageMeta; now: string }): {
    message: Message;
    duplicate: boolean;
  } {
    return this.transaction(() => {
      if (input.clientId) {
        const existing = this.store.messageByClientId(
          clientScope(input.role, input.meta ?? {}),
          input.clientId,
        );
        if (existing) return { message: existing, duplicate: true };
      }
      const message = this.store.appendMessage({
        id: crypto.randomUUID(),
        role: input.role,
        text: input.text,
        clientId: input.clientId,
        meta: input.meta ?? {},
        now: input.now,
      });
      this.store.touch(input.now);
      this.recordMessage(message);
      this.recordConversation();
      return { message, duplicate: false };
    });
  }

  updateMeta(message: Message, meta: MessageMeta): Message {
    return this.transaction(() => {
      this.store.updateMessageMeta(message.seq, meta);
      const updated = { ...message, meta };
      this.recordMessage(updated);
      return updated;
    });
  }

  /**
   * Moves to `to` (refusing a transition the state machine forbids) and appends the system message that
   * tells every client, so status changes are part of the replayable history. Without a `text` of its own the
   * message says what the customer should read (`statusNotice`), which may be nothing.
   */
  transition(to: ConversationStatus, now: string, details: StatusDetails = {}, text?: string): Message {
    return this.transaction(() => {
      const current = this.requireSummary();
      assertTransition(current.status, to);
      this.store.setStatus(to, now);
      const message = this.store.appendMessage({
        id: crypto.randomUUID(),
        role: "system",
        text: text ?? statusNotice(this.store.customerLanguage(), to),
        meta: { ...details, event: "status", from: current.status, to } satisfies StatusEvent,
        now,
      });
      this.recordMessage(message);
      this.recordConversation();
      return message;
    });
  }

  /** Hands the conversation to the line: status `queued`, the handoff stored and recorded, in one go. */
  handOff(handoff: Handoff, now: string, text: string): Message {
    return this.transaction(() => {
      const message = this.transition("queued", now, { trigger: handoff.trigger }, text);
      this.saveHandoff(handoff, now);
      return message;
    });
  }

  /**
   * Hands off only if the bot still owns the conversation, checked in the same transaction as the write.
   * Customer turns await the AI and D1, so several can decide to hand off at once: the first one to get
   * here does, the others get null (the conversation already went to the line, nothing to do).
   */
  handOffFromBot(handoff: Handoff, now: string, text: string): Message | null {
    return this.transaction(() =>
      this.requireSummary().status === "bot" ? this.handOff(handoff, now, text) : null,
    );
  }

  /**
   * Closes the conversation and asks for a rating. The bot's context restarts after the request, so a
   * customer who writes again is never answered on what came before.
   */
  resolve(now: string, csatRequest: string, wrapUp?: WrapUp): Message[] {
    return this.transaction(() => {
      const resolved = this.transition("resolved", now, wrapUp ? { wrapUp } : {});
      const csat = this.append({
        role: "system",
        text: csatRequest,
        meta: { event: "csat_request" },
        now,
      }).message;
      this.store.setContextStart(csat.seq);
      return [resolved, csat];
    });
  }

  /** The customer leaves their email to be answered there: status `offline`, the address kept on the customer. */
  captureEmail(email: string, now: string, text: string): Message[] {
    return this.transaction(() => {
      const summary = this.requireSummary();
      this.store.setCustomer({ ...summary.customer, email }, now);
      return [this.transition("offline", now, { reason: "email_captured", email }, text)];
    });
  }

  /** Stores a changed handoff (position, wait, agent…) and records it for D1. */
  saveHandoff(handoff: Handoff, now: string): void {
    this.transaction(() => {
      const { id, workspaceId } = this.requireSummary();
      this.store.setHandoff(handoff, now);
      this.store.enqueueOutbox({ kind: "handoff", workspaceId, conversationId: id, handoff });
    });
  }

  private requireSummary() {
    const summary = this.store.summary();
    if (!summary) throw new Error("conversation not created");
    return summary;
  }

  private recordConversation(): void {
    this.store.enqueueOutbox({ kind: "conversation", conversation: this.requireSummary() });
  }

  private recordMessage(message: Message): void {
    const { id, workspaceId } = this.requireSummary();
    this.store.enqueueOutbox({ kind: "message", workspaceId, conversationId: id, message });
  }
}
