import { type Connection, type ConnectionContext, Server } from "partyserver";
import { signConversationToken } from "../../workers/auth/conversation-token";
import { tokenSecret } from "../../workers/config";
import { listAgents, setAgentStatus } from "../../workers/db/agents";
import { getDb } from "../../workers/db/client";
import { loadSettings } from "../../workers/db/settings";
import {
  type AgentStatus,
  candidateTier,
  DEFAULT_ROUTING_SETTINGS,
  HandleTimeSnapshotSchema,
  HandleTimeTracker,
  priorityScore,
  type RoutingSettings,
  type TransferTarget,
} from "../../workers/domain/routing/index";
import { assertNever, parseFrame } from "../../workers/protocol/frames";
import { QueueClientFrameSchema, type QueueServerFrame } from "../../workers/protocol/queue-frames";
import { backoffMs } from "../conversation/outbox-flush";
import { AlarmSchedule } from "../shared/alarm-schedule";
import { mapBounded } from "../shared/bounded";
import { runMigrations, storageTarget } from "../shared/sqlite-migrations";
import { conversationObject } from "../stubs";
import { LastWaits } from "./last-waits";
import { QueueBook, type Requeued } from "./queue-book";
import { QUEUE_SCHEMA, QueueStore } from "./queue-store";
import type { EnqueueInput, QueueEvent, QueueRpc, QueueSnapshot, WaitInfo } from "./rpc";

export type AgentIdentity = { agentId: string; connectedAt?: number };
export const AGENT_HEADER = "x-baton-agent";

const DELIVER = "deliver";
const EXPIRE = "expire";
const DELIVER_ATTEMPTS = "deliver:attempts";
/** Conversations told at once: enough to move a long line quickly, few enough not to flood the runtime. */
const DELIVER_CONCURRENCY = 8;
const HANDLE_TIMES = "handle-times";
const HEARTBEATS = "heartbeats";

/**
 * One workspace's line: agents' presence and load, the waiting conversations, assignment, wait estimates,
 * transfers and time-outs. The bookkeeping is `QueueBook` over the pure routing policy; this class wires
 * it to storage, agents' sockets, the alarm, and the conversations it tells what happened.
 */
export class QueueServer extends Server<Env> implements QueueRpc {
  static override options = { hibernate: true };

  private store = new QueueStore(this.ctx.storage.sql);
  private schedule = new AlarmSchedule(this.ctx.storage);
  private book = new QueueBook();
  private settings: RoutingSettings = DEFAULT_ROUTING_SETTINGS;
  private tracker = new HandleTimeTracker({
    priorSeconds: DEFAULT_ROUTING_SETTINGS.defaultHandleTimeSeconds,
  });
  /** The last wait each conversation was told, so unchanged estimates are not sent again. */
  private lastWaits = new LastWaits(this.ctx.storage.kv);

  override async onStart(): Promise<void> {
    // Agent apps send "ping" every few seconds; answering without waking the object keeps heartbeats free.
    this.ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("ping", "pong"));
    runMigrations(storageTarget(this.ctx.storage), QUEUE_SCHEMA);
    this.store.load(this.book);
    await this.loadSettings();
    if (this.book.agents.size === 0) await this.loadRoster();
  }

  // RPC

  async enqueue(input: EnqueueInput): Promise<WaitInfo> {
    const now = Date.now();
    this.book.enqueue({
      teamId: null,
      preferredAgentId: null,
      excludedAgentIds: [],
      front: false,
      ...input,
      queuedAt: now,
    });
    await this.changed(now);
    return this.waitInfo(input.conversationId, now);
  }

  async release(conversationId: string, outcome: "resolved" | "withdrawn"): Promise<void> {
    const now = Date.now();
    const held = this.book.remove(conversationId);
    if (held && outcome === "resolved") {
      this.tracker.observe(held.item.skill, (now - held.assignedAt) / 1000);
      this.ctx.storage.kv.put(HANDLE_TIMES, this.tracker.snapshot());
    }
    if (held) this.sendToAgent(held.agentId, { type: "released", conversationId, reason: outcome });
    await this.changed(now);
  }

  async rated(conversationId: string, agentId: string, score: number): Promise<void> {
    this.sendToAgent(agentId, { type: "rated", conversationId, score });
  }

  async transfer(conversationId: string, target: TransferTarget): Promise<WaitInfo | null> {
    const now = Date.now();
    const held = this.book.held.get(conversationId);
    if (!held || !this.book.transfer(conversationId, target, now)) return null;
    this.sendToAgent(held.agentId, { type: "released", conversationId, reason: "transfer" });
    await this.changed(now);
    return this.waitInfo(conversationId, now);
  }

  async assign(
    conversationId: string,
    agentId: string,
  ): Promise<{ ok: true } | { ok: false; reason: string }> {
    const now = Date.now();
    const held = this.book.held.get(conversationId);
    if (held?.agentId === agentId) {
      // An agent accepting the offer they hold: now the customer hears they joined.
      this.book.markReplied(conversationId, agentId, now);
      this.notifyAssigned(conversationId, agentId, now, "auto");
      await this.changed(now);
      await this.deliver(conversationId);
      return { ok: true };
    }
    const item = this.book.waiting.get(conversationId);
    if (!item) return { ok: false, reason: held ? "already_assigned" : "not_waiting" };
    const agent = this.book.agentStates().find((a) => a.id === agentId);
    if (!agent) return { ok: false, reason: "no_such_agent" };
    // A direct choice may skip the skill and the widening wait, but never capacity or availability.
    const forced = { ...item, preferredAgentId: agentId, excludedAgentIds: [] };
    if (candidateTier(agent, forced, this.settings, now) === null)
      return { ok: false, reason: "agent_unavailable" };
    this.book.hold(conversationId, agentId, now);
    this.book.markReplied(conversationId, agentId, now);
    this.notifyAssigned(conversationId, agentId, now, "auto");
    await this.changed(now);
    // Whoever assigned waits for the conversation to know it, so what they read next is true.
    await this.deliver(conversationId);
    return { ok: true };
  }

  async agentReplied(conversationId: string, agentId: string): Promise<void> {
    if (this.book.markReplied(conversationId, agentId, Date.now())) this.store.persist(this.book);
  }

  async setAgentStatus(agentId: string, status: AgentStatus): Promise<void> {
    const now = Date.now();
    const agent = this.book.agents.get(agentId);
    if (!agent) return;
    const cameOnline = status === "online" && agent.status !== "online";
    this.book.updateAgent(agentId, { status, ...(cameOnline ? { idleSince: now } : {}) });
    await this.changed(now);
  }

  async reload(): Promise<void> {
    await this.loadSettings();
    await this.loadRoster();
    await this.changed(Date.now());
  }

  async snapshot(): Promise<QueueSnapshot> {
    const now = Date.now();
    const estimates = new Map(
      this.book.estimates(this.tracker, this.settings, now).map((e) => [e.conversationId, e]),
    );
    const connected = this.connectedAgents();
    return {
      waiting: [...this.book.waiting.values()]
        .map((item) => {
          const e = estimates.get(item.conversationId);
          return {
            conversationId: item.conversationId,
            skill: item.skill,
            teamId: item.teamId,
            queuedAt: new Date(item.queuedAt).toISOString(),
            position: e?.position ?? 0,
            estimatedWaitSeconds: e?.seconds ?? null,
            priority: Math.round(priorityScore(item, this.settings, now)),
          };
        })
        .sort((a, b) => a.position - b.position || b.priority - a.priority),
      agents: this.book.agentStates().map((a) => ({
        id: a.id,
        name: a.name,
        status: a.status,
        connected: connected.has(a.id),
        skills: a.skills,
        load: a.activeConversationIds.length,
        maxConcurrent: a.maxConcurrent,
        conversationIds: a.activeConversationIds,
      })),
      settings: {
        mode: this.settings.mode,
        widenAfterSeconds: this.settings.widenAfterSeconds,
        agentReplyTimeoutSeconds: this.settings.agentReplyTimeoutSeconds,
      },
    };
  }

  // Agents' sockets: presence, status and accepting offers.

  override async onConnect(connection: Connection<AgentIdentity>, ctx: ConnectionContext): Promise<void> {
    const identity = JSON.parse(ctx.request.headers.get(AGENT_HEADER) ?? "null") as AgentIdentity | null;
    if (!identity || !this.book.agents.has(identity.agentId)) {
      connection.close(4003, "not an agent of this workspace");
      return;
    }
    connection.setState({ ...identity, connectedAt: Date.now() });
    this.book.updateAgent(identity.agentId, { disconnectedAt: null });
    await this.schedule.set(
      HEARTBEATS,
      Date.now() + Math.min(this.settings.heartbeatTimeoutSeconds * 1000, 15_000),
    );
    await this.changed(Date.now());
    const status = this.book.agents.get(identity.agentId)?.status ?? "offline";
    send(connection, { type: "snapshot", queue: await this.snapshot(), status });
  }

  override async onClose(connection: Connection<AgentIdentity>): Promise<void> {
    const agentId = connection.state?.agentId;
    if (!agentId || this.connectedAgents(connection.id).has(agentId)) return;
    // Their conversations stay theirs for the grace period; `expire` hands them on if they do not return.
    this.book.updateAgent(agentId, { disconnectedAt: Date.now() });
    await this.changed(Date.now());
  }

  override async onMessage(connection: Connection<AgentIdentity>, raw: string | ArrayBuffer): Promise<void> {
    const agentId = connection.state?.agentId;
    if (!agentId) return;
    const frame = QueueClientFrameSchema.safeParse(parseFrame(raw));
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
      case "status":
        await this.setAgentStatus(agentId, data.status);
        await this.recordStatus(agentId, data.status);
        return;
      case "extend_reply": {
        const now = Date.now();
        if (this.book.extendReply(data.conversationId, agentId, this.settings, now)) await this.changed(now);
        else send(connection, { type: "error", code: "not_waiting_for_reply", message: "Nothing to extend" });
        return;
      }
      case "accept": {
        const result = await this.assign(data.conversationId, agentId);
        if (!result.ok)
          send(connection, {
            type: "error",
            code: result.reason,
            message: "Could not take this conversation",
          });
        return;
      }
      default:
        assertNever(data);
    }
  }

  override async onAlarm(): Promise<void> {
    const due = await this.schedule.takeDue(Date.now());
    if (due.includes(HEARTBEATS)) await this.checkHeartbeats();
    if (due.includes(EXPIRE)) await this.changed(Date.now());
    if (due.includes(DELIVER)) await this.deliver();
  }

  /**
   * Closes agents' sockets that stopped pinging. Pings are answered by the runtime without waking the
   * object, so the last answer's time is what tells a live app from a dead one.
   */
  private async checkHeartbeats(): Promise<void> {
    const timeoutMs = this.settings.heartbeatTimeoutSeconds * 1000;
    const now = Date.now();
    let open = 0;
    for (const connection of this.getConnections<AgentIdentity>()) {
      const lastPing =
        this.ctx.getWebSocketAutoResponseTimestamp(connection)?.getTime() ?? this.connectedAt(connection);
      if (now - lastPing > timeoutMs) {
        connection.close(4008, "no heartbeat");
        await this.onClose(connection);
      } else {
        open++;
      }
    }
    if (open > 0) await this.schedule.set(HEARTBEATS, now + Math.min(timeoutMs, 15_000));
  }

  private connectedAt(connection: Connection<AgentIdentity>): number {
    return connection.state?.connectedAt ?? 0;
  }

  // Internals

  /**
   * After any change: hand on what timed out, drain the line, tell conversations where they stand, persist,
   * and set the alarm for the next time-out or widening.
   */
  private async changed(now: number): Promise<void> {
    for (const r of this.book.expire(this.settings, now)) this.notifyRequeued(r);
    for (const w of this.book.warnings(this.settings, now)) {
      const dueAt = new Date(w.dueAt).toISOString();
      this.sendToAgent(w.agentId, { type: "reply_warning", conversationId: w.conversationId, dueAt });
    }
    for (const a of this.book.drain(this.settings, now))
      this.notifyAssigned(a.conversationId, a.agentId, now);
    for (const e of this.book.estimates(this.tracker, this.settings, now)) {
      const wait = { position: e.position, estimatedWaitSeconds: e.seconds, agentsOnline: e.agentsOnline };
      // Only what changed: moving up one place in a line of thousands must not wake thousands of objects.
      if (this.lastWaits.changed(e.conversationId, wait))
        this.store.notify(e.conversationId, { type: "wait", ...wait });
    }
    this.lastWaits.keepOnly(this.book.waiting);
    this.store.persist(this.book);
    const next = this.book.nextDueAt(this.settings, now);
    if (next === null) await this.schedule.clear(EXPIRE);
    else await this.schedule.set(EXPIRE, next);
    await this.schedule.set(DELIVER, now);
  }

  private notifyAssigned(
    conversationId: string,
    agentId: string,
    now: number,
    mode: "auto" | "accept" = this.settings.mode,
  ): void {
    const agent = this.book.agents.get(agentId);
    const skill = this.book.held.get(conversationId)?.item.skill ?? null;
    this.store.notify(conversationId, {
      type: "assigned",
      agentId,
      agentName: agent?.name ?? "An agent",
      skill,
      mode,
      assignedAt: now,
    });
  }

  private notifyRequeued(r: Requeued): void {
    this.store.notify(r.conversationId, { type: "requeued", reason: r.reason, fromAgentId: r.fromAgentId });
    this.sendToAgent(r.fromAgentId, { type: "released", conversationId: r.conversationId, reason: r.reason });
  }

  /**
   * Tells conversations what the line decided: each conversation's events in order, up to
   * DELIVER_CONCURRENCY conversations at once (a line of thousands moving must neither take one round trip
   * after another nor wake them all at once). What cannot be delivered now is retried with backoff.
   */
  private async deliver(onlyConversationId?: string): Promise<void> {
    let failed = false;
    const byConversation = new Map<string, QueueEvent[]>();
    for (const { conversationId, event } of this.store.pendingNotifications(200)) {
      if (onlyConversationId !== undefined && conversationId !== onlyConversationId) continue;
      byConversation.set(conversationId, [...(byConversation.get(conversationId) ?? []), event]);
    }
    await mapBounded([...byConversation], DELIVER_CONCURRENCY, async ([conversationId, events]) => {
      for (const event of events) {
        if (!(await this.deliverOne(conversationId, event))) {
          failed = true;
          return;
        }
      }
    });
    if (failed) {
      const attempts = (this.ctx.storage.kv.get<number>(DELIVER_ATTEMPTS) ?? 0) + 1;
      this.ctx.storage.kv.put(DELIVER_ATTEMPTS, attempts);
      await this.schedule.set(DELIVER, Date.now() + backoffMs(attempts));
    } else {
      this.ctx.storage.kv.delete(DELIVER_ATTEMPTS);
      if (this.store.pendingNotifications(1).length > 0) await this.schedule.set(DELIVER, Date.now());
    }
  }

  /** Tells one conversation one event (and the agent an assignment's brief); false when that failed. */
  private async deliverOne(conversationId: string, event: QueueEvent): Promise<boolean> {
    try {
      const conversation = await conversationObject(this.env, conversationId);
      const brief = await conversation.queueEvent(this.name, event);
      this.store.delivered(conversationId, event);
      if (event.type === "assigned" && brief) {
        const conversationToken = await signConversationToken(tokenSecret(this.env), {
          ws: this.name,
          conv: conversationId,
          sub: `agent:${event.agentId}`,
        });
        this.sendToAgent(event.agentId, {
          type: "assigned",
          conversationId,
          mode: event.mode === "accept" ? "offer" : "assigned",
          conversationToken,
          brief,
        });
      }
      return true;
    } catch (err) {
      console.warn(`could not tell ${conversationId} about ${event.type}: ${String(err)}`);
      return false;
    }
  }

  private waitInfo(conversationId: string, now: number): WaitInfo {
    if (!this.book.waiting.has(conversationId)) {
      return { position: 0, estimatedWaitSeconds: 0, agentsOnline: this.connectedAgents().size };
    }
    const e = this.book
      .estimates(this.tracker, this.settings, now)
      .find((x) => x.conversationId === conversationId);
    return {
      position: e?.position ?? 1,
      estimatedWaitSeconds: e?.seconds ?? null,
      agentsOnline: e?.agentsOnline ?? 0,
    };
  }

  /** Routing settings from D1; while D1 is unreachable the ones in memory stay (defaults at first start). */
  private async loadSettings(): Promise<void> {
    try {
      this.settings = (await loadSettings(getDb(this.env.DB), this.name)).routing;
    } catch (err) {
      console.warn(`routing settings unavailable, keeping the current ones: ${String(err)}`);
    }
    const snapshot = HandleTimeSnapshotSchema.safeParse(this.ctx.storage.kv.get(HANDLE_TIMES));
    this.tracker = new HandleTimeTracker(
      { priorSeconds: this.settings.defaultHandleTimeSeconds },
      snapshot.success ? snapshot.data : undefined,
    );
  }

  private async loadRoster(): Promise<void> {
    const agents = await listAgents(getDb(this.env.DB), this.name);
    const requeued = this.book.setRoster(
      agents.map((a) => ({
        id: a.id,
        name: a.name,
        skills: a.skills,
        teamIds: a.teamIds,
        maxConcurrent: a.maxConcurrent,
        status: a.status,
      })),
      Date.now(),
    );
    for (const r of requeued) this.notifyRequeued(r);
    // A removed agent's app loses the line at once (their sessions are gone from D1 too).
    for (const c of this.getConnections<AgentIdentity>()) {
      if (c.state?.agentId && !this.book.agents.has(c.state.agentId))
        c.close(4003, "no longer an agent here");
    }
  }

  /**
   * Writes a status chosen on the socket to the agent's record too, so a sign-in, the agent list and a
   * roster reload agree with the line. The line already changed; a failed write is only logged.
   */
  private async recordStatus(agentId: string, status: AgentStatus): Promise<void> {
    try {
      await setAgentStatus(getDb(this.env.DB), this.name, agentId, status);
    } catch (err) {
      console.warn(`could not record ${agentId}'s status: ${String(err)}`);
    }
  }

  private connectedAgents(exceptConnectionId?: string): Set<string> {
    const ids = new Set<string>();
    for (const c of this.getConnections<AgentIdentity>()) {
      if (c.id !== exceptConnectionId && c.state?.agentId) ids.add(c.state.agentId);
    }
    return ids;
  }

  private sendToAgent(agentId: string, frame: QueueServerFrame): void {
    const text = JSON.stringify(frame);
    for (const c of this.getConnections<AgentIdentity>()) if (c.state?.agentId === agentId) c.send(text);
  }
}

function send(connection: Connection, frame: QueueServerFrame): void {
  connection.send(JSON.stringify(frame));
}
