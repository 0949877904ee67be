import { type Connection, type ConnectionContext, Server } from "partyserver";
import { createAiProvider } from "../../workers/ai/create-provider";
import { getDb } from "../../workers/db/client";
import { loadRules } from "../../workers/db/rules";
import { TransitionError } from "../../workers/domain/conversation-status";
import { DEFAULT_RULES, type Rules } from "../../workers/domain/rules";
import type {
  ConversationDetail,
  ConversationStatus,
  ConversationSummary,
  Customer,
} from "../../workers/protocol/conversation";
import { assertNever, ClientFrameSchema, type ServerFrame } from "../../workers/protocol/frames";
import type { Message } from "../../workers/protocol/message";
import { AlarmSchedule } from "../shared/alarm-schedule";
import { ConversationLog } from "./conversation-log";
import { runCustomerTurn } from "./customer-turn";
import { customerView } from "./customer-view";
import { backoffMs, flushOutbox } from "./outbox-flush";
import type { ConversationRpc, PostResult, TransitionResult } from "./rpc";
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
    if (!this.store.summary()) this.log.create({ ...input, now: now() });
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
    const frame = ClientFrameSchema.safeParse(parseJson(raw));
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
      case "message":
        await this.receive({ role: identity.role, text: data.text, clientId: data.clientId });
        return;
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

  private async receive(input: { role: "customer" | "bot" | "agent"; text: string; clientId?: string }) {
    const result = this.log.append({ ...input, now: now() });
    if (result.duplicate) return result;
    this.fanOut(result.message);
    await this.afterChange();
    const summary = this.store.summary();
    if (input.role === "customer" && summary?.status === "bot") {
      const workspaceId = summary.workspaceId;
      const handedOff = await runCustomerTurn(
        {
          store: this.store,
          log: this.log,
          provider: createAiProvider(this.env),
          rules: () => this.rules(workspaceId),
          now,
        },
        result.message,
      );
      for (const m of handedOff) this.fanOut(m);
      await this.afterChange();
    }
    return result;
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

function parseJson(raw: string | ArrayBuffer): unknown {
  try {
    return JSON.parse(typeof raw === "string" ? raw : new TextDecoder().decode(raw));
  } catch {
    return null;
  }
}
