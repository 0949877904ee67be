import { and, eq, gt, inArray, lte } from "drizzle-orm";
import type { Db } from "../db/client";
import { agentSessions, agents } from "../db/schema/index";
import { sha256Hex, toBase64Url } from "./encoding";

const SESSION_TTL_MS = 7 * 24 * 3600 * 1000;
/** Expired sessions removed per sign-in: more than one sign-in adds, so the table never grows with them. */
const SWEEP = 100;
export const SESSION_PREFIX = "as_";

/** Starts an agent-app session; the token is returned once and only its hash is stored. */
export async function createAgentSession(
  db: Db,
  agent: { id: string; workspaceId: string },
  now = Date.now(),
) {
  const token = `${SESSION_PREFIX}${toBase64Url(crypto.getRandomValues(new Uint8Array(32)))}`;
  const expiresAt = new Date(now + SESSION_TTL_MS).toISOString();
  await sweepExpiredSessions(db, now);
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

/**
 * Deletes up to SWEEP expired sessions (of any workspace: they open nothing). An expired session is
 * already refused; removing it keeps the table to the sessions that can still be used.
 */
export async function sweepExpiredSessions(db: Db, now = Date.now()): Promise<void> {
  const expired = db
    .select({ tokenHash: agentSessions.tokenHash })
    .from(agentSessions)
    .where(lte(agentSessions.expiresAt, new Date(now).toISOString()))
    .limit(SWEEP);
  await db.delete(agentSessions).where(inArray(agentSessions.tokenHash, expired));
}
