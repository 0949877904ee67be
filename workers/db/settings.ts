import { eq } from "drizzle-orm";
import { DEFAULT_SETTINGS, type WorkspaceSettings, WorkspaceSettingsSchema } from "../domain/settings";
import type { Db } from "./client";
import { workspaces } from "./schema/index";

/**
 * The workspace's settings; the defaults when none were saved (or what was saved no longer validates).
 * Parts added after a document was saved come back with their defaults.
 */
export async function loadSettings(db: Db, workspaceId: string): Promise<WorkspaceSettings> {
  const row = await db
    .select({ settings: workspaces.settings })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId))
    .get();
  const parsed = WorkspaceSettingsSchema.safeParse(row?.settings ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function saveSettings(db: Db, workspaceId: string, settings: WorkspaceSettings): Promise<void> {
  await db.update(workspaces).set({ settings }).where(eq(workspaces.id, workspaceId));
}
