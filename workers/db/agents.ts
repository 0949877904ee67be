import { and, asc, eq, inArray } from "drizzle-orm";
import { hashPassword } from "../auth/passwords";
import { newId } from "../domain/ids";
import type { Agent, AgentStatus } from "../protocol/agents";
import type { Db } from "./client";
import { agentSessions, agents, teamMembers } from "./schema/index";

type AgentRow = typeof agents.$inferSelect;

function toAgent(row: AgentRow, teamIds: string[]): Agent {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    skills: row.skills,
    maxConcurrent: row.maxConcurrent,
    role: row.role,
    status: row.status,
    teamIds,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

async function teamIdsOf(db: Db, agentIds: string[]): Promise<Map<string, string[]>> {
  const byAgent = new Map<string, string[]>(agentIds.map((id) => [id, []]));
  if (agentIds.length === 0) return byAgent;
  const rows = await db.select().from(teamMembers).where(inArray(teamMembers.agentId, agentIds));
  for (const r of rows) byAgent.get(r.agentId)?.push(r.teamId);
  return byAgent;
}

export async function listAgents(db: Db, workspaceId: string): Promise<Agent[]> {
  const rows = await db
    .select()
    .from(agents)
    .where(eq(agents.workspaceId, workspaceId))
    .orderBy(asc(agents.name));
  const teams = await teamIdsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toAgent(r, teams.get(r.id) ?? []));
}

export async function getAgentRow(db: Db, workspaceId: string, id: string): Promise<AgentRow | undefined> {
  return db
    .select()
    .from(agents)
    .where(and(eq(agents.workspaceId, workspaceId), eq(agents.id, id)))
    .get();
}

export async function getAgent(db: Db, workspaceId: string, id: string): Promise<Agent | null> {
  const row = await getAgentRow(db, workspaceId, id);
  if (!row) return null;
  return toAgent(row, (await teamIdsOf(db, [id])).get(id) ?? []);
}

export async function findAgentByEmail(
  db: Db,
  workspaceId: string,
  email: string,
): Promise<AgentRow | undefined> {
  return db
    .select()
    .from(agents)
    .where(and(eq(agents.workspaceId, workspaceId), eq(agents.email, email.toLowerCase())))
    .get();
}

export type AgentInput = {
  name?: string;
  email?: string;
  skills?: string[];
  maxConcurrent?: number;
  role?: "agent" | "supervisor";
  password?: string;
};

/** Creates an agent; returns null when the email is already taken in this workspace. */
export async function createAgent(
  db: Db,
  workspaceId: string,
  input: Required<Omit<AgentInput, "password">> & { password?: string; id?: string },
): Promise<Agent | null> {
  if (await findAgentByEmail(db, workspaceId, input.email)) return null;
  const now = new Date().toISOString();
  const row = {
    id: input.id ?? newId("ag"),
    workspaceId,
    name: input.name,
    email: input.email.toLowerCase(),
    skills: input.skills,
    maxConcurrent: input.maxConcurrent,
    role: input.role,
    status: "offline" as const,
    passwordHash: input.password ? await hashPassword(input.password) : null,
    createdAt: now,
    updatedAt: now,
  };
  await db.insert(agents).values(row).onConflictDoNothing();
  return getAgent(db, workspaceId, row.id);
}

/** Applies a partial change; "conflict" when the new email belongs to another agent of the workspace. */
export async function updateAgent(
  db: Db,
  workspaceId: string,
  id: string,
  input: AgentInput,
): Promise<Agent | null | "conflict"> {
  if (!(await getAgentRow(db, workspaceId, id))) return null;
  if (input.email) {
    const other = await findAgentByEmail(db, workspaceId, input.email);
    if (other && other.id !== id) return "conflict";
  }
  const { password, ...fields } = input;
  await db
    .update(agents)
    .set({
      ...fields,
      ...(fields.email ? { email: fields.email.toLowerCase() } : {}),
      ...(password ? { passwordHash: await hashPassword(password) } : {}),
      updatedAt: new Date().toISOString(),
    })
    .where(and(eq(agents.workspaceId, workspaceId), eq(agents.id, id)));
  return getAgent(db, workspaceId, id);
}

export async function setAgentStatus(db: Db, workspaceId: string, id: string, status: AgentStatus) {
  await db
    .update(agents)
    .set({ status, updatedAt: new Date().toISOString() })
    .where(and(eq(agents.workspaceId, workspaceId), eq(agents.id, id)));
  return getAgent(db, workspaceId, id);
}

/** Deletes the agent, their team memberships and their sessions. */
export async function deleteAgent(db: Db, workspaceId: string, id: string): Promise<boolean> {
  if (!(await getAgentRow(db, workspaceId, id))) return false;
  await db.batch([
    db.delete(teamMembers).where(eq(teamMembers.agentId, id)),
    db.delete(agentSessions).where(eq(agentSessions.agentId, id)),
    db.delete(agents).where(and(eq(agents.workspaceId, workspaceId), eq(agents.id, id))),
  ]);
  return true;
}

/**
 * The agents with this email across workspaces, at most `limit`: sign-in without a workspace only needs to
 * know whether there is one, or more than one.
 */
export async function agentsWithEmail(db: Db, email: string, limit: number): Promise<AgentRow[]> {
  return db.select().from(agents).where(eq(agents.email, email.toLowerCase())).limit(limit);
}
