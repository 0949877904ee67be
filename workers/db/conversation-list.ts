import { and, desc, eq, gte, lt, or, sql } from "drizzle-orm";
import { z } from "zod";
import { fromBase64Url, toBase64Url } from "../auth/encoding";
import {
  type ConversationStatus,
  ConversationStatusSchema,
  type ConversationSummary,
  ConversationSummarySchema,
} from "../protocol/conversation";
import type { Db } from "./client";
import { conversations } from "./schema";

/** Filters of `GET /conversations`; every one narrows the list, all together. */
export const ConversationListQuerySchema = z.object({
  status: z
    .string()
    .refine(
      (s) => s.split(",").every((x) => ConversationStatusSchema.safeParse(x).success),
      `must be one or several (comma-separated) of ${ConversationStatusSchema.options.join(", ")}`,
    )
    .transform((s) => s.split(",") as ConversationStatus[])
    .optional()
    .meta({ description: "One status or several, comma-separated (`queued,assigned`)" }),
  agentId: z.string().min(1).max(200).optional().meta({ description: "Handed to this agent at some point" }),
  customerId: z.string().min(1).max(200).optional(),
  customerEmail: z.string().min(1).max(320).optional().meta({ description: "Exact e-mail, any letter case" }),
  createdFrom: z.iso.datetime({ offset: true }).optional(),
  createdTo: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(400).optional().meta({ description: "`next` of the previous page" }),
});
export type ConversationListQuery = z.infer<typeof ConversationListQuerySchema>;

const CursorSchema = z.tuple([z.string(), z.string()]);

/** A page's position: the (updatedAt, id) of its last item, so items with the same time are never skipped. */
function encodeCursor(c: ConversationSummary): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify([c.updatedAt, c.id])));
}

/** The position a cursor names, or null when it is not one of ours. */
export function decodeCursor(cursor: string): [string, string] | null {
  const bytes = fromBase64Url(cursor);
  if (!bytes) return null;
  try {
    const parsed = CursorSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Most recently active first, from D1; `next` is null on the last page. */
export async function listConversations(
  db: Db,
  workspaceId: string,
  query: ConversationListQuery,
  after: [string, string] | null,
): Promise<{ conversations: ConversationSummary[]; next: string | null }> {
  const c = conversations;
  const rows = await db
    .select()
    .from(c)
    .where(
      and(
        eq(c.workspaceId, workspaceId),
        query.status ? sql`${c.status} IN ${query.status}` : undefined,
        query.agentId
          ? sql`EXISTS (SELECT 1 FROM handoffs h WHERE h.conversation_id = ${c.id} AND h.workspace_id = ${workspaceId} AND h.agent_id = ${query.agentId})`
          : undefined,
        query.customerId ? sql`json_extract(${c.customer}, '$.id') = ${query.customerId}` : undefined,
        query.customerEmail
          ? sql`lower(json_extract(${c.customer}, '$.email')) = ${query.customerEmail.toLowerCase()}`
          : undefined,
        query.createdFrom ? gte(c.createdAt, new Date(query.createdFrom).toISOString()) : undefined,
        query.createdTo ? lt(c.createdAt, new Date(query.createdTo).toISOString()) : undefined,
        after ? or(lt(c.updatedAt, after[0]), and(eq(c.updatedAt, after[0]), lt(c.id, after[1]))) : undefined,
      ),
    )
    .orderBy(desc(c.updatedAt), desc(c.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit).map((r) => ConversationSummarySchema.parse(r));
  const last = page.at(-1);
  return { conversations: page, next: rows.length > query.limit && last ? encodeCursor(last) : null };
}
