import { and, asc, eq, inArray } from "drizzle-orm";
import { newId } from "../domain/ids";
import type { Team } from "../protocol/agents";
import type { Db } from "./client";
import { agents, teamMembers, teams } from "./schema/index";

type TeamInput = { name?: string; skills?: string[]; agentIds?: string[] };

async function membersOf(db: Db, teamIds: string[]): Promise<Map<string, string[]>> {
  const byTeam = new Map<string, string[]>(teamIds.map((id) => [id, []]));
  if (teamIds.length === 0) return byTeam;
  for (const r of await db.select().from(teamMembers).where(inArray(teamMembers.teamId, teamIds))) {
    byTeam.get(r.teamId)?.push(r.agentId);
  }
  return byTeam;
}

export async function listTeams(db: Db, workspaceId: string): Promise<Team[]> {
  const rows = await db
    .select()
    .from(teams)
    .where(eq(teams.workspaceId, workspaceId))
    .orderBy(asc(teams.name));
  const members = await membersOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...pick(r), agentIds: members.get(r.id) ?? [] }));
}

export async function getTeam(db: Db, workspaceId: string, id: string): Promise<Team | null> {
  const row = await db
    .select()
    .from(teams)
    .where(and(eq(teams.workspaceId, workspaceId), eq(teams.id, id)))
    .get();
  if (!row) return null;
  return { ...pick(row), agentIds: (await membersOf(db, [id])).get(id) ?? [] };
}

/** The ids in `agentIds` that are not agents of this workspace (a team may only hold its own workspace's agents). */
export async function unknownAgentIds(db: Db, workspaceId: string, agentIds: string[]): Promise<string[]> {
  if (agentIds.length === 0) return [];
  const found = await db
    .select({ id: agents.id })
    .from(agents)
    .where(and(eq(agents.workspaceId, workspaceId), inArray(agents.id, agentIds)));
  const known = new Set(found.map((r) => r.id));
  return agentIds.filter((id) => !known.has(id));
}

export async function findTeamByName(db: Db, workspaceId: string, name: string) {
  return db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.workspaceId, workspaceId), eq(teams.name, name)))
    .get();
}

export async function createTeam(
  db: Db,
  workspaceId: string,
  input: Required<TeamInput>,
): Promise<Team | null> {
  const now = new Date().toISOString();
  const id = newId("tm");
  await db.batch([
    db
      .insert(teams)
      .values({ id, workspaceId, name: input.name, skills: input.skills, createdAt: now, updatedAt: now }),
    ...memberInserts(db, workspaceId, id, input.agentIds),
  ]);
  return getTeam(db, workspaceId, id);
}

export async function updateTeam(
  db: Db,
  workspaceId: string,
  id: string,
  input: TeamInput,
): Promise<Team | null> {
  if (!(await getTeam(db, workspaceId, id))) return null;
  const { agentIds, ...fields } = input;
  await db.batch([
    db
      .update(teams)
      .set({ ...fields, updatedAt: new Date().toISOString() })
      .where(and(eq(teams.workspaceId, workspaceId), eq(teams.id, id))),
    ...(agentIds
      ? [
          db.delete(teamMembers).where(eq(teamMembers.teamId, id)),
          ...memberInserts(db, workspaceId, id, agentIds),
        ]
      : []),
  ]);
  return getTeam(db, workspaceId, id);
}

export async function deleteTeam(db: Db, workspaceId: string, id: string): Promise<boolean> {
  if (!(await getTeam(db, workspaceId, id))) return false;
  await db.batch([
    db.delete(teamMembers).where(eq(teamMembers.teamId, id)),
    db.delete(teams).where(and(eq(teams.workspaceId, workspaceId), eq(teams.id, id))),
  ]);
  return true;
}

function memberInserts(db: Db, workspaceId: string, teamId: string, agentIds: string[]) {
  return [...new Set(agentIds)].map((agentId) =>
    db.insert(teamMembers).values({ teamId, agentId, workspaceId }),
  );
}

function pick(r: typeof teams.$inferSelect) {
  return { id: r.id, name: r.name, skills: r.skills, createdAt: r.createdAt, updatedAt: r.updatedAt };
}
