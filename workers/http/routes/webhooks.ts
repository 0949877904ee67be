import { createRoute, z } from "@hono/zod-openapi";
import { webhooksObject } from "../../../durable-objects/stubs";
import { getDb } from "../../db/client";
import { createEndpoint, deleteEndpoint, getEndpoint, liveEndpoints } from "../../db/webhooks";
import {
  CreatedWebhookSchema,
  CreateWebhookSchema,
  DeliveryListQuerySchema,
  DeliverySchema,
  WebhookSchema,
} from "../../protocol/webhooks";
import { notFound } from "../errors";
import { requireManager } from "../middleware/auth";
import { createApi, errorResponses, failure, IdParam, json, jsonBody } from "../openapi";

const DeliveryParams = IdParam.extend({
  deliveryId: z.string().openapi({ param: { name: "deliveryId", in: "path" } }),
});

const manage = { ...errorResponses, 403: failure("An agent who is not a supervisor") };

function publicView(row: { id: string; url: string; events: string[]; createdAt: string }) {
  return WebhookSchema.parse(row);
}

async function requireEndpoint(env: Env, workspaceId: string, id: string) {
  const endpoint = await getEndpoint(getDb(env.DB), workspaceId, id);
  if (!endpoint) throw notFound("webhook");
  return endpoint;
}

/** Webhook endpoints, their delivery log and redelivery: integrations and supervisors only. */
export const webhookRoutes = createApi();
webhookRoutes.use("*", requireManager());

webhookRoutes
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      summary: "Add a webhook endpoint (the answer carries its signing secret, shown once)",
      request: { body: jsonBody(CreateWebhookSchema) },
      responses: { 201: json(CreatedWebhookSchema, "The new endpoint and its secret"), ...manage },
    }),
    async (c) => {
      const row = await createEndpoint(getDb(c.env.DB), c.get("workspaceId"), c.req.valid("json"));
      await (await webhooksObject(c.env, c.get("workspaceId"))).endpointsChanged();
      return c.json(CreatedWebhookSchema.parse(row), 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      summary: "List webhook endpoints",
      responses: { 200: json(z.object({ webhooks: z.array(WebhookSchema) }), "The endpoints"), ...manage },
    }),
    async (c) => {
      const rows = await liveEndpoints(getDb(c.env.DB), c.get("workspaceId"));
      return c.json({ webhooks: rows.map(publicView) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/{id}",
      summary: "Remove an endpoint: it receives nothing more",
      request: { params: IdParam },
      responses: { 204: { description: "Removed" }, ...manage },
    }),
    async (c) => {
      if (!(await deleteEndpoint(getDb(c.env.DB), c.get("workspaceId"), c.req.valid("param").id)))
        throw notFound("webhook");
      await (await webhooksObject(c.env, c.get("workspaceId"))).endpointsChanged();
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}/deliveries",
      summary: "The endpoint's delivery log, newest first, with every attempt",
      request: { params: IdParam, query: DeliveryListQuerySchema },
      responses: { 200: json(z.object({ deliveries: z.array(DeliverySchema) }), "Deliveries"), ...manage },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { limit, before } = c.req.valid("query");
      await requireEndpoint(c.env, c.get("workspaceId"), id);
      const object = await webhooksObject(c.env, c.get("workspaceId"));
      return c.json({ deliveries: await object.deliveries(id, limit, before) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/deliveries/{deliveryId}/redeliver",
      summary: "Send a delivery again now (same event id, new signature)",
      request: { params: DeliveryParams },
      responses: { 202: json(DeliverySchema, "Queued to be sent now"), ...manage },
    }),
    async (c) => {
      const { id, deliveryId } = c.req.valid("param");
      await requireEndpoint(c.env, c.get("workspaceId"), id);
      const object = await webhooksObject(c.env, c.get("workspaceId"));
      const delivery = (await object.redeliver(id, deliveryId))
        ? await object.delivery(id, deliveryId)
        : null;
      if (!delivery) throw notFound("delivery");
      return c.json(delivery, 202);
    },
  );
