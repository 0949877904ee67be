import {
  type AgentState,
  type Assignment,
  canHandOn,
  estimateWaits,
  expiredDisconnects,
  expiredReplies,
  type HandleTimeTracker,
  type HeldConversation,
  nextWideningAt,
  planAssignments,
  type ReplyWarning,
  type RoutingSettings,
  replyWarnings,
  returnToLine,
  sortWaiting,
  type TransferTarget,
  transferItem,
  type WaitEstimate,
  type WaitingItem,
  waitingComparator,
} from "../../workers/domain/routing/index";

/** An agent as the line needs them; their load is derived from `held`, never stored twice. */
export type RosterAgent = Omit<AgentState, "activeConversationIds">;

export type RequeueReason = "agent_timeout" | "agent_lost" | "transfer" | "agent_removed";

/** A conversation that went back to the line, and why (the customer is told). */
export interface Requeued {
  conversationId: string;
  reason: RequeueReason;
  fromAgentId: string;
}

/**
 * The workspace's line in memory: who waits, who holds what, who is available. Pure bookkeeping over the
 * routing policy (workers/domain/routing); the Queue DO persists what it marks dirty and acts on what it
 * returns.
 */
export class QueueBook {
  readonly agents = new Map<string, RosterAgent>();
  readonly waiting = new Map<string, WaitingItem>();
  readonly held = new Map<string, HeldConversation>();
  readonly dirty = { agents: new Set<string>(), waiting: new Set<string>(), held: new Set<string>() };
  /**
   * The line in priority order, kept sorted as items come and go: sorting 10,000 items on every change costs
   * milliseconds, while the policy's own sort of an already sorted line is linear. Rebuilt when the settings
   * (which set the head starts) change.
   */
  private sorted: { settings: RoutingSettings; items: WaitingItem[] } | null = null;

  line(settings: RoutingSettings): readonly WaitingItem[] {
    if (this.sorted?.settings !== settings) {
      this.sorted = { settings, items: sortWaiting([...this.waiting.values()], settings) };
    }
    return this.sorted.items;
  }

  agentStates(): AgentState[] {
    const load = new Map<string, string[]>();
    for (const h of this.held.values())
      load.set(h.agentId, [...(load.get(h.agentId) ?? []), h.item.conversationId]);
    return [...this.agents.values()].map((a) => ({ ...a, activeConversationIds: load.get(a.id) ?? [] }));
  }

  /**
   * Replaces the roster from the record, keeping the presence of known agents (status, idle time,
   * disconnection): the line is where presence lives, and the record's status may lag behind an agent's
   * socket, so re-reading agents after a settings save must not set anyone offline.
   */
  setRoster(roster: readonly Omit<RosterAgent, "idleSince" | "disconnectedAt">[], now: number): Requeued[] {
    const next = new Map<string, RosterAgent>();
    for (const r of roster) {
      const known = this.agents.get(r.id);
      next.set(r.id, {
        ...r,
        status: known?.status ?? r.status,
        idleSince: known?.idleSince ?? now,
        disconnectedAt: known?.disconnectedAt ?? null,
      });
    }
    const removed = [...this.agents.keys()].filter((id) => !next.has(id));
    this.agents.clear();
    for (const [id, a] of next) {
      this.agents.set(id, a);
      this.dirty.agents.add(id);
    }
    for (const id of removed) this.dirty.agents.add(id);
    return removed.flatMap((id) => this.releaseAgent(id, "agent_removed", now, false));
  }

  updateAgent(id: string, change: Partial<RosterAgent>): RosterAgent | null {
    const agent = this.agents.get(id);
    if (!agent) return null;
    const next = { ...agent, ...change };
    this.agents.set(id, next);
    this.dirty.agents.add(id);
    return next;
  }

  enqueue(item: WaitingItem): void {
    this.unline(item.conversationId);
    this.waiting.set(item.conversationId, item);
    this.dirty.waiting.add(item.conversationId);
    if (this.sorted) {
      const { items, settings } = this.sorted;
      const before = waitingComparator(settings);
      let lo = 0;
      let hi = items.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const other = items[mid];
        if (other && before(other, item) <= 0) lo = mid + 1;
        else hi = mid;
      }
      items.splice(lo, 0, item);
    }
  }

  private unline(conversationId: string): void {
    if (!this.sorted || !this.waiting.has(conversationId)) return;
    const i = this.sorted.items.findIndex((x) => x.conversationId === conversationId);
    if (i >= 0) this.sorted.items.splice(i, 1);
  }

  /** Leaves the line or lets go of the conversation, whichever it is in; the held record if it was held. */
  remove(conversationId: string): HeldConversation | null {
    const held = this.held.get(conversationId) ?? null;
    this.unline(conversationId);
    this.waiting.delete(conversationId);
    this.held.delete(conversationId);
    this.dirty.waiting.add(conversationId);
    this.dirty.held.add(conversationId);
    return held;
  }

  /** Drains the line as far as capacity allows; every assignment is applied before it is returned. */
  drain(settings: RoutingSettings, now: number): Assignment[] {
    const plan = planAssignments(this.line(settings), this.agentStates(), settings, now);
    for (const a of plan) this.hold(a.conversationId, a.agentId, now);
    return plan;
  }

  /** Gives a conversation to an agent directly (a supervisor's choice, or an agent accepting). */
  hold(conversationId: string, agentId: string, now: number): HeldConversation | null {
    const item = this.waiting.get(conversationId);
    const agent = this.agents.get(agentId);
    if (!item || !agent) return null;
    const held: HeldConversation = {
      item,
      agentId,
      assignedAt: now,
      agentRepliedAt: null,
      replyDueAt: null,
      replyWarned: false,
    };
    this.unline(conversationId);
    this.waiting.delete(conversationId);
    this.held.set(conversationId, held);
    this.updateAgent(agentId, { idleSince: now });
    this.dirty.waiting.add(conversationId);
    this.dirty.held.add(conversationId);
    return held;
  }

  markReplied(conversationId: string, agentId: string, now: number): boolean {
    const held = this.held.get(conversationId);
    if (!held || held.agentId !== agentId || held.agentRepliedAt !== null) return false;
    this.held.set(conversationId, { ...held, agentRepliedAt: now });
    this.dirty.held.add(conversationId);
    return true;
  }

  transfer(conversationId: string, target: TransferTarget, now: number): WaitingItem | null {
    const held = this.held.get(conversationId);
    if (!held) return null;
    const item = transferItem(held, target, now);
    this.held.delete(conversationId);
    this.dirty.held.add(conversationId);
    this.enqueue(item);
    return item;
  }

  /**
   * The agent says "I'm on it": their reply is due one full time-out from now, with a new warning before it.
   * Only the holder, and only while they have not replied (after that there is no clock).
   */
  extendReply(conversationId: string, agentId: string, settings: RoutingSettings, now: number): boolean {
    const held = this.held.get(conversationId);
    if (!held || held.agentId !== agentId || held.agentRepliedAt !== null) return false;
    this.moveDeadline(held, settings, now);
    return true;
  }

  /** Reply deadlines that are near: each is returned once, for the agent's app to count down. */
  warnings(settings: RoutingSettings, now: number): ReplyWarning[] {
    const due = replyWarnings([...this.held.values()], settings, now).expired;
    for (const w of due) {
      const held = this.held.get(w.conversationId);
      if (!held) continue;
      this.held.set(w.conversationId, { ...held, replyWarned: true });
      this.dirty.held.add(w.conversationId);
    }
    return due;
  }

  /**
   * Reply time-outs and agents whose grace ran out: their conversations go back to the front. A timed-out
   * conversation nobody else could take now stays with its agent under a new deadline (and a new warning):
   * requeued, it would wait for nobody.
   */
  expire(settings: RoutingSettings, now: number): Requeued[] {
    const replies = expiredReplies([...this.held.values()], settings, now);
    const requeued: Requeued[] = [];
    const agents = this.agentStates();
    for (const r of replies.expired) {
      const held = this.held.get(r.conversationId);
      if (held && !canHandOn(r.requeue, agents, settings, now)) {
        this.moveDeadline(held, settings, now);
        continue;
      }
      this.held.delete(r.conversationId);
      this.dirty.held.add(r.conversationId);
      this.enqueue(r.requeue);
      requeued.push({ conversationId: r.conversationId, reason: "agent_timeout", fromAgentId: r.agentId });
    }
    const lost = expiredDisconnects(this.agentStates(), [...this.held.values()], settings, now);
    for (const loss of lost.expired) {
      this.updateAgent(loss.agentId, { status: "offline", disconnectedAt: null });
      requeued.push(...this.releaseAgent(loss.agentId, "agent_lost", now, false));
    }
    return requeued;
  }

  /** The next moment a time-out expires, a warning is due or a waiting item widens: when to look again. */
  nextDueAt(settings: RoutingSettings, now: number): number | null {
    const due = [
      replyWarnings([...this.held.values()], settings, now).nextDueAt,
      expiredReplies([...this.held.values()], settings, now).nextDueAt,
      expiredDisconnects(this.agentStates(), [...this.held.values()], settings, now).nextDueAt,
      nextWideningAt(this.line(settings), settings, now),
    ].filter((d): d is number => d !== null);
    return due.length > 0 ? Math.min(...due) : null;
  }

  estimates(tracker: HandleTimeTracker, settings: RoutingSettings, now: number): WaitEstimate[] {
    return estimateWaits(
      this.line(settings),
      this.agentStates(),
      (s) => tracker.averageSeconds(s),
      settings,
      now,
    );
  }

  private moveDeadline(held: HeldConversation, settings: RoutingSettings, now: number): void {
    const replyDueAt = now + settings.agentReplyTimeoutSeconds * 1000;
    this.held.set(held.item.conversationId, { ...held, replyDueAt, replyWarned: false });
    this.dirty.held.add(held.item.conversationId);
  }

  private releaseAgent(agentId: string, reason: RequeueReason, now: number, exclude: boolean): Requeued[] {
    const out: Requeued[] = [];
    for (const h of [...this.held.values()]) {
      if (h.agentId !== agentId) continue;
      this.held.delete(h.item.conversationId);
      this.dirty.held.add(h.item.conversationId);
      this.enqueue(returnToLine(h, now, { excludeAgent: exclude }));
      out.push({ conversationId: h.item.conversationId, reason, fromAgentId: agentId });
    }
    return out;
  }
}
