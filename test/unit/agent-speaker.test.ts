import { describe, expect, it } from "vitest";
import { speaker, systemLine } from "../../web/agent/speaker";
import type { Message } from "../../workers/protocol/message";

const line = (role: Message["role"], meta: Message["meta"] = {}): Message => ({
  id: "m",
  seq: 1,
  role,
  text: "hi",
  createdAt: "2026-01-01T00:00:00.000Z",
  meta,
});

describe("who a transcript line is from, in the agent app", () => {
  it("is You only for this agent's own messages; another agent is named", () => {
    expect(speaker(line("agent", { agentId: "ag_cy", agentName: "Cy" }), "ag_cy")).toBe("You");
    expect(speaker(line("agent", { agentId: "ag_bea", agentName: "Bea" }), "ag_cy")).toBe("Bea");
    expect(speaker(line("agent", { agentId: "ag_bea" }), "ag_cy")).toBe("Another agent");
  });

  it("marks internal notes as such, with their author", () => {
    expect(speaker(line("note", { agentId: "ag_cy", agentName: "Cy" }), "ag_cy")).toBe("You · internal note");
    expect(speaker(line("note", { agentId: "ag_bea", agentName: "Bea" }), "ag_cy")).toBe(
      "Bea · internal note",
    );
  });

  it("names the customer and the bot", () => {
    expect(speaker(line("customer"), "ag_cy")).toBe("Customer");
    expect(speaker(line("bot"), "ag_cy")).toBe("Bot");
  });

  it("shows agents a status change the customer was told nothing about", () => {
    const silent = { ...line("system", { event: "status", from: "resolved", to: "bot" }), text: "" };
    expect(systemLine(silent)).toBe("Status: resolved → bot");
    expect(systemLine({ ...silent, text: "This chat is now resolved." })).toBe("This chat is now resolved.");
  });
});
