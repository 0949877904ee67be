import { createRoute, z } from "@hono/zod-openapi";
import { getDb } from "../../db/client";
import {
  createWidgetKey,
  listWidgetKeys,
  revokeWidgetKey,
  setWidgetKeyOrigins,
} from "../../db/widget-key-admin";
import { WidgetKeyBodySchema, WidgetKeySchema } from "../../protocol/keys";
import { notFound } from "../errors";
import { requireManager } from "../middleware/auth";
import { createApi, errorResponses, failure, IdParam, json, jsonBody } from "../openapi";

const manage = {
  ...errorResponses,
  403: failure("An agent who is not a supervisor, or a key without `admin`"),
};

/** The chat widget's publishable keys and the page origins each may be used from. */
export const widgetKeyRoutes = createApi();
widgetKeyRoutes.use("*", requireManager());

widgetKeyRoutes
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      summary: "Create a publishable widget key, optionally limited to some page origins",
      request: { body: jsonBody(WidgetKeyBodySchema) },
      responses: { 201: json(WidgetKeySchema, "The key"), ...manage },
    }),
    async (c) => {
      const { allowedOrigins } = c.req.valid("json");
      return c.json(await createWidgetKey(getDb(c.env.DB), c.get("workspaceId"), allowedOrigins), 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      summary: "List the workspace's widget keys",
      responses: { 200: json(z.object({ widgetKeys: z.array(WidgetKeySchema) }), "The keys"), ...manage },
    }),
    async (c) => c.json({ widgetKeys: await listWidgetKeys(getDb(c.env.DB), c.get("workspaceId")) }, 200),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/{id}/origins",
      summary: "Replace the page origins a widget key may be used from (empty: any)",
      request: { params: IdParam, body: jsonBody(WidgetKeyBodySchema) },
      responses: { 200: json(WidgetKeySchema, "The key"), ...manage },
    }),
    async (c) => {
      const key = await setWidgetKeyOrigins(
        getDb(c.env.DB),
        c.get("workspaceId"),
        c.req.valid("param").id,
        c.req.valid("json").allowedOrigins,
      );
      if (!key) throw notFound("widget key");
      return c.json(key, 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/{id}",
      summary: "Revoke a widget key: pages using it can no longer start conversations",
      request: { params: IdParam },
      responses: { 204: { description: "Revoked" }, ...manage },
    }),
    async (c) => {
      if (!(await revokeWidgetKey(getDb(c.env.DB), c.get("workspaceId"), c.req.valid("param").id)))
        throw notFound("widget key");
      return c.body(null, 204);
    },
  );
