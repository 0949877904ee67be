import { createRoute } from "@hono/zod-openapi";
import { signConversationToken, verifyConversationToken } from "../../auth/conversation-token";
import { isRefusal, type VerifiedIdentity, verifyIdentity } from "../../auth/widget-identity";
import { tokenSecret } from "../../config";
import { getDb } from "../../db/client";
import { loadSettings } from "../../db/settings";
import {
  findCustomerConversation,
  loadWidgetIdentity,
  rememberCustomerConversation,
} from "../../db/widget-identity";
import { checkPrechat, publicPrechat } from "../../domain/prechat";
import { clientIp, enforce } from "../../limits/rate-limit";
import type { Customer } from "../../protocol/conversation";
import {
  customerFromPage,
  WidgetConfigSchema,
  WidgetConversationSchema,
  WidgetSessionSchema,
  type WidgetStart,
  WidgetStartSchema,
} from "../../protocol/widget";
import { ApiError } from "../errors";
import { widgetKeyAuth } from "../middleware/widget-key";
import { createApi, errorResponses, failure, json } from "../openapi";
import { startConversation } from "../start-conversation";
import { customerAccess } from "../widget-access";

/**
 * The chat widget's door: with a publishable key it can start a conversation and nothing else. Everything
 * after that goes over the conversation's socket with the token returned here.
 */
export const widgetRoutes = createApi();
widgetRoutes.use("/conversations", widgetKeyAuth());
widgetRoutes.use("/config", widgetKeyAuth());

/** The customer as the page describes them, with what the company's server vouched for on top. */
function verifiedCustomer(identity: VerifiedIdentity, given: WidgetStart["customer"]): Customer {
  const page = customerFromPage(given);
  return {
    ...page,
    id: identity.userId,
    ...(identity.name ? { name: identity.name } : {}),
    ...(identity.email ? { email: identity.email } : {}),
    ...(identity.attributes ? { attributes: identity.attributes } : {}),
    verified: identity.verified,
  };
}

widgetRoutes.openapi(
  createRoute({
    method: "post",
    path: "/conversations",
    summary: "Start a conversation from the chat widget",
    description:
      "Authenticated by the workspace's publishable widget key (`Authorization: Bearer pk_…`), never the secret API key. The page's Origin must be in the key's allowed list when it has one. " +
      "To chat as a signed-in user, pass the identity your server signed with the workspace's identity secret: `identityToken` (JWT, HS256) or `userId` + `userHash`. " +
      "A verified user gets their latest conversation back (200), on any device; a workspace that enforces verification refuses everyone else (401 `identity_required`). " +
      "When the workspace has a pre-chat form (`GET /widget/config`), its required fields and a `topic` are checked (400 naming the field); the topic routes the conversation.",
    security: [],
    request: {
      body: { content: { "application/json": { schema: WidgetStartSchema } }, required: false },
    },
    responses: {
      ...errorResponses,
      200: json(WidgetConversationSchema, "The verified customer's latest conversation, resumed"),
      201: json(WidgetConversationSchema, "The conversation and its socket token"),
      401: failure(
        "Invalid widget key; `identity_invalid` (the signed identity does not verify: `details` names the field and why); `identity_required` (the workspace enforces verification)",
      ),
      403: failure("The page's origin is not allowed for this key"),
    },
  }),
  async (c) => {
    const body = c.req.valid("json") ?? {};
    const ip = clientIp(c.req.raw);
    if (ip) await enforce(c, "LIMIT_STARTS_PER_IP", ip);
    await enforce(c, "LIMIT_STARTS_PER_KEY", c.get("workspaceId"));
    const workspaceId = c.get("workspaceId");
    const db = getDb(c.env.DB);
    const settings = await loadWidgetIdentity(db, workspaceId);
    const identity = await verifyIdentity(settings.secret, body);
    if (isRefusal(identity)) {
      throw new ApiError(401, "identity_invalid", `${identity.field} ${identity.reason}`, [identity]);
    }
    if (!identity && settings.enforce) {
      throw new ApiError(
        401,
        "identity_required",
        "This workspace chats only with signed-in customers: send identityToken, or userId with userHash",
        [{ field: "identityToken", reason: "is required by this workspace" }],
      );
    }
    const claims = { key: c.get("widgetKey").id, ...(identity ? { idv: true as const } : {}) };
    if (identity) {
      const existing = await findCustomerConversation(db, workspaceId, identity.userId);
      if (existing) {
        const customerToken = await signConversationToken(tokenSecret(c.env), {
          ws: workspaceId,
          conv: existing,
          sub: "customer",
          ...claims,
        });
        return c.json({ id: existing, customerToken }, 200);
      }
    }
    const given = identity ? verifiedCustomer(identity, body.customer) : customerFromPage(body.customer);
    // The pre-chat form's answers: the name and email are the customer's own words (never marked verified).
    const form = checkPrechat((await loadSettings(db, workspaceId)).prechat, given, body.topic);
    if ("problems" in form) {
      const [first] = form.problems;
      throw new ApiError(400, "invalid_request", `${first?.field} ${first?.reason}`, form.problems);
    }
    const customer = form.topic ? { ...given, topic: { id: form.topic.id, label: form.topic.label } } : given;
    const { id, customerToken } = await startConversation(c.env, workspaceId, customer, body.repId, claims);
    if (identity) await rememberCustomerConversation(db, workspaceId, identity.userId, id);
    return c.json({ id, customerToken }, 201);
  },
);

widgetRoutes.openapi(
  createRoute({
    method: "get",
    path: "/config",
    summary: "What the widget shows before a chat starts: the workspace's pre-chat form, if any",
    description:
      "Authenticated by the publishable widget key, from an allowed Origin. Topics come with their labels only; where they route stays internal.",
    security: [],
    responses: {
      ...errorResponses,
      200: json(WidgetConfigSchema, "The widget's configuration"),
      401: failure("Invalid widget key"),
      403: failure("The page's origin is not allowed for this key"),
    },
  }),
  async (c) => {
    const { prechat } = await loadSettings(getDb(c.env.DB), c.get("workspaceId"));
    return c.json({ prechat: prechat && publicPrechat(prechat) }, 200);
  },
);

widgetRoutes.openapi(
  createRoute({
    method: "get",
    path: "/session",
    summary: "Whether the widget's conversation token still opens its chat",
    description:
      "`Authorization: Bearer <customerToken>`. The widget asks when its socket cannot connect: 401 means start a new conversation (the token expired), 403 says why this page or visitor may not chat.",
    security: [],
    responses: {
      200: json(WidgetSessionSchema, "The token is good"),
      401: failure("`token_invalid`: the token is expired, forged, or its widget key was revoked"),
      403: failure("`origin_not_allowed` or `identity_required`"),
    },
  }),
  async (c) => {
    const token = /^Bearer\s+(\S+)$/i.exec(c.req.header("authorization") ?? "")?.[1] ?? "";
    const claims = await verifyConversationToken(tokenSecret(c.env), token);
    if (claims?.sub !== "customer") {
      throw new ApiError(401, "token_invalid", "This chat's token has expired: start a new conversation");
    }
    const refused = await customerAccess(getDb(c.env.DB), claims, c.req.header("origin"));
    if (refused) throw new ApiError(refused.status, refused.code, refused.message);
    return c.json({ conversationId: claims.conv, verified: claims.idv === true }, 200);
  },
);
