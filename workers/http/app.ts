import { bodyLimit } from "hono/body-limit";
import { except } from "hono/combine";
import type { AppEnv } from "./context";
import { ApiError, errorResponse, handleError } from "./errors";
import { renderHome } from "./home-page";
import { appCors, openCors } from "./middleware/app-cors";
import { authenticate } from "./middleware/auth";
import { createApi } from "./openapi";
import { renderReference } from "./reference-page";
import { agentTokenRoutes } from "./routes/agent-token";
import { agentRoutes } from "./routes/agents";
import { apiKeyRoutes } from "./routes/api-keys";
import { authRoutes } from "./routes/auth";
import { backtestRoutes } from "./routes/backtest";
import { cannedReplyRoutes } from "./routes/canned-replies";
import { conversationActionRoutes } from "./routes/conversation-actions";
import { conversationRoutes } from "./routes/conversations";
import { evaluateRoutes } from "./routes/evaluate";
import { followupRoutes } from "./routes/followups";
import { handoffRatingRoutes } from "./routes/handoff-ratings";
import { knowledgeRoutes } from "./routes/knowledge";
import { knowledgeImportRoutes, MAX_IMPORT_BODY_BYTES } from "./routes/knowledge-imports";
import { metricsRoutes } from "./routes/metrics";
import { personaRoutes } from "./routes/persona";
import { queueRoutes } from "./routes/queue";
import { repRoutes } from "./routes/reps";
import { rulesRoutes } from "./routes/rules";
import { settingsRoutes } from "./routes/settings";
import { suggestionRoutes } from "./routes/suggestions";
import { teamRoutes } from "./routes/teams";
import { webhookRoutes } from "./routes/webhooks";
import { widgetRoutes } from "./routes/widget";
import { widgetIdentityRoutes } from "./routes/widget-identity";
import { widgetKeyRoutes } from "./routes/widget-keys";
import { workspaceRoutes } from "./routes/workspaces";
import { securityHeaders } from "./security-headers";

/** Requests over this size are refused with 413 before they are read. */
export const MAX_BODY_BYTES = 64 * 1024;

export const OPENAPI_CONFIG = {
  openapi: "3.1.0",
  info: {
    title: "Baton API",
    version: "1.0.0",
    description: "Hand a customer's chat from an AI bot to the right human agent.",
  },
  servers: [{ url: "/" }],
  security: [{ apiKey: [] }],
};

/** Everything under /api/v1 needs a key or a session, except these. */
const PUBLIC_PATHS = [
  "/api/v1/openapi.json",
  "/api/v1/reference",
  "/api/v1/auth/login",
  // The widget's own door, checked by its publishable key (routes/widget.ts).
  "/api/v1/widget/conversations",
  "/api/v1/widget/config",
  // Checked by the customer's conversation token.
  "/api/v1/widget/session",
  // The platform operator's (routes/workspaces.ts), not a workspace's.
  "/api/v1/workspaces",
];

export function createApp() {
  const app = createApi();
  app.onError(handleError);
  app.notFound((c) =>
    errorResponse(c, 404, { code: "not_found", message: `No route for ${c.req.method} ${c.req.path}` }),
  );

  app.use("*", securityHeaders());
  // The widget's door and the OpenAPI document are for any site; the rest only for the agent app's origins.
  const OPEN_PATHS = ["/api/v1/widget/*", "/api/v1/openapi.json"];
  for (const path of OPEN_PATHS) app.use(path, openCors());
  app.use("/api/*", except(OPEN_PATHS, appCors()));
  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw new ApiError(413, "too_large", `The body is over ${maxSize} bytes`);
      },
    });
  // Help-centre uploads are files, larger than anything else the API takes.
  const IMPORT_PATHS = "/api/v1/knowledge/imports/*";
  app.use("/api/*", except(IMPORT_PATHS, limit(MAX_BODY_BYTES)));
  app.use(IMPORT_PATHS, limit(MAX_IMPORT_BODY_BYTES));

  app.openAPIRegistry.registerComponent("securitySchemes", "apiKey", { type: "http", scheme: "bearer" });
  app.openAPIRegistry.registerComponent("securitySchemes", "platformToken", {
    type: "http",
    scheme: "bearer",
    description: "The deployment's PLATFORM_TOKEN secret: the platform operator, above every workspace",
  });
  app.doc31("/api/v1/openapi.json", OPENAPI_CONFIG);
  app.get("/api/v1/reference", (c) => c.html(renderReference(app.getOpenAPI31Document(OPENAPI_CONFIG))));

  app.get("/", (c) => c.html(renderHome()));

  app.use("/api/v1/*", authenticate({ except: PUBLIC_PATHS }));
  app.route("/api/v1/auth", authRoutes);
  app.route("/api/v1/conversations", conversationRoutes);
  app.route("/api/v1/conversations", conversationActionRoutes);
  app.route("/api/v1/conversations", agentTokenRoutes);
  app.route("/api/v1/conversations", handoffRatingRoutes);
  app.route("/api/v1/conversations", suggestionRoutes);
  app.route("/api/v1/canned-replies", cannedReplyRoutes);
  app.route("/api/v1/widget", widgetRoutes);
  app.route("/api/v1/widget/identity", widgetIdentityRoutes);
  app.route("/api/v1/queue", queueRoutes);
  app.route("/api/v1/followups", followupRoutes);
  app.route("/api/v1/agents", agentRoutes);
  app.route("/api/v1/teams", teamRoutes);
  app.route("/api/v1/rules", rulesRoutes);
  app.route("/api/v1/rules", backtestRoutes);
  app.route("/api/v1/settings", settingsRoutes);
  app.route("/api/v1/evaluate", evaluateRoutes);
  // Before /knowledge, whose /{id} would otherwise take "imports" for an article's id.
  app.route("/api/v1/knowledge/imports", knowledgeImportRoutes);
  app.route("/api/v1/knowledge", knowledgeRoutes);
  app.route("/api/v1/persona", personaRoutes);
  app.route("/api/v1/webhooks", webhookRoutes);
  app.route("/api/v1/metrics", metricsRoutes);
  app.route("/api/v1/reps", repRoutes);
  app.route("/api/v1/api-keys", apiKeyRoutes);
  app.route("/api/v1/widget-keys", widgetKeyRoutes);
  app.route("/api/v1/workspaces", workspaceRoutes);
  return app;
}

export type App = ReturnType<typeof createApp>;
export type { AppEnv };
