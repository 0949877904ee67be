import { type Connection, type ConnectionContext, Server } from "partyserver";
import { createAiProvider } from "../../workers/ai/create-provider";
import { type ExternalBotReport, externalBotMeta } from "../../workers/bot/external-report";
import { greeting } from "../../workers/bot/phrases";
import { botIdentity } from "../../workers/bot/reps";
import { createBotResponder } from "../../workers/bot/responder";
import { getDb } from "../../workers/db/client";
import { retrieveForTurn } from "../../workers/db/knowledge";
import { loadWidgetIdentity } from "../../workers/db/widget-identity";
import { builtInBotAnswers, externalBotAnswers } from "../../workers/domain/bot-mode";
import { TransitionError } from "../../workers/domain/conversation-status";
import { topicRoute } from "../../workers/domain/prechat";
import type { TransferTarget } from "../../workers/domain/routing/index";
import { semanticIndexFor } from "../../workers/knowledge/semantic-index";
import type {
  ConversationDetail,
  ConversationStatus,
  ConversationSummary,
  Customer,
  MessagePage,
  MessagePageQuery,
} from "../../workers/protocol/conversation";
import {
  assertNever,
  frameTooLarge,
  MAX_FRAME_CHARS,
  readClientFrame,
  type ServerFrame,
} from "../../workers/protocol/frames";
import type { Message } from "../../workers/protocol/message";
import type { QueueEvent } from "../queue/rpc";
import { AlarmSchedule } from "../shared/alarm-schedule";
import { runMigrations, storageTarget } from "../shared/sqlite-migrations";
import { queueObject, webhooksObject } from "../stubs";
import { runBotTurn } from "./bot-turn";
import { ConversationLog } from "./conversation-log";
import { runCustomerTurn } from "./customer-turn";
import { customerSummary, customerView, visibleToCustomer } from "./customer-view";
import { conversationDetail, DETAIL_MESSAGES } from "./detail";
import { ConversationLine } from "./line";
import { runLiveBrief } from "./live-brief-turn";
import { backoffMs, flushOutbox } from "./outbox-flush";
import { type AssignmentBrief, applyQueueEvent } from "./queue-events";
import type { ActionResult, ConversationRpc, FollowupAnswer, PostResult, TransitionResult } from "./rpc";
import { CONVERSATION_SCHEMA } from "./schema-steps";
import {
  CLOSE_FLOODING,
  CLOSE_IDENTITY_REQUIRED,
  nextExpiry,
  type SocketIdentity,
  socketRefusal,
} from "./socket-access";
import { SocketBudgets } from "./socket-budget";
import { ConversationStore } from "./store";
import { TurnChain } from "./turn-chain";
import { WorkspaceConfig } from "./workspace-config";
import { wrapUpContact } from "./wrap-up";

export type { SocketIdentity };
export const IDENTITY_HEADER = "x-baton-identity";

const FLUSH = "outbox";
/**
 * How long changes gather in the outbox before one flush takes them all to D1: a turn (the message, its
 * decision, the bot's answer) is one D1 batch, not one per change.
 */
export const FLUSH_DELAY_MS = 250;
/** Messages read per step when replaying history to a socket. */
const REPLAY_PAGE = 500;
const ABANDON = "abandon";
const OUTBOX_ATTEMPTS = "outbox:attempts";
/** Closes agents' sockets whose token expired. */
const TOKENS = "tokens";

/**
 * One conversation: its history, its state machine and its sockets. The class wires storage, sockets and
 * the alarm to the modules that hold the logic: the log and store (history and state), the customer and
 * bot turns (triggers and answers), the line (handoff, resolve, transfer, email) and the outbox flush.
 */
export class ConversationServer extends Server<Env> implements ConversationRpc {
  static override options = { hibernate: true };

  private store = new ConversationStore(this.ctx.storage.sql);
  private log = new ConversationLog(this.store, (fn) => this.ctx.storage.transactionSync(fn));
  private schedule = new AlarmSchedule(this.ctx.storage);
  private budgets = new SocketBudgets();
  private turns = new TurnChain();
  private config = new WorkspaceConfig(this.env.DB, this.ctx.storage.kv, () => this.workspaceId());
  private line = new ConversationLine({
    id: this.name,
    store: this.store,
    log: this.log,
    config: this.config,
    queue: () => queueObject(this.env, this.workspaceId()),
    publish: (m) => this.fanOut(m),
    // The line's changes (handed off, assigned, resolved, an email left) go to D1 at once: the lists agents
    // read come from D1, and these are a few per conversation, unlike messages, which batch.
    commit: () => this.flush(),
    wrapUp: () => wrapUpContact(this.store, createAiProvider(this.env)),
  });

  override onStart(): void {
    runMigrations(storageTarget(this.ctx.storage), CONVERSATION_SCHEMA);
  }

  // RPC, called by the Worker and the Queue DO. Each takes the caller's workspace so one workspace can never
  // reach another's conversation, even with a guessed id: a mismatch looks exactly like no conversation.

  async create(input: {
    id: string;
    workspaceId: string;
    customer: Customer;
    repId?: string;
  }): Promise<ConversationSummary> {
    if (!this.store.summary()) {
      this.log.create({ ...input, now: now() });
      const { persona } = await this.botIdentity();
      if (builtInBotAnswers((await this.config.settings()).bot, persona)) {
        // The page may set the greeting's language: it only changes words, never routing.
        const lang = input.customer.attributes?.language ?? input.customer.unverifiedAttributes?.language;
        const text = greeting(persona, typeof lang === "string" ? lang : "en");
        this.log.append({ role: "bot", text, meta: { event: "greeting" }, now: now() });
      }
      // A new conversation reaches D1 at once, not with the next batch: lists, and the walks over open
      // conversations (identity enforcement, an agent's revoked rights), must see it from its first second.
      await this.flush();
    }
    return this.owned(input.workspaceId) as ConversationSummary;
  }

  async detail(workspaceId: string): Promise<ConversationDetail | null> {
    return this.owned(workspaceId) ? conversationDetail(this.store, DETAIL_MESSAGES) : null;
  }

  async history(workspaceId: string, query: MessagePageQuery): Promise<MessagePage | null> {
    return this.owned(workspaceId) ? this.store.messagesPage(query) : null;
  }

  async post(
    workspaceId: string,
    input: { role: "customer" | "bot"; text: string; clientId?: string } & ExternalBotReport,
  ): Promise<PostResult | null> {
    if (!this.owned(workspaceId)) return null;
    const { failed, confidence, ...text } = input;
    const meta =
      input.role === "bot"
        ? externalBotMeta({ failed, confidence }, (await this.config.current()).persona.confidenceThreshold)
        : undefined;
    const { message, duplicate, decided } = await this.receive({ ...text, meta });
    // The caller learns the decision (handoff or not), never waits for the bot's whole answer.
    await decided;
    // Re-read: the turn has added the engine's analysis and decision to its meta.
    const stored = this.store.messagesBetween(message.seq - 1, message.seq)[0] ?? message;
    return { message: stored, duplicate, conversation: this.store.summary() as ConversationSummary };
  }

  async setStatus(workspaceId: string, to: ConversationStatus): Promise<TransitionResult | null> {
    if (!this.owned(workspaceId)) return null;
    try {
      this.fanOut(this.log.transition(to, now()));
    } catch (err) {
      if (err instanceof TransitionError) return { error: "invalid_transition", message: err.message };
      throw err;
    }
    await this.afterChange();
    return { conversation: this.store.summary() as ConversationSummary };
  }

  /** The workspace's line decided something about this conversation. */
  async queueEvent(workspaceId: string, event: QueueEvent): Promise<AssignmentBrief | null> {
    if (!this.owned(workspaceId)) return null;
    const outcome = applyQueueEvent(this.store, this.log, event, now());
    for (const m of outcome.messages) this.fanOut(m);
    if (outcome.wait)
      this.broadcast(JSON.stringify({ type: "queue", ...outcome.wait } satisfies ServerFrame));
    await this.afterChange();
    return outcome.brief;
  }

  async forceHandoff(
    workspaceId: string,
    input: { skill?: string | null; reason?: string },
  ): Promise<ActionResult> {
    const summary = this.owned(workspaceId);
    return summary ? this.line.forceHandoff(summary, input) : null;
  }

  async resolve(workspaceId: string): Promise<ActionResult> {
    const summary = this.owned(workspaceId);
    return summary ? this.line.resolve(summary) : null;
  }

  /**
   * Back to the bot after a resolve or an abandoned wait, as when the customer writes again; with `agentId`,
   * straight back to that agent through the line (an agent reopening the chat they resolved).
   */
  async reopen(workspaceId: string, agentId?: string): Promise<ActionResult> {
    const summary = this.owned(workspaceId);
    if (!summary) return null;
    if (summary.status !== "resolved" && summary.status !== "abandoned") {
      return {
        error: "invalid_transition",
        message: `A conversation that is ${summary.status} is open already`,
      };
    }
    const back = await this.setStatus(workspaceId, "bot");
    if (!agentId || !back || "error" in back) return back;
    return this.line.forceHandoff(back.conversation, {
      skill: this.store.handoff()?.skill ?? null,
      reason: "Reopened after it was resolved.",
      agentId,
    });
  }

  async transfer(workspaceId: string, target: TransferTarget, note?: string): Promise<ActionResult> {
    const summary = this.owned(workspaceId);
    return summary ? this.line.transfer(summary, target, note) : null;
  }

  async revokeAgent(workspaceId: string, agentId: string): Promise<void> {
    if (!this.owned(workspaceId)) return;
    for (const connection of this.getConnections<SocketIdentity>()) {
      const state = connection.state;
      if (state?.role === "agent" && state.agentId === agentId && state.supervisor) {
        connection.setState({ ...state, supervisor: false });
      }
    }
    this.closeRefusedSockets();
  }

  async refuseUnverified(workspaceId: string): Promise<void> {
    if (!this.owned(workspaceId)) return;
    for (const connection of this.getConnections<SocketIdentity>()) {
      if (connection.state?.role === "customer" && connection.state.unverified) {
        connection.close(CLOSE_IDENTITY_REQUIRED.code, CLOSE_IDENTITY_REQUIRED.reason);
      }
    }
  }

  async captureEmail(workspaceId: string, email: string): Promise<ActionResult> {
    const summary = this.owned(workspaceId);
    return summary ? this.line.captureEmail(summary, email) : null;
  }

  async answerByEmail(
    workspaceId: string,
    input: { text: string; agentId: string; agentName: string | null },
  ): Promise<FollowupAnswer> {
    const summary = this.owned(workspaceId);
    if (!summary) return null;
    const result = this.line.answerByEmail(summary, input);
    await this.afterChange();
    return result;
  }

  async rate(workspaceId: string, input: { score: number; comment?: string }): Promise<ActionResult> {
    if (!this.owned(workspaceId)) return null;
    const result = await this.line.rate(input);
    await this.afterChange();
    return result;
  }

  /** How many changes are still waiting to reach D1 (for operations and tests). */
  async pendingRecords(): Promise<number> {
    return this.store.outboxSize();
  }

  // Sockets

  override async onConnect(connection: Connection<SocketIdentity>, ctx: ConnectionContext): Promise<void> {
    const identity = JSON.parse(ctx.request.headers.get(IDENTITY_HEADER) ?? "null") as SocketIdentity | null;
    const summary = this.store.summary();
    if (!identity || !summary) {
      connection.close(4004, "no such conversation");
      return;
    }
    // A token proves who; whether they may open this conversation now is decided here, where the data is.
    const refusal = socketRefusal(identity, this.holderId(), Date.now());
    if (refusal) {
      connection.close(refusal.code, refusal.reason);
      return;
    }
    connection.setState(identity);
    if (identity.role === "agent") await this.scheduleTokenExpiry();
    if (identity.role === "customer") await this.schedule.clear(ABANDON);
    const lastSeq = Number(new URL(ctx.request.url).searchParams.get("lastSeq") ?? 0);
    send(connection, {
      type: "conversation",
      conversation: identity.role === "customer" ? customerSummary(summary) : summary,
    });
    // Everything after lastSeq, read a page at a time so a long history never sits in memory whole.
    let after: number | null = Number.isSafeInteger(lastSeq) && lastSeq > 0 ? lastSeq : 0;
    while (after !== null) {
      const page = this.store.messagesPage({ after, limit: REPLAY_PAGE });
      for (const message of page.messages) {
        if (identity.role === "customer" && !visibleToCustomer(message)) continue;
        send(connection, {
          type: "message",
          message: identity.role === "customer" ? customerView(message) : message,
        });
      }
      after = page.next;
    }
  }

  override async onMessage(connection: Connection<SocketIdentity>, raw: string | ArrayBuffer): Promise<void> {
    const identity = connection.state;
    if (!identity) return;
    if (frameTooLarge(raw)) {
      send(connection, {
        type: "error",
        code: "frame_too_large",
        message: `A frame may be at most ${MAX_FRAME_CHARS} characters`,
      });
      return;
    }
    const frame = readClientFrame(raw);
    if ("refusal" in frame) {
      send(connection, { type: "error", code: "invalid_frame", message: frame.refusal });
      return;
    }
    const data = frame.data;
    switch (data.type) {
      case "message": {
        if (identity.role === "agent" && !this.holds(identity.agentId)) {
          send(connection, {
            type: "error",
            code: "not_assigned",
            message: "This conversation is not yours",
            clientId: data.clientId,
          });
          return;
        }
        if (identity.role === "customer" && identity.unverified && (await this.refusesUnverified())) {
          send(connection, {
            type: "error",
            code: "identity_required",
            message: "This workspace chats only with customers its website has signed in",
            clientId: data.clientId,
          });
          connection.close(CLOSE_IDENTITY_REQUIRED.code, CLOSE_IDENTITY_REQUIRED.reason);
          return;
        }
        const agentId = identity.role === "agent" ? identity.agentId : undefined;
        const { allowed, retryAfterMs, flooding } = this.budgets.take(
          agentId ?? "customer",
          "message",
          Date.now(),
        );
        if (flooding) {
          connection.close(CLOSE_FLOODING.code, CLOSE_FLOODING.reason);
          return;
        }
        if (!allowed) {
          send(connection, {
            type: "error",
            code: "rate_limited",
            message: "Too many messages at once: send this one again after retryAfterMs",
            clientId: data.clientId,
            retryAfterMs,
          });
          return;
        }
        const { message, duplicate } = await this.receive({
          role: identity.role,
          text: data.text,
          clientId: data.clientId,
          agentId,
        });
        // A resend of something already stored (the ack was lost on a reconnect): acknowledge it again, to
        // this socket only, since everyone else already has it.
        if (duplicate)
          send(connection, {
            type: "message",
            message: identity.role === "customer" ? customerView(message) : message,
          });
        return;
      }
      case "note": {
        if (identity.role !== "agent") {
          send(connection, {
            type: "error",
            code: "forbidden",
            message: "Only agents write notes",
            clientId: data.clientId,
          });
          return;
        }
        // Only a holder or a supervisor has an open agent socket (socketRefusal), and either may add a note.
        const { message, duplicate } = this.log.append({
          role: "note",
          text: data.text,
          clientId: data.clientId,
          meta: { agentId: identity.agentId, ...(identity.name ? { agentName: identity.name } : {}) },
          now: now(),
        });
        if (duplicate) send(connection, { type: "message", message });
        else this.fanOut(message);
        await this.afterChange();
        return;
      }
      case "typing": {
        const typing = this.budgets.take(
          identity.role === "agent" ? identity.agentId : "customer",
          "typing",
          Date.now(),
        );
        if (typing.flooding) connection.close(CLOSE_FLOODING.code, CLOSE_FLOODING.reason);
        // Over budget, an indicator is just dropped: the next one says the same.
        if (!typing.allowed) return;
        this.broadcast(
          JSON.stringify({ type: "typing", role: identity.role, typing: data.typing } satisfies ServerFrame),
          [connection.id],
        );
        return;
      }
      case "email": {
        const summary = this.store.summary();
        const result =
          summary && identity.role === "customer" ? await this.line.captureEmail(summary, data.email) : null;
        if (result && "error" in result)
          send(connection, { type: "error", code: result.error, message: result.message });
        return;
      }
      case "csat": {
        const result = identity.role === "customer" ? await this.line.rate(data) : null;
        if (result && "error" in result)
          send(connection, { type: "error", code: result.error, message: result.message });
        await this.afterChange();
        return;
      }
      default:
        assertNever(data);
    }
  }

  /** A waiting customer whose last socket closed gets a while to come back before the chat is abandoned. */
  override async onClose(connection: Connection<SocketIdentity>): Promise<void> {
    if (connection.state?.role !== "customer" || this.store.summary()?.status !== "queued") return;
    if (this.customerConnected(connection.id)) return;
    await this.schedule.set(ABANDON, Date.now() + (await this.line.abandonAfterMs()));
  }

  override async onAlarm(): Promise<void> {
    const due = await this.schedule.takeDue(Date.now());
    // Whatever woke the object takes the outbox with it (an early or forced alarm included).
    if (due.includes(FLUSH) || this.store.outboxSize() > 0) {
      if (!due.includes(FLUSH)) await this.schedule.clear(FLUSH);
      await this.flush();
    }
    for (const name of due) {
      // Only if they have not come back meanwhile (a reconnect can overtake the close that scheduled this).
      if (name === ABANDON && !this.customerConnected()) await this.line.abandon();
      if (name === TOKENS) {
        this.closeRefusedSockets();
        await this.scheduleTokenExpiry();
      }
    }
  }

  // Internals

  /**
   * A message arrives: stored and sent to every socket first (the sender's acknowledgement), so nothing
   * after can lose it. What it sets off is queued on the conversation's turn chain, off the sender's path:
   * a customer message the bot owns goes through the triggers, and either to the line or to the bot's
   * answer; an agent's first reply stops their reply clock. `decided` settles once the triggers have
   * decided on this message (and a handoff has its place in line), or once the turn is over for any other
   * message, never waiting for the bot's answer.
   */
  private async receive(input: {
    role: "customer" | "bot" | "agent";
    text: string;
    clientId?: string;
    agentId?: string;
    /** Your own bot's report on its reply (REST). */
    meta?: Record<string, unknown>;
  }): Promise<{ message: Message; duplicate: boolean; decided: Promise<void> }> {
    const before = this.store.summary();
    // Only the holder writes as an agent, so the handoff names the author of every agent message.
    const agentName = input.agentId ? this.store.handoff()?.agentName : null;
    const meta = input.agentId
      ? { agentId: input.agentId, ...(agentName ? { agentName } : {}) }
      : (input.meta ?? {});
    const result = this.log.append({
      role: input.role,
      text: input.text,
      clientId: input.clientId,
      meta,
      now: now(),
    });
    if (result.duplicate || !before) return { ...result, decided: Promise.resolve() };
    this.fanOut(result.message);
    // A customer writing again after a resolve (or after leaving) starts a fresh turn with the bot.
    if (input.role === "customer" && (before.status === "resolved" || before.status === "abandoned")) {
      this.fanOut(this.log.transition("bot", now()));
    }
    await this.afterChange();
    let markDecided = () => {};
    const decided = new Promise<void>((resolve) => {
      markDecided = resolve;
    });
    const turn = this.turns
      .run(() => this.turnAfter(input, result.message, before.workspaceId, markDecided))
      // The message is stored and delivered: whatever fails after this is ours to log, never the sender's
      // error (a 500 would make a client without clientId send it again and store it twice).
      .catch((err) =>
        console.error(`conversation ${this.name}: turn after message ${result.message.seq} failed`, err),
      )
      .finally(markDecided);
    this.ctx.waitUntil(turn);
    return { ...result, decided };
  }

  /** What a stored message sets off, in its turn (see `receive`). */
  private async turnAfter(
    input: { role: "customer" | "bot" | "agent"; agentId?: string },
    message: Message,
    workspaceId: string,
    decided: () => void,
  ): Promise<void> {
    const status = this.store.summary()?.status;
    if (input.role === "customer" && status === "bot") await this.customerTurn(message, decided);
    if (input.role === "customer" && (status === "queued" || status === "assigned" || status === "offline")) {
      const brief = runLiveBrief(this.store, this.log, message, now());
      if (brief) this.toAgents({ type: "brief", handoff: brief });
      await this.afterChange();
    }
    if (input.role === "agent" && input.agentId && status === "assigned") {
      await (await queueObject(this.env, workspaceId)).agentReplied(this.name, input.agentId);
    }
  }

  /**
   * Whether an unverified visitor's message is refused. Conversations not over are told when enforcement
   * starts (`refuseUnverified`); a finished one is not, so a message that would reopen it reads the setting.
   */
  private async refusesUnverified(): Promise<boolean> {
    const status = this.store.summary()?.status;
    if (status !== "resolved" && status !== "abandoned") return false;
    return (await loadWidgetIdentity(getDb(this.env.DB), this.workspaceId())).enforce;
  }

  /** Who answers here: the conversation's AI rep, or the workspace's own bot. */
  private async botIdentity() {
    const config = await this.config.current();
    return botIdentity(config.persona, config.reps, this.store.repId());
  }

  private async customerTurn(message: Message, decided: () => void): Promise<void> {
    const provider = createAiProvider(this.env);
    // One check of the workspace's documents for the whole turn.
    const config = await this.config.current();
    const { persona, rep } = botIdentity(config.persona, config.reps, this.store.repId());
    const handedOff = await runCustomerTurn(
      {
        store: this.store,
        log: this.log,
        provider,
        rules: async () => config.rules,
        skillByCategory: async () => config.settings.routing.skillByCategory,
        rep,
        externalBot: externalBotAnswers(config.settings.bot),
        topicSkill: topicRoute(config.settings.prechat, this.store.summary()?.customer ?? {})?.skill,
        now,
      },
      message,
    );
    for (const m of handedOff) this.fanOut(m);
    await this.afterChange();
    if (handedOff.length > 0) {
      // A handoff's decision includes the place in line the customer is told.
      await this.line.enter();
      return;
    }
    decided();
    if (!builtInBotAnswers(config.settings.bot, persona)) return;
    const db = getDb(this.env.DB);
    const semantic = semanticIndexFor(this.env);
    const answer = await runBotTurn(
      {
        store: this.store,
        log: this.log,
        persona: async () => persona,
        retrieve: (history) =>
          retrieveForTurn(db, this.workspaceId(), history, { semantic, tags: rep?.scope.tags }).catch(
            () => [],
          ),
        responder: createBotResponder(this.env, {
          onFallback: (r) => console.warn(`bot answer fell back: ${String(r)}`),
        }),
        onDraft: (draftId, text) =>
          this.broadcast(JSON.stringify({ type: "draft", draftId, role: "bot", text } satisfies ServerFrame)),
        now,
      },
      message,
    );
    if (!answer) return;
    this.fanOut(answer);
    await this.afterChange();
  }

  private customerConnected(exceptId?: string): boolean {
    for (const c of this.getConnections<SocketIdentity>()) {
      if (c.id !== exceptId && c.state?.role === "customer") return true;
    }
    return false;
  }

  private workspaceId(): string {
    const summary = this.store.summary();
    if (!summary) throw new Error("conversation not created");
    return summary.workspaceId;
  }

  /** The agent the conversation is assigned to now, or null. */
  private holderId(): string | null {
    return this.store.summary()?.status === "assigned" ? (this.store.handoff()?.agentId ?? null) : null;
  }

  /** Whether this agent holds the conversation now; only they may write as its agent. */
  private holds(agentId: string): boolean {
    return this.holderId() === agentId;
  }

  /** Closes every socket that may no longer be open: a former holder's, or one whose token expired. */
  private closeRefusedSockets(): void {
    const holderId = this.holderId();
    const now = Date.now();
    for (const connection of this.getConnections<SocketIdentity>()) {
      const refusal = connection.state ? socketRefusal(connection.state, holderId, now) : null;
      if (refusal) connection.close(refusal.code, refusal.reason);
    }
  }

  private async scheduleTokenExpiry(): Promise<void> {
    const next = nextExpiry([...this.getConnections<SocketIdentity>()].map((c) => c.state));
    if (next === null) await this.schedule.clear(TOKENS);
    else await this.schedule.set(TOKENS, next);
  }

  private owned(workspaceId: string): ConversationSummary | null {
    const summary = this.store.summary();
    return summary && summary.workspaceId === workspaceId ? summary : null;
  }

  /**
   * Sends a message to every socket; customers get their allow-listed view, and no internal notes. Sockets that may no longer be
   * open (the holder changed with this message) are closed first, so a former holder never receives it.
   */
  /** A frame for agents' sockets only (internal: never for the customer). */
  private toAgents(frame: ServerFrame): void {
    const data = JSON.stringify(frame);
    for (const connection of this.getConnections<SocketIdentity>()) {
      if (connection.state?.role === "agent") connection.send(data);
    }
  }

  private fanOut(message: Message): void {
    this.closeRefusedSockets();
    const full = JSON.stringify({ type: "message", message } satisfies ServerFrame);
    const forCustomer = JSON.stringify({
      type: "message",
      message: customerView(message),
    } satisfies ServerFrame);
    const customers = visibleToCustomer(message);
    for (const connection of this.getConnections<SocketIdentity>()) {
      if (connection.state?.role !== "customer") connection.send(full);
      else if (customers) connection.send(forCustomer);
    }
  }

  /** Storage changed: the outbox goes to D1 within FLUSH_DELAY_MS, with whatever else changes meanwhile. */
  private async afterChange(): Promise<void> {
    await this.schedule.ensure(FLUSH, Date.now() + FLUSH_DELAY_MS);
  }

  private async flush(): Promise<void> {
    const error = await flushOutbox(this.store, getDb(this.env.DB), async (events) => {
      const workspaceId = this.store.summary()?.workspaceId;
      if (workspaceId) await (await webhooksObject(this.env, workspaceId)).publish(events);
    });
    if (error === null) {
      this.ctx.storage.kv.delete(OUTBOX_ATTEMPTS);
      return;
    }
    const attempts = (this.ctx.storage.kv.get<number>(OUTBOX_ATTEMPTS) ?? 0) + 1;
    this.ctx.storage.kv.put(OUTBOX_ATTEMPTS, attempts);
    console.warn(
      `outbox flush failed (attempt ${attempts}), ${this.store.outboxSize()} records kept: ${String(error)}`,
    );
    await this.schedule.set(FLUSH, Date.now() + backoffMs(attempts));
  }
}

function now(): string {
  return new Date().toISOString();
}

function send(connection: Connection, frame: ServerFrame): void {
  connection.send(JSON.stringify(frame));
}
