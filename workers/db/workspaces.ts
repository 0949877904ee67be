import { apiKeyPrefix, hashApiKey } from "../auth/api-keys";
import type { Db } from "./client";
import { apiKeys, workspaces } from "./schema";

/**
 * Creates a workspace with one API key, or leaves an existing one as it is (same id): used by the demo seed
 * and by tests, so both set workspaces up exactly as production does.
 */
export async function ensureWorkspace(
  db: Db,
  input: { id: string; name: string; apiKey: string },
): Promise<void> {
  const now = new Date().toISOString();
  const keyHash = await hashApiKey(input.apiKey);
  await db.batch([
    db.insert(workspaces).values({ id: input.id, name: input.name, createdAt: now }).onConflictDoNothing(),
    db
      .insert(apiKeys)
      .values({
        id: `key_${keyHash.slice(0, 16)}`,
        workspaceId: input.id,
        name: "Default key",
        keyHash,
        prefix: apiKeyPrefix(input.apiKey),
        createdAt: now,
      })
      .onConflictDoNothing(),
  ]);
}
