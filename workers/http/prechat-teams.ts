import type { Db } from "../db/client";
import { listTeams } from "../db/teams";
import type { Prechat } from "../domain/prechat";
import { ApiError } from "./errors";

/** A pre-chat topic may route only to a team of this workspace (400 naming the topic's field otherwise). */
export async function checkTopicTeams(db: Db, workspaceId: string, prechat: Prechat | null): Promise<void> {
  const wanted = prechat?.topics.flatMap((t, i) => (t.teamId ? [{ i, teamId: t.teamId }] : [])) ?? [];
  if (wanted.length === 0) return;
  const known = new Set((await listTeams(db, workspaceId)).map((t) => t.id));
  const details = wanted
    .filter((w) => !known.has(w.teamId))
    .map((w) => ({ field: `prechat.topics[${w.i}].teamId`, reason: "is not a team of this workspace" }));
  const first = details[0];
  if (first) throw new ApiError(400, "invalid_request", `${first.field} ${first.reason}`, details);
}
