import { describe, expect, it } from "vitest";
import { customerSummary, customerView } from "../../../durable-objects/conversation/customer-view";
import { DEFAULT_RULES } from "../../../workers/domain/rules";
import { analyzeLocally, decide } from "../../../workers/domain/triggers";
import type { Message } from "../../../workers/protocol/message";

const message = (role: Message["role"], meta: Message["meta"], text = "text"): Message => ({
  id: "m1",
  seq: 3,
  role,
  text,
  createdAt: "2026-01-01T00:00:00.000Z",
  meta,
});

describe("the customer's view is an allow-list", () => {
  it("a transfer's note, reason and target stay with agents", () => {
    const transfer = message("system", {
      event: "status",
      from: "assigned",
      to: "queued",
      reason: "transfer",
      target: { skill: "billing" },
      note: "INTERNAL: customer flagged for fraud review",
    });
    expect(customerView(transfer).meta).toEqual({ event: "status", from: "assigned", to: "queued" });
  });

  it("a field added to an event later is not shown until the customer schema names it", () => {
    const joined = message("system", {
      event: "status",
      from: "queued",
      to: "assigned",
      agentId: "ag_1",
      agentName: "Bea",
      riskScore: 0.93,
    });
    expect(customerView(joined).meta).toEqual({
      event: "status",
      from: "queued",
      to: "assigned",
      agentName: "Bea",
    });
  });

  it("an event the customer schemas do not know is dropped whole", () => {
    expect(customerView(message("system", { event: "fraud_review", note: "x" })).meta).toEqual({});
    expect(customerView(message("system", { note: "no event at all" })).meta).toEqual({});
  });

  it("the engine's analysis and decision on the customer's own message are not sent back", () => {
    const analysis = analyzeLocally("I was charged twice, refund me");
    const decision = decide(DEFAULT_RULES, [
      { role: "customer", text: "I was charged twice, refund me", meta: { analysis } },
    ]);
    const mine = message("customer", { analysis, decision });
    expect(customerView(mine).meta).toEqual({});
  });

  it("the bot's confidence and sources, and an agent's id, stay internal", () => {
    const citations = [{ articleId: "kb_1", title: "Reset your password", score: 0.4 }];
    const bot = message("bot", { draftId: "d1", confidence: 0.2, citations, source: "workers-ai" });
    expect(customerView(bot).meta).toEqual({
      draftId: "d1",
      citations: [{ articleId: "kb_1", title: "Reset your password" }],
    });
    expect(customerView(message("agent", { agentId: "ag_1", agentName: "Bea" })).meta).toEqual({
      agentName: "Bea",
    });
  });

  it("the wait keeps position and estimate, not how many agents are online", () => {
    const wait = message("system", { event: "wait", position: 2, estimatedWaitSeconds: 90, agentsOnline: 1 });
    expect(customerView(wait).meta).toEqual({ event: "wait", position: 2, estimatedWaitSeconds: 90 });
  });

  it("the conversation as the customer sees it carries no attributes or record id", () => {
    const summary = customerSummary({
      id: "cv_1",
      workspaceId: "ws_1",
      status: "bot",
      customer: { id: "crm-42", name: "Ada", attributes: { fraudFlag: true } },
      lastSeq: 0,
      createdAt: "t",
      updatedAt: "t",
    });
    expect(summary.customer).toEqual({ name: "Ada" });
  });
});
