import type { WorkspaceSettings } from "../domain/settings";
import type { KnowledgeDb } from "./knowledge";
import { loadDocument, saveDocument } from "./workspace-config";

/**
 * The workspace's settings; the defaults when none were saved (or when what was saved no longer validates,
 * logged). Parts added after a document was saved come back with their defaults.
 */
export async function loadSettings(db: KnowledgeDb, workspaceId: string): Promise<WorkspaceSettings> {
  return (await loadDocument(db, workspaceId, "settings")).value;
}

export async function saveSettings(
  db: KnowledgeDb,
  workspaceId: string,
  settings: WorkspaceSettings,
): Promise<void> {
  await saveDocument(db, workspaceId, "settings", settings);
}
