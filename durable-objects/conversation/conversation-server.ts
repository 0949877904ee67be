import { type Connection, type ConnectionContext, Server } from "partyserver";
import { createAiProvider } from "../../workers/ai/create-provider";
import { DEFAULT_PERSONA, type Persona } from "../../workers/bot/persona";
import { greeting } from "../../workers/bot/phrases";
import { createBotResponder } from "../../workers/bot/responder";
import { getDb } from "../../workers/db/client";
import { retrieveForTurn } from "../../workers/db/knowledge";
import { loadPersona } from "../../workers/db/persona";
import { loadRules } from "../../workers/db/rules";
import { TransitionError } from "../../workers/domain/conversation-status";
import type { TransferTarget } from "../../workers/domain/routing/index";
import { skillForCategory } from "../../workers/domain/routing/skills";
import { DEFAULT_RULES, type Rules } from "../../workers/domain/rules";
import type {
  ConversationDetail,
  ConversationStatus,
  ConversationSummary,
  Customer,
} from "../../workers/protocol/conversation";
import { assertNever, ClientFrameSchema, parseFrame, type ServerFrame } from "../../workers/protocol/frames";
import type { Message } from "../../workers/protocol/message";
import type { QueueEvent } from "../queue/rpc";
import { AlarmSchedule } from "../shared/alarm-schedule";
import { queueObject } from "../stubs";
import { runBotTurn } from "./bot-turn";
import { ConversationLog } from "./conversation-log";
import { runCustomerTurn } from "./customer-turn";
import { customerView } from "./customer-view";
import { buildHandoff } from "./handoff-builder";
import { notices } from "./notices";
import { backoffMs, flushOutbox } from "./outbox-flush";
import { type AssignmentBrief, applyQueueEvent } from "./queue-events";
import type { ActionResult, ConversationRpc, PostResult, TransitionResult } from "./rpc";
import { ConversationStore } from "./store";

/** Who is on the other end of a socket, decided by the Worker from a signed token before the upgrade. */
export type SocketIdentity = { role: "customer" } | { role: "agent"; agentId: string };
export const IDENTITY_HEADER = "x-baton-identity";

const FLUSH = "outbox";
const OUTBOX_ATTEMPTS = "outbox:attempts";
const RULES_CACHE = "rules:last-known";

/**
 * One conversation: its history, its state machine and its sockets. The class only wires storage, sockets
 * and the alarm to the log, the store and the outbox flush, which hold the logic.
 */
export class ConversationServer extends Server<Env> implements ConversationRpc {
  static override options = { hibernate: true };

  private store = new ConversationStore(this.ctx.storage.sql);
  private log = new ConversationLog(this.store, (fn) => this.ctx.storage.transactionSync(fn));
  private schedule = new AlarmSchedule(this.ctx.storage);

  override onStart(): void {
    this.store.migrate();
  }

  // RPC, called by the Worker. Each takes the caller's workspace so one workspace can never reach another's
  // conversation, even with a guessed id: a mismatch looks exactly like a conversation that does not exist.

  async create(input: { id: string; workspaceId: string; customer: Customer }): Promise<ConversationSummary> {
    if (!this.store.summary()) {
      this.log.create({ ...input, now: now() });
      const persona = await this.persona(input.workspaceId);
      if (persona.enabled) {
        const lang =
          typeof input.customer.attributes?.language === "string" ? input.customer.attributes.language : "en";
        this.log.append({
          role: "bot",
          text: greeting(persona, lang),
          meta: { event: "greeting" },
          now: now(),
        });
      }
    }
    await this.afterChange();
    return this.owned(input.workspaceId) as ConversationSummary;
  }

  async detail(workspaceId: string): Promise<ConversationDetail | null> {
    const summary = this.owned(workspaceId);
    if (!summary) return null;
    return { ...summary, messages: this.store.messagesAfter(0), handoff: this.store.handoff() };
  }

  async post(
    workspaceId: string,
    input: { role: "customer" | "bot"; text: string; clientId?: string },
  ): Promise<PostResult | null> {
    if (!this.owned(workspaceId)) return null;
    const received = await this.receive(input);
    const duplicate = received.duplicate;
    // Re-read: the turn may have added the engine's analysis and decision to its meta.
    const message =
      this.store.messagesBetween(received.message.seq - 1, received.message.seq)[0] ?? received.message;
    return { message, duplicate, conversation: this.store.summary() as ConversationSummary };
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

  /** Hands the conversation to a person now, whatever the triggers say. */
  async forceHandoff(
    workspaceId: string,
    input: { skill?: string | null; reason?: string },
  ): Promise<ActionResult> {
    const summary = this.owned(workspaceId);
    if (!summary) return null;
    if (summary.status !== "bot" && summary.status !== "resolved") {
      return { error: "invalid_transition", message: `The conversation is already ${summary.status}` };
    }
    const latest = this.store.latestDecision();
    const handoff = buildHandoff({
      decision: {
        trigger: "manual",
        triggers: ["manual"],
        explanation: input.reason ?? "Handed over to a person on request.",
        signals: latest?.signals ?? null,
      },
      summary: null,
      skill:
        input.skill === undefined ? skillForCategory(latest?.signals.category ?? "general") : input.skill,
      seq: this.store.lastSeq(),
      now: now(),
    });
    if (summary.status === "resolved") this.fanOut(this.log.transition("bot", now()));
    this.fanOut(this.log.handOff(handoff, now(), handoff.explanation));
    await this.enterLine();
    return { conversation: this.store.summary() as ConversationSummary };
  }

  /** The agent (or an integration) closes the conversation: the bot comes back clean and asks for a rating. */
  async resolve(workspaceId: string): Promise<ActionResult> {
    const summary = this.owned(workspaceId);
    if (!summary) return null;
    const handoff = this.store.handoff();
    try {
      const closing = this.log.resolve(now(), notices.csat(this.store.customerLanguage()));
      for (const m of closing) this.fanOut(m);
    } catch (err) {
      if (err instanceof TransitionError) return { error: "invalid_transition", message: err.message };
      throw err;
    }
    await this.afterChange();
    if (handoff && summary.status !== "bot") {
      await (await queueObject(this.env, workspaceId)).release(
        this.name,
        summary.status === "assigned" ? "resolved" : "withdrawn",
      );
    }
    return { conversation: this.store.summary() as ConversationSummary };
  }

  /** The agent passes the conversation on, to a team, an agent or a skill, with a note for the next one. */
  async transfer(workspaceId: string, target: TransferTarget, note?: string): Promise<ActionResult> {
    const summary = this.owned(workspaceId);
    const handoff = this.store.handoff();
    if (!summary) return null;
    if (summary.status !== "assigned" || !handoff) {
      return { error: "invalid_transition", message: "Only an assigned conversation can be transferred" };
    }
    const queue = await queueObject(this.env, workspaceId);
    const wait = await queue.transfer(this.name, target);
    if (!wait) return { error: "invalid_transition", message: "The line does not hold this conversation" };
    const lang = this.store.customerLanguage();
    this.fanOut(
      this.log.transition(
        "queued",
        now(),
        { reason: "transfer", target, ...(note ? { note } : {}) },
        notices.reassigning(lang, "transfer"),
      ),
    );
    this.log.saveHandoff(
      {
        ...handoff,
        agentId: null,
        assignedAt: null,
        queuedAt: now(),
        position: wait.position,
        estimatedWaitSeconds: wait.estimatedWaitSeconds,
        ...("skill" in target ? { skill: target.skill } : {}),
      },
      now(),
    );
    await this.afterChange();
    return { conversation: this.store.summary() as ConversationSummary };
  }

  /** How many changes are still waiting to reach D1 (for operations and tests). */
  async pendingRecords(): Promise<number> {
    return this.store.outboxSize();
  }

  // Sockets

  override onConnect(connection: Connection<SocketIdentity>, ctx: ConnectionContext): void {
    const identity = JSON.parse(ctx.request.headers.get(IDENTITY_HEADER) ?? "null") as SocketIdentity | null;
    const summary = this.store.summary();
    if (!identity || !summary) {
      connection.close(4004, "no such conversation");
      return;
    }
    connection.setState(identity);
    const lastSeq = Number(new URL(ctx.request.url).searchParams.get("lastSeq") ?? 0);
    send(connection, { type: "conversation", conversation: summary });
    for (const message of this.store.messagesAfter(
      Number.isSafeInteger(lastSeq) && lastSeq > 0 ? lastSeq : 0,
    )) {
      send(connection, {
        type: "message",
        message: identity.role === "customer" ? customerView(message) : message,
      });
    }
  }

  override async onMessage(connection: Connection<SocketIdentity>, raw: string | ArrayBuffer): Promise<void> {
    const identity = connection.state;
    if (!identity) return;
    const frame = ClientFrameSchema.safeParse(parseFrame(raw));
    if (!frame.success) {
      send(connection, {
        type: "error",
        code: "invalid_frame",
        message: frame.error.issues[0]?.message ?? "invalid",
      });
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
        await this.receive({
          role: identity.role,
          text: data.text,
          clientId: data.clientId,
          ...(identity.role === "agent" ? { agentId: identity.agentId } : {}),
        });
        return;
      }
      case "typing":
        this.broadcast(
          JSON.stringify({ type: "typing", role: identity.role, typing: data.typing } satisfies ServerFrame),
          [connection.id],
        );
        return;
      default:
        assertNever(data);
    }
  }

  override async onAlarm(): Promise<void> {
    for (const name of await this.schedule.takeDue(Date.now())) {
      if (name === FLUSH) await this.flush();
    }
  }

  // Internals

  private async receive(input: {
    role: "customer" | "bot" | "agent";
    text: string;
    clientId?: string;
    agentId?: string;
  }): Promise<{ message: Message; duplicate: boolean }> {
    const before = this.store.summary();
    const result = this.log.append({
      role: input.role,
      text: input.text,
      clientId: input.clientId,
      meta: input.agentId ? { agentId: input.agentId } : {},
      now: now(),
    });
    if (result.duplicate || !before) return result;
    this.fanOut(result.message);
    // A customer writing again after a resolve (or after leaving) starts a fresh turn with the bot.
    if (input.role === "customer" && (before.status === "resolved" || before.status === "abandoned")) {
      this.fanOut(this.log.transition("bot", now()));
    }
    await this.afterChange();
    const status = this.store.summary()?.status;
    if (input.role === "customer" && status === "bot") {
      const handedOff = await runCustomerTurn(
        {
          store: this.store,
          log: this.log,
          provider: createAiProvider(this.env),
          rules: () => this.rules(before.workspaceId),
          now,
        },
        result.message,
      );
      for (const m of handedOff) this.fanOut(m);
      await this.afterChange();
      if (handedOff.length > 0) await this.enterLine();
      else await this.botAnswers(before.workspaceId, result.message);
    }
    if (input.role === "agent" && input.agentId && status === "assigned") {
      await (await queueObject(this.env, before.workspaceId)).agentReplied(this.name, input.agentId);
    }
    return result;
  }

  private async botAnswers(workspaceId: string, message: Message): Promise<void> {
    const db = getDb(this.env.DB);
    const answer = await runBotTurn(
      {
        store: this.store,
        log: this.log,
        persona: () => this.persona(workspaceId),
        retrieve: (history) => retrieveForTurn(db, workspaceId, history).catch(() => []),
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

  /** The workspace's bot persona; while D1 is unreachable, the defaults (the bot keeps answering). */
  private async persona(workspaceId: string): Promise<Persona> {
    try {
      return await loadPersona(getDb(this.env.DB), workspaceId);
    } catch {
      return DEFAULT_PERSONA;
    }
  }

  /**
   * Puts the handed-off conversation in the workspace's line and tells the customer where they stand. The
   * line may assign it at once, in which case the agent's arrival is what the customer sees instead.
   */
  private async enterLine(): Promise<void> {
    const summary = this.store.summary();
    const handoff = this.store.handoff();
    if (!summary || !handoff || summary.status !== "queued") return;
    const analysis = this.store.latestDecision();
    const vip = summary.customer.attributes?.vip;
    const wait = await (await queueObject(this.env, summary.workspaceId)).enqueue({
      conversationId: summary.id,
      skill: handoff.skill,
      sentiment: analysis?.signals.sentiment.score ?? 0,
      vip: vip === true || vip === "true",
    });
    if (this.store.summary()?.status !== "queued" || wait.position === 0) return;
    this.log.saveHandoff(
      {
        ...this.store.handoff(),
        ...handoff,
        position: wait.position,
        estimatedWaitSeconds: wait.estimatedWaitSeconds,
      },
      now(),
    );
    this.fanOut(
      this.log.append({
        role: "system",
        text: notices.wait(this.store.customerLanguage(), wait),
        meta: { event: "wait", ...wait },
        now: now(),
      }).message,
    );
    await this.afterChange();
  }

  /** Whether this agent holds the conversation now; only they may write as its agent. */
  private holds(agentId: string): boolean {
    return this.store.summary()?.status === "assigned" && this.store.handoff()?.agentId === agentId;
  }

  private owned(workspaceId: string): ConversationSummary | null {
    const summary = this.store.summary();
    return summary && summary.workspaceId === workspaceId ? summary : null;
  }

  /** Sends a message to every socket; customers get it without the engine's internals. */
  private fanOut(message: Message): void {
    const full = JSON.stringify({ type: "message", message } satisfies ServerFrame);
    const forCustomer = JSON.stringify({
      type: "message",
      message: customerView(message),
    } satisfies ServerFrame);
    for (const connection of this.getConnections<SocketIdentity>()) {
      connection.send(connection.state?.role === "customer" ? forCustomer : full);
    }
  }

  private async afterChange(): Promise<void> {
    await this.schedule.set(FLUSH, Date.now());
  }

  private async flush(): Promise<void> {
    const error = await flushOutbox(this.store, getDb(this.env.DB));
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

  /** The workspace's rules from D1; while D1 is unreachable, the last ones seen (or the defaults). */
  private async rules(workspaceId: string): Promise<Rules> {
    try {
      const rules = await loadRules(getDb(this.env.DB), workspaceId);
      this.ctx.storage.kv.put(RULES_CACHE, rules);
      return rules;
    } catch (err) {
      console.warn(`rules unavailable, using the last known: ${String(err)}`);
      return this.ctx.storage.kv.get<Rules>(RULES_CACHE) ?? DEFAULT_RULES;
    }
  }
}

function now(): string {
  return new Date().toISOString();
}

function send(connection: Connection, frame: ServerFrame): void {
  connection.send(JSON.stringify(frame));
}
