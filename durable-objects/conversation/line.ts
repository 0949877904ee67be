import type { WrapUp } from "../../workers/ai/provider";
import { handoffNotice } from "../../workers/bot/phrases";
import { nextOpening } from "../../workers/domain/business-hours";
import { emailOfferReason } from "../../workers/domain/email-offer";
import { REBRIEF_MESSAGES, rebrief } from "../../workers/domain/live-brief";
import {
  csatRequest,
  emailCaptured,
  emailOffer,
  ratedNotice,
  reassigning,
  waitNotice,
} from "../../workers/domain/notices/index";
import { topicRoute } from "../../workers/domain/prechat";
import { isVip } from "../../workers/domain/routing/customer";
import type { TransferTarget } from "../../workers/domain/routing/index";
import { skillForCategory } from "../../workers/domain/routing/skills";
import type { ConversationSummary } from "../../workers/protocol/conversation";
import type { SystemEvent } from "../../workers/protocol/events";
import type { Message } from "../../workers/protocol/message";
import type { QueueRpc } from "../queue/rpc";
import type { ConversationLog } from "./conversation-log";
import { buildHandoff } from "./handoff-builder";
import type { ActionResult } from "./rpc";
import type { ConversationStore } from "./store";
import type { WorkspaceConfig } from "./workspace-config";

/** What the conversation's side of the line needs from its Durable Object. */
export interface LineContext {
  id: string;
  store: ConversationStore;
  log: ConversationLog;
  config: WorkspaceConfig;
  queue: () => Promise<QueueRpc>;
  /** Sends a stored message to every socket. */
  publish: (message: Message) => void;
  /** Records that storage changed (schedules the flush to D1). */
  commit: () => Promise<void>;
  /** The wrap-up of the contact being resolved (never throws: the AI falls back offline). */
  wrapUp: () => Promise<WrapUp>;
}

const nowIso = () => new Date().toISOString();
const invalid = (message: string) => ({ error: "invalid_transition" as const, message });

/**
 * The conversation's side of the workspace's line: entering it after a handoff (and telling the customer
 * where they stand, or offering email), leaving it by resolve or email, and transfers.
 */
export class ConversationLine {
  constructor(private readonly c: LineContext) {}

  /**
   * Puts the handed-off conversation in the line and tells the customer their place and wait; offers to
   * continue by email when the wait is long, nobody can take it, or the workspace is closed. The line may
   * assign it at once, and then the agent's arrival is what the customer sees instead.
   */
  async enter(preferredAgentId?: string): Promise<void> {
    const { store, log } = this.c;
    const summary = store.summary();
    const handoff = store.handoff();
    if (!summary || !handoff || summary.status !== "queued") return;
    const settings = await this.c.config.settings();
    const wait = await (await this.c.queue()).enqueue({
      conversationId: summary.id,
      skill: handoff.skill,
      sentiment: handoff.signals?.sentiment.score ?? 0,
      vip: isVip(summary.customer),
      // The topic the customer picked may name the team that answers it.
      teamId: topicRoute(settings.prechat, summary.customer)?.teamId ?? null,
      ...(preferredAgentId ? { preferredAgentId } : {}),
    });
    const current = store.handoff();
    if (store.summary()?.status !== "queued" || wait.position === 0 || !current) return;
    log.saveHandoff(
      { ...current, position: wait.position, estimatedWaitSeconds: wait.estimatedWaitSeconds },
      nowIso(),
    );
    const lang = store.customerLanguage();
    const now = new Date();
    const reason = emailOfferReason(
      settings,
      { seconds: wait.estimatedWaitSeconds, agentsOnline: wait.agentsOnline },
      now,
    );
    // When nobody can answer, a place in line means nothing: the offer is the one sentence the customer reads
    // (the wait stays recorded, with no text, for agents and the widget's state).
    const unanswerable = reason === "nobody_online" || reason === "closed";
    this.say(unanswerable ? "" : waitNotice(lang, wait), { event: "wait", ...wait });
    if (reason) {
      const opening = {
        nextOpening: nextOpening(settings.businessHours, now),
        timezone: settings.businessHours?.timezone,
      };
      this.say(emailOffer(lang, reason, opening), { event: "email_offer", reason });
    }
    await this.c.commit();
  }

  /**
   * Hands the conversation to a person now, whatever the triggers say; with `agentId`, to that agent only
   * (the line waits for them rather than give it to another).
   */
  async forceHandoff(
    summary: ConversationSummary,
    input: { skill?: string | null; reason?: string; agentId?: string },
  ): Promise<ActionResult> {
    const { store, log } = this.c;
    if (summary.status !== "bot" && summary.status !== "resolved") {
      return invalid(`The conversation is already ${summary.status}`);
    }
    const latest = store.latestDecision();
    const settings = await this.c.config.settings();
    const handoff = buildHandoff({
      decision: {
        trigger: "manual",
        triggers: ["manual"],
        explanation: input.reason ?? "Handed over to a person on request.",
        signals: latest?.signals ?? null,
      },
      summary: null,
      skill:
        input.skill === undefined
          ? (topicRoute(settings.prechat, summary.customer)?.skill ??
            skillForCategory(latest?.signals.category ?? "general", settings.routing.skillByCategory))
          : input.skill,
      seq: store.lastSeq(),
      now: nowIso(),
    });
    // Re-read after the settings read: a customer turn may have handed off meanwhile.
    const status = store.summary()?.status;
    if (status !== "bot" && status !== "resolved") return invalid(`The conversation is already ${status}`);
    if (status === "resolved") this.c.publish(log.transition("bot", nowIso()));
    // The reason is for agents (it is the handoff's explanation); the customer hears the generic notice.
    this.c.publish(log.handOff(handoff, nowIso(), handoffNotice(store.customerLanguage(), null)));
    await this.c.commit();
    await this.enter(input.agentId);
    return { conversation: store.summary() as ConversationSummary };
  }

  /** Closes the conversation: the customer is asked for a rating, the bot comes back clean, the agent is free. */
  async resolve(summary: ConversationSummary): Promise<ActionResult> {
    const { store, log } = this.c;
    if (summary.status === "resolved") return invalid("The conversation is already resolved");
    const wrapUp = await this.c.wrapUp();
    // Another resolve may have finished while the wrap-up was written.
    if (store.summary()?.status === "resolved") return invalid("The conversation is already resolved");
    const held = store.handoff() !== null && summary.status !== "bot";
    for (const m of log.resolve(nowIso(), csatRequest(store.customerLanguage()), wrapUp)) this.c.publish(m);
    await this.c.commit();
    if (held)
      await (await this.c.queue()).release(
        this.c.id,
        summary.status === "assigned" ? "resolved" : "withdrawn",
      );
    return { conversation: store.summary() as ConversationSummary };
  }

  /** The agent passes the conversation on, to a team, an agent or a skill, with a note for the next one. */
  async transfer(summary: ConversationSummary, target: TransferTarget, note?: string): Promise<ActionResult> {
    const { store, log } = this.c;
    const handoff = store.handoff();
    if (summary.status !== "assigned" || !handoff)
      return invalid("Only an assigned conversation can be transferred");
    const wait = await (await this.c.queue()).transfer(this.c.id, target);
    if (!wait) return invalid("The line does not hold this conversation");
    const meta = { reason: "transfer", target, ...(note ? { note } : {}) };
    this.c.publish(
      log.transition("queued", nowIso(), meta, reassigning(store.customerLanguage(), "transfer")),
    );
    log.saveHandoff(
      {
        ...rebrief(
          handoff,
          store.messagesPage({ before: store.lastSeq() + 1, limit: REBRIEF_MESSAGES }).messages,
        ),
        transfer: { fromAgentName: handoff.agentName ?? null, note: note ?? null },
        agentId: null,
        agentName: null,
        assignedAt: null,
        queuedAt: nowIso(),
        position: wait.position,
        estimatedWaitSeconds: wait.estimatedWaitSeconds,
        ...("skill" in target ? { skill: target.skill } : {}),
      },
      nowIso(),
    );
    await this.c.commit();
    return { conversation: store.summary() as ConversationSummary };
  }

  /** The customer would rather be answered by email: they leave the line and the conversation goes offline. */
  async captureEmail(summary: ConversationSummary, email: string): Promise<ActionResult> {
    const { store, log } = this.c;
    if (summary.status !== "queued") return invalid("Email follow-up is offered only while waiting in line");
    const text = emailCaptured(store.customerLanguage(), email);
    for (const m of log.captureEmail(email, nowIso(), text)) this.c.publish(m);
    await this.c.commit();
    await (await this.c.queue()).release(this.c.id, "withdrawn");
    return { conversation: store.summary() as ConversationSummary };
  }

  /**
   * An agent answers a follow-up (the customer left their email): the reply is stored as theirs, marked for
   * email, and stays `offline` until someone resolves it. Sending it is the Worker's delivery hook's job.
   */
  answerByEmail(
    summary: ConversationSummary,
    input: { text: string; agentId: string; agentName: string | null },
  ): { message: Message } | { error: "invalid_transition"; message: string } {
    const to = summary.customer.email;
    if (summary.status !== "offline" || !to)
      return invalid("Only a follow-up (offline) can be answered by email");
    const meta = {
      event: "followup_reply",
      channel: "email",
      to,
      agentId: input.agentId,
      ...(input.agentName ? { agentName: input.agentName } : {}),
    };
    const { message } = this.c.log.append({ role: "agent", text: input.text, meta, now: nowIso() });
    this.c.publish(message);
    return { message };
  }

  /** How long a waiting customer may be away before they count as gone. */
  async abandonAfterMs(): Promise<number> {
    return (await this.c.config.settings()).abandonAfterSeconds * 1000;
  }

  /** The customer left while waiting (their widget stayed away): the line lets the conversation go. */
  async abandon(): Promise<void> {
    const { store, log } = this.c;
    if (store.summary()?.status !== "queued") return;
    this.c.publish(log.transition("abandoned", nowIso(), { reason: "customer_left" }));
    await this.c.commit();
    await (await this.c.queue()).release(this.c.id, "withdrawn");
  }

  /** The customer's rating after a resolve, once per request; kept in the history for the metrics. */
  async rate(input: { score: number; comment?: string }): Promise<ActionResult> {
    const { store } = this.c;
    const summary = store.summary();
    if (!summary) return null;
    if (!store.awaitingRating()) return invalid("There is no rating to give right now");
    this.say(ratedNotice(store.customerLanguage(), input.score), {
      event: "csat",
      score: input.score,
      ...(input.comment ? { comment: input.comment } : {}),
    });
    // The agent who resolved it sees the rating arrive. It is stored already: a line that cannot be told now
    // costs only that, and the agent's Resolved list reads it on its next refresh.
    const agentId = store.handoff()?.agentId;
    if (agentId) {
      await this.c
        .queue()
        .then((queue) => queue.rated(summary.id, agentId, input.score))
        .catch(() => undefined);
    }
    return { conversation: store.summary() as ConversationSummary };
  }

  private say(text: string, meta: SystemEvent): void {
    this.c.publish(this.c.log.append({ role: "system", text, meta, now: nowIso() }).message);
  }
}
