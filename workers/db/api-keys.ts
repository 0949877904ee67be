import { and, desc, eq, isNull } from "drizzle-orm";
import { apiKeyPrefix, generateApiKey, hashApiKey } from "../auth/api-keys";
import type { Scope } from "../auth/scopes";
import { newId } from "../domain/ids";
import { type ApiKey, ApiKeySchema } from "../protocol/keys";
import type { Db } from "./client";
import { apiKeys } from "./schema";

/** A key's use is written at most this often, so a busy key costs one write a minute, not one a request. */
const LAST_USED_GRANULARITY_MS = 60_000;

const LISTED = {
  id: apiKeys.id,
  name: apiKeys.name,
  prefix: apiKeys.prefix,
  scopes: apiKeys.scopes,
  createdAt: apiKeys.createdAt,
  lastUsedAt: apiKeys.lastUsedAt,
  revokedAt: apiKeys.revokedAt,
};

/** A new key with these scopes; the key itself is in the answer only. */
export async function createApiKey(
  db: Db,
  workspaceId: string,
  input: { name: string; scopes: Scope[] },
): Promise<ApiKey & { key: string }> {
  const key = generateApiKey();
  const row = {
    id: newId("key"),
    workspaceId,
    name: input.name,
    keyHash: await hashApiKey(key),
    prefix: apiKeyPrefix(key),
    scopes: input.scopes,
    createdAt: new Date().toISOString(),
  };
  await db.insert(apiKeys).values(row);
  return { ...ApiKeySchema.parse({ ...row, lastUsedAt: null, revokedAt: null }), key };
}

/** The workspace's keys, newest first, revoked ones included (they say when). */
export async function listApiKeys(db: Db, workspaceId: string): Promise<ApiKey[]> {
  const rows = await db
    .select(LISTED)
    .from(apiKeys)
    .where(eq(apiKeys.workspaceId, workspaceId))
    .orderBy(desc(apiKeys.createdAt));
  return rows.map((r) => ApiKeySchema.parse(r));
}

/** Revokes a live key of the workspace; false when there is none by that id. */
export async function revokeApiKey(db: Db, workspaceId: string, id: string): Promise<boolean> {
  const done = await db
    .update(apiKeys)
    .set({ revokedAt: new Date().toISOString() })
    .where(and(eq(apiKeys.workspaceId, workspaceId), eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  return done.length > 0;
}

/** The live key a bearer token is, with what `authenticate` needs. One indexed read. */
export async function findApiKey(db: Db, token: string) {
  const row = await db
    .select({
      id: apiKeys.id,
      workspaceId: apiKeys.workspaceId,
      scopes: apiKeys.scopes,
      lastUsedAt: apiKeys.lastUsedAt,
    })
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, await hashApiKey(token)), isNull(apiKeys.revokedAt)))
    .get();
  return row ?? null;
}

/** Records a use, unless one was recorded in the last minute. */
export async function touchApiKey(db: Db, key: { id: string; lastUsedAt: string | null }, now = new Date()) {
  if (key.lastUsedAt && now.getTime() - Date.parse(key.lastUsedAt) < LAST_USED_GRANULARITY_MS) return;
  await db.update(apiKeys).set({ lastUsedAt: now.toISOString() }).where(eq(apiKeys.id, key.id));
}
