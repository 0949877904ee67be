import { createRoute } from "@hono/zod-openapi";
import { computeMetrics } from "../../db/metrics";
import { MetricsQuerySchema, MetricsSchema } from "../../protocol/metrics";
import { createApi, errorResponses, json } from "../openapi";

/** The handoff strategy's figures over a date range (docs/metrics.md). */
export const metricsRoutes = createApi();

metricsRoutes.openapi(
  createRoute({
    method: "get",
    path: "/",
    summary:
      "Metrics of the conversations created in [from, to), optionally filtered, with a series per local day",
    request: { query: MetricsQuerySchema },
    responses: { 200: json(MetricsSchema, "The figures"), ...errorResponses },
  }),
  async (c) => {
    return c.json(await computeMetrics(c.env.DB, c.get("workspaceId"), c.req.valid("query")), 200);
  },
);
