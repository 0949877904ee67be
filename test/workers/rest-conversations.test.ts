import { describe, expect, it } from "vitest";
import { newWorkspace } from "./helpers";

describe("REST conversations", () => {
  it("creates a conversation owned by the bot, with a token for the widget", async () => {
    const { api, id: workspaceId } = await newWorkspace();
    const res = await api("POST", "/api/v1/conversations", {
      customer: { name: "Ada", email: "ada@example.com" },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: "bot", workspaceId, customer: { name: "Ada" }, lastSeq: 0 });
    expect(res.body.id).toMatch(/^cv_/);
    expect(typeof res.body.customerToken).toBe("string");
  });

  it("posts messages with increasing seq and returns them in the history", async () => {
    const { api } = await newWorkspace();
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    const a = await api("POST", `/api/v1/conversations/${conv.id}/messages`, { text: "hello" });
    const b = await api("POST", `/api/v1/conversations/${conv.id}/messages`, {
      text: "Hi! How can I help?",
      role: "bot",
    });
    expect(a.status).toBe(201);
    expect(a.body.message).toMatchObject({ seq: 1, role: "customer", text: "hello" });
    expect(b.body.message).toMatchObject({ seq: 2, role: "bot" });
    const got = await api("GET", `/api/v1/conversations/${conv.id}`);
    expect(got.status).toBe(200);
    expect(got.body.messages.map((m: { seq: number; text: string }) => [m.seq, m.text])).toEqual([
      [1, "hello"],
      [2, "Hi! How can I help?"],
    ]);
    expect(got.body.handoff).toBeNull();
  });
});
