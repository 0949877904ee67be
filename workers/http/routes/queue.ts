import { createRoute } from "@hono/zod-openapi";
import { queueObject } from "../../../durable-objects/stubs";
import { QueueSnapshotSchema } from "../../protocol/queue-frames";
import { createApi, errorResponses, json } from "../openapi";

export const queueRoutes = createApi().openapi(
  createRoute({
    method: "get",
    path: "/",
    summary: "The line: who waits (position, estimated wait, priority), agents' status and load",
    responses: { 200: json(QueueSnapshotSchema, "The workspace's queue now"), ...errorResponses },
  }),
  async (c) => c.json(await (await queueObject(c.env, c.get("workspaceId"))).snapshot(), 200),
);
