import { getServerByName } from "partyserver";
import type { ConversationRpc } from "./conversation/rpc";
import type { ImporterRpc } from "./importer/rpc";
import type { QueueRpc } from "./queue/rpc";
import type { WebhooksRpc } from "./webhooks/rpc";

// The classes' own inferred RPC types reach back into the Worker's module graph through `Env`, which the
// compiler cannot resolve; each object's callable surface is named in its rpc.ts instead.

/** A conversation's Durable Object, started (onStart has run) before any call reaches it. */
export async function conversationObject(env: Env, conversationId: string): Promise<ConversationRpc> {
  return (await getServerByName(env.Conversation as never, conversationId)) as unknown as ConversationRpc;
}

/** The workspace's Queue Durable Object. */
export async function queueObject(env: Env, workspaceId: string): Promise<QueueRpc> {
  return (await getServerByName(env.Queue as never, workspaceId)) as unknown as QueueRpc;
}

/** The workspace's Webhooks Durable Object: deliveries and their log. */
export async function webhooksObject(env: Env, workspaceId: string): Promise<WebhooksRpc> {
  return (await getServerByName(env.Webhooks as never, workspaceId)) as unknown as WebhooksRpc;
}

/** A sitemap import's Durable Object: the crawl, one step per alarm. */
export async function importerObject(env: Env, importId: string): Promise<ImporterRpc> {
  return (await getServerByName(env.Importer as never, importId)) as unknown as ImporterRpc;
}
