import { describe, expect, it } from "vitest";
import { client, newWorkspace } from "./helpers";
import { signedInAgent } from "./queue-helpers";
import { openSocket } from "./socket-helpers";
import { START as PATH, widgetWorkspace } from "./widget-helpers";

describe("the widget's door: POST /api/v1/widget/conversations", () => {
  it("starts a conversation with a publishable key and returns only its id and socket token", async () => {
    const { widget, api } = await widgetWorkspace();
    const res = await widget("POST", PATH, {
      customer: { name: "Ada", email: "ada@example.com", attributes: { plan: "pro" } },
    });
    expect(res.status).toBe(201);
    expect(Object.keys(res.body).sort()).toEqual(["customerToken", "id"]);
    const detail = await api("GET", `/api/v1/conversations/${res.body.id}`);
    expect(detail.body).toMatchObject({
      status: "bot",
      customer: { name: "Ada", unverifiedAttributes: { plan: "pro" } },
    });
    expect(detail.body.customer.attributes).toBeUndefined();
  });

  it("gives a token that opens the conversation's socket and shows the bot's greeting", async () => {
    const { widget } = await widgetWorkspace();
    const { body } = await widget("POST", PATH);
    const socket = await openSocket(body.id, body.customerToken);
    try {
      const frames = await socket.waitFor((f) =>
        f.some((x) => x.type === "message" && x.message.role === "bot"),
      );
      expect(frames[0]).toMatchObject({ type: "conversation", conversation: { id: body.id } });
    } finally {
      socket.close();
    }
  });

  it("refuses a missing, unknown or secret key, and the publishable key anywhere else", async () => {
    const { key, apiKey } = await widgetWorkspace();
    expect((await client(null)("POST", PATH, {})).status).toBe(401);
    expect((await client("pk_not_a_key")("POST", PATH, {})).status).toBe(401);
    expect((await client(apiKey)("POST", PATH, {})).status).toBe(401);
    const widget = client(key);
    expect((await widget("POST", "/api/v1/conversations", {})).status).toBe(401);
    expect((await widget("GET", "/api/v1/conversations")).status).toBe(401);
    expect((await widget("GET", "/api/v1/queue")).status).toBe(401);
  });

  it("lets no page claim a customer id, and names the fields it refuses", async () => {
    const { widget } = await widgetWorkspace();
    const res = await widget("POST", PATH, { customer: { id: "cus_1", name: "Mallory" } });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([{ field: "customer.id", reason: "is not a known field" }]);
    expect((await widget("POST", PATH, { customer: { email: "not an email" } })).status).toBe(400);
    expect((await widget("POST", PATH, { workspaceId: "ws_other" })).status).toBe(400);
  });

  it("accepts only the allowed origins when the key has a list", async () => {
    const { widget } = await widgetWorkspace(["https://shop.example"]);
    const from = (origin?: string) => widget("POST", PATH, {}, origin ? { origin } : {});
    expect((await from("https://shop.example")).status).toBe(201);
    const other = await from("https://evil.example");
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe("origin_not_allowed");
    expect((await from()).status).toBe(403);
  });
});

describe("an agent's way back into a held conversation: POST /{id}/agent-token", () => {
  it("gives a token to a supervisor and refuses an agent who does not hold it, and an API key", async () => {
    const { api } = await newWorkspace();
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    const boss = await signedInAgent(api, { name: "Boss", role: "supervisor" });
    const other = await signedInAgent(api, { name: "Other" });
    const path = `/api/v1/conversations/${conv.id}/agent-token`;
    const ok = await boss.session("POST", path);
    expect(ok.status).toBe(200);
    expect(typeof ok.body.conversationToken).toBe("string");
    expect((await other.session("POST", path)).status).toBe(403);
    expect((await api("POST", path)).status).toBe(403);
    expect((await boss.session("POST", "/api/v1/conversations/cv_nope/agent-token")).status).toBe(404);
  });
});
