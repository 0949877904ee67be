import { configProblem } from "./config";
import { createApp } from "./http/app";
import { routeSocket } from "./http/sockets";

export { ConversationServer } from "../durable-objects/conversation/conversation-server";
export { ImporterServer } from "../durable-objects/importer/importer-server";
export { QueueServer } from "../durable-objects/queue/queue-server";
export { WebhooksServer } from "../durable-objects/webhooks/webhooks-server";

const app = createApp();

export default {
  async fetch(request, env, ctx) {
    // Fail closed: a Worker without a safe token secret serves nothing that signs or checks tokens.
    const problem = configProblem(env);
    if (problem) {
      console.error(`refusing to serve: ${problem}`);
      return Response.json(
        { error: { code: "misconfigured", message: `This deployment is not configured: ${problem}` } },
        { status: 503 },
      );
    }
    if (request.headers.get("Upgrade")?.toLowerCase() === "websocket") {
      return (await routeSocket(request, env)) ?? new Response("Not found", { status: 404 });
    }
    return app.fetch(request, env, ctx);
  },
} satisfies ExportedHandler<Env>;
