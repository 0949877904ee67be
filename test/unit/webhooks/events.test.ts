import { describe, expect, it } from "vitest";
import { DEFAULT_RULES } from "../../../workers/domain/rules";
import { decide } from "../../../workers/domain/triggers";
import type { Message } from "../../../workers/protocol/message";
import { type EventSource, eventsFromRecords } from "../../../workers/webhooks/events";

const at = "2026-01-01T00:00:00.000Z";
const record = (seq: number, role: Message["role"], meta: Message["meta"] = {}): EventSource => ({
  kind: "message",
  workspaceId: "ws_1",
  conversationId: "cv_1",
  message: { id: `m${seq}`, seq, role, text: "…", createdAt: at, meta },
});
const status = (seq: number, from: string, to: string, extra = {}) =>
  record(seq, "system", { event: "status", from, to, ...extra });

describe("webhook events from a conversation's records", () => {
  it("names each event after the message it comes from, so a record sent twice is one event", () => {
    const events = eventsFromRecords([
      { kind: "conversation", conversation: { id: "cv_1", workspaceId: "ws_1", lastSeq: 0, createdAt: at } },
      record(1, "customer"),
      record(1, "customer", { clientNote: "the same message, recorded again" }),
      status(2, "bot", "queued", { trigger: "request" }),
      status(3, "queued", "assigned", { agentId: "ag_1", agentName: "Bea" }),
      status(4, "assigned", "queued", { reason: "transfer", target: { skill: "billing" }, note: "n" }),
      status(5, "queued", "assigned", { agentId: "ag_2" }),
      record(6, "agent", { agentId: "ag_2" }),
      status(7, "assigned", "resolved"),
      record(8, "system", { event: "csat_request" }),
      record(9, "system", { event: "csat", score: 4 }),
    ]);
    expect(events.map((e) => [e.id, e.type])).toEqual([
      ["cv_1:created", "conversation.created"],
      ["cv_1:1", "message.created"],
      ["cv_1:1", "message.created"],
      ["cv_1:2", "handoff.triggered"],
      ["cv_1:3", "conversation.assigned"],
      ["cv_1:4", "conversation.transferred"],
      ["cv_1:5", "conversation.assigned"],
      ["cv_1:6", "message.created"],
      ["cv_1:7", "conversation.resolved"],
      ["cv_1:9", "csat.submitted"],
    ]);
  });

  it("tells nothing of a requeue that is not a transfer, or of later snapshots of the conversation", () => {
    const events = eventsFromRecords([
      { kind: "conversation", conversation: { id: "cv_1", workspaceId: "ws_1", lastSeq: 3, createdAt: at } },
      status(3, "assigned", "queued", { reason: "agent_timeout" }),
      record(4, "system", { event: "wait", position: 1, estimatedWaitSeconds: 30 }),
    ]);
    expect(events).toEqual([]);
  });

  it("sends the wrap-up with conversation.resolved, so a CRM update needs no second call", () => {
    const wrapUp = { problem: "Double charge", done: ["Refunded"], followUps: ["Send the receipt"] };
    const [resolved] = eventsFromRecords([status(7, "assigned", "resolved", { wrapUp })]);
    expect(resolved).toMatchObject({ type: "conversation.resolved", data: { wrapUp } });
  });

  it("cues your own bot once the engine leaves a customer message with it, never after a handoff or for Baton's bot", () => {
    // Real decisions of the engine with the default rules.
    const decision = (text: string) => decide(DEFAULT_RULES, [{ role: "customer", text }]);
    const external = { externalBot: true };
    const events = eventsFromRecords([
      record(1, "customer"),
      record(1, "customer", { decision: decision("hello, where do I find my settings?"), ...external }),
      record(3, "customer", { decision: decision("I want to talk to a real person now"), ...external }),
      record(5, "customer", { decision: decision("hello, where do I find my invoices?") }),
    ]);
    expect(events.map((e) => [e.id, e.type])).toEqual([
      ["cv_1:1", "message.created"],
      ["cv_1:1", "message.created"],
      ["cv_1:1:bot.turn", "bot.turn"],
      ["cv_1:3", "message.created"],
      ["cv_1:5", "message.created"],
    ]);
  });
});
