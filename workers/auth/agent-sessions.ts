import { and, eq, gt } from "drizzle-orm";
import type { Db } from "../db/client";
import { agentSessions, agents } from "../db/schema/index";
import { sha256Hex, toBase64Url } from "./encoding";

const SESSION_TTL_MS = 7 * 24 * 3600 * 1000;
export const SESSION_PREFIX = "as_";

/** Starts an agent-app session; the token is returned once and only its hash is stored. */
export async function createAgentSession(
  db: Db,
  agent: { id: string; workspaceId: string },
  now = Date.now(),
) {
  const token = `${SESSION_PREFIX}${toBase64Url(crypto.getRandomValues(new Uint8Array(32)))}`;
  const expiresAt = new Date(now + SESSION_TTL_MS).toISOString();
  await db.insert(agentSessions).values({
    tokenHash: await sha256Hex(token),
    agentId: agent.id,
    workspaceId: agent.workspaceId,
    createdAt: new Date(now).toISOString(),
    expiresAt,
  });
  return { token, expiresAt };
}

/** The signed-in agent of an unexpired session, or undefined. */
export async function resolveAgentSession(db: Db, token: string, now = Date.now()) {
  return db
    .select({ agentId: agents.id, workspaceId: agents.workspaceId, role: agents.role })
    .from(agentSessions)
    .innerJoin(agents, eq(agents.id, agentSessions.agentId))
    .where(
      and(
        eq(agentSessions.tokenHash, await sha256Hex(token)),
        gt(agentSessions.expiresAt, new Date(now).toISOString()),
      ),
    )
    .get();
}

export async function endAgentSession(db: Db, token: string): Promise<void> {
  await db.delete(agentSessions).where(eq(agentSessions.tokenHash, await sha256Hex(token)));
}
