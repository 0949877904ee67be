import type { Rules } from "../domain/rules";
import type { KnowledgeDb } from "./knowledge";
import { loadDocument, saveDocument } from "./workspace-config";

/** The workspace's rules; the defaults when none were saved, or when what was saved no longer validates (logged). */
export async function loadRules(db: KnowledgeDb, workspaceId: string): Promise<Rules> {
  return (await loadDocument(db, workspaceId, "rules")).value;
}

export async function saveRules(db: KnowledgeDb, workspaceId: string, rules: Rules): Promise<void> {
  await saveDocument(db, workspaceId, "rules", rules);
}
