import { eq } from "drizzle-orm";
import { DEFAULT_RULES, type Rules, RulesSchema } from "../domain/rules";
import type { Db } from "./client";
import { workspaces } from "./schema/index";

/** The workspace's rules; the defaults when none were saved (or what was saved no longer validates). */
export async function loadRules(db: Db, workspaceId: string): Promise<Rules> {
  const row = await db
    .select({ rules: workspaces.rules })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId))
    .get();
  const parsed = RulesSchema.safeParse(row?.rules);
  return parsed.success ? parsed.data : DEFAULT_RULES;
}

export async function saveRules(db: Db, workspaceId: string, rules: Rules): Promise<void> {
  await db.update(workspaces).set({ rules }).where(eq(workspaces.id, workspaceId));
}
