import { describe, expect, it } from "vitest";
import type { Message } from "../../workers/protocol/message";
import type { Suggestion } from "../../workers/protocol/replies";
import { newWorkspace } from "./helpers";

describe("suggested replies", () => {
  it("offer the AI's replies and the help-centre passage that answers, and send nothing", async () => {
    const { api } = await newWorkspace();
    await api("POST", "/api/v1/knowledge", {
      title: "Exporting invoices",
      body: "To export invoices as PDF, open Billing, choose Invoices and click Export PDF in the top right.",
    });
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    await api("POST", `/api/v1/conversations/${conv.id}/messages`, {
      text: "How do I export my invoices as PDF?",
    });
    const before = (await api("GET", `/api/v1/conversations/${conv.id}`)).body.messages.length;

    const res = await api("GET", `/api/v1/conversations/${conv.id}/suggestions`);
    expect(res.status).toBe(200);
    const suggestions: Suggestion[] = res.body.suggestions;
    expect(suggestions.some((s) => s.source === "ai")).toBe(true);
    expect(suggestions.find((s) => s.source === "knowledge")).toMatchObject({
      text: expect.stringContaining("Export PDF"),
      article: { title: "Exporting invoices" },
    });
    const after: Message[] = (await api("GET", `/api/v1/conversations/${conv.id}`)).body.messages;
    expect(after.length).toBe(before);
  });

  it("another workspace's conversation is a 404", async () => {
    const a = await newWorkspace();
    const b = await newWorkspace();
    const { body: conv } = await a.api("POST", "/api/v1/conversations", {});
    expect((await b.api("GET", `/api/v1/conversations/${conv.id}/suggestions`)).status).toBe(404);
  });
});
