import { describe, expect, it } from "vitest";
import type { ApiClient } from "./helpers";
import { signedInAgent } from "./queue-helpers";
import { openSocket } from "./socket-helpers";
import { START, signIdentity, upgradeStatus, userHash, widgetWorkspace } from "./widget-helpers";

/** A widget workspace with an identity secret. */
async function withSecret() {
  const ws = await widgetWorkspace();
  const res = await ws.api("POST", "/api/v1/widget/identity/secret");
  expect(res.status).toBe(201);
  return { ...ws, secret: res.body.secret as string };
}

const customerOf = async (api: ApiClient, id: string) =>
  (await api("GET", `/api/v1/conversations/${id}`)).body.customer;

describe("identity verification: the company's server vouches for its signed-in user", () => {
  it("a signed identity token makes the customer verified, with trusted attributes; the page's stay unverified", async () => {
    const { widget, api, secret } = await withSecret();
    const identityToken = await signIdentity(secret, {
      sub: "user-42",
      email: "ada@example.com",
      name: "Ada",
      attributes: { plan: "enterprise" },
    });
    const res = await widget("POST", START, {
      identityToken,
      customer: { name: "Mallory", attributes: { vip: true } },
    });
    expect(res.status).toBe(201);
    expect(await customerOf(api, res.body.id)).toEqual({
      id: "user-42",
      name: "Ada",
      email: "ada@example.com",
      attributes: { plan: "enterprise" },
      unverifiedAttributes: { vip: true },
      verified: ["id", "name", "email", "attributes"],
    });
  });

  it("userId with its HMAC verifies the id only", async () => {
    const { widget, api, secret } = await withSecret();
    const res = await widget("POST", START, {
      userId: "user-7",
      userHash: await userHash(secret, "user-7"),
      customer: { name: "Bob" },
    });
    expect(res.status).toBe(201);
    expect(await customerOf(api, res.body.id)).toEqual({ id: "user-7", name: "Bob", verified: ["id"] });
  });

  it("refuses a forged, unsigned, expired or half claim with 401 naming the field and why", async () => {
    const { widget, secret } = await withSecret();
    const refused = async (body: unknown) => {
      const res = await widget("POST", START, body);
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe("identity_invalid");
      return res.body.error.details[0];
    };
    expect(await refused({ identityToken: await signIdentity("not the secret", { sub: "u" }) })).toEqual({
      field: "identityToken",
      reason: "signature does not match the workspace's identity secret",
    });
    const none = await signIdentity(secret, { sub: "u" }, { alg: "none" });
    expect((await refused({ identityToken: none })).reason).toBe("must be signed with HS256");
    const old = await signIdentity(secret, { sub: "u", exp: Math.floor(Date.now() / 1000) - 3600 });
    expect((await refused({ identityToken: old })).reason).toBe("has expired (exp)");
    expect((await refused({ identityToken: "abc" })).field).toBe("identityToken");
    expect((await refused({ userId: "u", userHash: await userHash(secret, "someone-else") })).field).toBe(
      "userHash",
    );
    expect((await refused({ userId: "u" })).field).toBe("userHash");
  });

  it("a verified customer finds their conversation again on another device; an unverified claim never does", async () => {
    const { widget, secret } = await withSecret();
    const first = await widget("POST", START, {
      identityToken: await signIdentity(secret, { sub: "user-9" }),
    });
    const socket = await openSocket(first.body.id, first.body.customerToken);
    try {
      socket.send({ type: "message", clientId: "c-1", text: "my order #123 never arrived" });
      await socket.waitFor(() => socket.messages().some((m) => m.clientId === "c-1"));
    } finally {
      socket.close();
    }
    const again = await widget("POST", START, {
      userId: "user-9",
      userHash: await userHash(secret, "user-9"),
    });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    const other = await openSocket(again.body.id, again.body.customerToken);
    try {
      await other.waitFor(() => other.messages().some((m) => m.text === "my order #123 never arrived"));
    } finally {
      other.close();
    }
    const stranger = await widget("POST", START, { customer: { name: "user-9" } });
    expect(stranger.status).toBe(201);
    expect(stranger.body.id).not.toBe(first.body.id);
  });

  it("only a verified vip attribute gives a head start in the line", async () => {
    const { widget, api, secret } = await withSecret();
    const REFUND = "I was charged twice and I want a refund";
    const priorityOf = async (id: string) => {
      await api("POST", `/api/v1/conversations/${id}/messages`, { text: REFUND });
      const line = (await api("GET", "/api/v1/queue")).body;
      return line.waiting.find((w: { conversationId: string }) => w.conversationId === id).priority;
    };
    const vip = await widget("POST", START, {
      identityToken: await signIdentity(secret, { sub: "vip-1", attributes: { vip: true } }),
    });
    const claimed = await widget("POST", START, { customer: { attributes: { vip: true } } });
    expect(await priorityOf(vip.body.id)).toBeGreaterThan((await priorityOf(claimed.body.id)) + 200);
  });
});

describe("a workspace that enforces verification", () => {
  it("cannot enforce without a secret, and only managers change it", async () => {
    const { api } = await widgetWorkspace();
    const res = await api("PUT", "/api/v1/widget/identity", { enforce: true });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].field).toBe("enforce");
    expect((await api("GET", "/api/v1/widget/identity")).body).toEqual({ enforce: false, hasSecret: false });
    const agent = await signedInAgent(api, { name: "Plain agent" });
    expect((await agent.session("POST", "/api/v1/widget/identity/secret")).status).toBe(403);
    expect((await agent.session("PUT", "/api/v1/widget/identity", { enforce: false })).status).toBe(403);
  });

  it("refuses unverified visitors: no new chat, and an open one's socket no longer connects, so they cannot write", async () => {
    const { widget, api, secret } = await withSecret();
    const before = await widget("POST", START, { customer: { name: "Early" } });
    expect(await upgradeStatus(before.body.id, before.body.customerToken)).toBe(101);
    const verified = await widget("POST", START, { userId: "u-1", userHash: await userHash(secret, "u-1") });

    expect((await api("PUT", "/api/v1/widget/identity", { enforce: true })).body).toEqual({
      enforce: true,
      hasSecret: true,
    });
    const refused = await widget("POST", START, { customer: { name: "Late" } });
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe("identity_required");
    expect(await upgradeStatus(before.body.id, before.body.customerToken)).toBe(403);
    const session = await widget("GET", "/api/v1/widget/session", undefined, {
      authorization: `Bearer ${before.body.customerToken}`,
    });
    expect(session.status).toBe(403);
    expect(session.body.error.code).toBe("identity_required");
    expect(await upgradeStatus(verified.body.id, verified.body.customerToken)).toBe(101);
  });
});
