import { env } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { signConversationToken } from "../../workers/auth/conversation-token";
import { getDb } from "../../workers/db/client";
import { widgetKeys } from "../../workers/db/schema/index";
import { TEST_SECRETS } from "../secrets";
import { START, upgradeStatus, widgetWorkspace } from "./widget-helpers";

const SHOP = "https://shop.example";

describe("the widget key's rules hold on the socket too, not only when the chat starts", () => {
  it("a page of another origin cannot open the chat's socket with a token it got hold of", async () => {
    const { widget } = await widgetWorkspace([SHOP]);
    const { body } = await widget("POST", START, {}, { origin: SHOP });
    expect(await upgradeStatus(body.id, body.customerToken, SHOP)).toBe(101);
    expect(await upgradeStatus(body.id, body.customerToken, "https://evil.example")).toBe(403);
    expect(await upgradeStatus(body.id, body.customerToken)).toBe(403);
  });

  it("a revoked key closes its chats: the socket and the session check both answer 401", async () => {
    const { widget, key } = await widgetWorkspace();
    const { body } = await widget("POST", START);
    const session = () =>
      widget("GET", "/api/v1/widget/session", undefined, { authorization: `Bearer ${body.customerToken}` });
    expect((await session()).body).toEqual({ conversationId: body.id, verified: false });
    await getDb(env.DB)
      .update(widgetKeys)
      .set({ revokedAt: new Date().toISOString() })
      .where(eq(widgetKeys.key, key));
    expect(await upgradeStatus(body.id, body.customerToken)).toBe(401);
    expect((await session()).status).toBe(401);
  });

  it("an expired token is told so (401 token_invalid), so the widget starts afresh instead of retrying", async () => {
    const { widget, id: ws } = await widgetWorkspace();
    const { body } = await widget("POST", START);
    const expired = await signConversationToken(TEST_SECRETS.TOKEN_SECRET, {
      ws,
      conv: body.id,
      sub: "customer",
      exp: Math.floor(Date.now() / 1000) - 60,
    });
    expect(await upgradeStatus(body.id, expired)).toBe(401);
    const res = await widget("GET", "/api/v1/widget/session", undefined, {
      authorization: `Bearer ${expired}`,
    });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("token_invalid");
  });
});
