import { createRoute } from "@hono/zod-openapi";
import { toHex } from "../../auth/encoding";
import { getDb } from "../../db/client";
import { loadWidgetIdentity, saveWidgetIdentity } from "../../db/widget-identity";
import {
  WidgetIdentityPatchSchema,
  WidgetIdentitySecretSchema,
  WidgetIdentityViewSchema,
} from "../../protocol/widget";
import { ApiError } from "../errors";
import { requireManager } from "../middleware/auth";
import { tellOpenConversations } from "../open-conversations";
import { createApi, errorResponses, json, jsonBody } from "../openapi";

/** The workspace's identity verification for the widget: its secret and whether it is enforced. */
export const widgetIdentityRoutes = createApi();
widgetIdentityRoutes.use("*", requireManager());

widgetIdentityRoutes
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      summary: "Identity verification for the widget: enforced or not, and whether a secret exists",
      responses: { 200: json(WidgetIdentityViewSchema, "The settings"), ...errorResponses },
    }),
    async (c) => {
      const { secret, enforce } = await loadWidgetIdentity(getDb(c.env.DB), c.get("workspaceId"));
      return c.json({ enforce, hasSecret: secret !== null }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/",
      summary: "Enforce identity verification, or stop",
      description:
        "Enforced, the widget refuses every visitor your server did not sign: no new chat, and the sockets of chats they already have close before this answers, so their next message is refused. Needs a secret first (400 otherwise).",
      request: { body: jsonBody(WidgetIdentityPatchSchema) },
      responses: { 200: json(WidgetIdentityViewSchema, "The settings now"), ...errorResponses },
    }),
    async (c) => {
      const db = getDb(c.env.DB);
      const { enforce } = c.req.valid("json");
      const { secret } = await loadWidgetIdentity(db, c.get("workspaceId"));
      if (enforce && secret === null) {
        throw new ApiError(
          400,
          "invalid_request",
          "Create an identity secret before enforcing verification",
          [{ field: "enforce", reason: "needs an identity secret: POST /api/v1/widget/identity/secret" }],
        );
      }
      await saveWidgetIdentity(db, c.get("workspaceId"), { enforce });
      // Sockets already open were checked when they connected: close the unverified ones now.
      if (enforce)
        await tellOpenConversations(c.env, c.get("workspaceId"), (conv) =>
          conv.refuseUnverified(c.get("workspaceId")),
        );
      return c.json({ enforce, hasSecret: secret !== null }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/secret",
      summary: "Create or rotate the identity secret (shown once)",
      description:
        "Your server signs visitors' identities with it: a JWT (HS256) or the hex HMAC-SHA256 of the user id. The previous secret stops working at once.",
      responses: { 201: json(WidgetIdentitySecretSchema, "The new secret"), ...errorResponses },
    }),
    async (c) => {
      const secret = `whs_${toHex(crypto.getRandomValues(new Uint8Array(32)))}`;
      await saveWidgetIdentity(getDb(c.env.DB), c.get("workspaceId"), { secret });
      return c.json({ secret }, 201);
    },
  );
