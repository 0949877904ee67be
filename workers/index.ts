import { createApp } from "./http/app";
import { routeSocket } from "./http/sockets";

export { ConversationServer } from "../durable-objects/conversation/conversation-server";
export { QueueServer } from "../durable-objects/queue/queue-server";

const app = createApp();

export default {
  async fetch(request, env, ctx) {
    if (request.headers.get("Upgrade")?.toLowerCase() === "websocket") {
      return (await routeSocket(request, env)) ?? new Response("Not found", { status: 404 });
    }
    return app.fetch(request, env, ctx);
  },
} satisfies ExportedHandler<Env>;
