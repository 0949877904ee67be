import type { TransferTarget } from "./requeue";

/** What a transfer may name: the workspace's agents (with their skills) and teams (with their members). */
export interface TransferRoster {
  agents: readonly { id: string; skills: readonly string[] }[];
  teams: readonly { id: string; agentIds: readonly string[] }[];
}

/** Why a transfer target was refused, naming the request field as the API's 400 does. */
export interface TargetProblem {
  field: "teamId" | "agentId" | "skill";
  reason: string;
}

/**
 * Whether someone could ever take a conversation sent to `target`: a team that exists and has members, an
 * agent of the workspace, a skill at least one agent has (`null`, anyone, always can). A transfer to a
 * target nobody can serve would sit in the line until it widens, with the customer told to wait.
 */
export function transferTargetProblem(target: TransferTarget, roster: TransferRoster): TargetProblem | null {
  if ("teamId" in target) {
    const team = roster.teams.find((t) => t.id === target.teamId);
    if (!team) return { field: "teamId", reason: "is not a team of this workspace" };
    if (team.agentIds.length === 0) return { field: "teamId", reason: "has no members to take it" };
    return null;
  }
  if ("agentId" in target) {
    return roster.agents.some((a) => a.id === target.agentId)
      ? null
      : { field: "agentId", reason: "is not an agent of this workspace" };
  }
  if (target.skill === null) return null;
  const skill = target.skill.toLowerCase();
  return roster.agents.some((a) => a.skills.some((s) => s.toLowerCase() === skill))
    ? null
    : { field: "skill", reason: `no agent has the skill "${target.skill}"` };
}
