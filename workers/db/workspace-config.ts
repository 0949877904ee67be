import { eq, sql } from "drizzle-orm";
import { namedAfterWorkspace, type Persona } from "../bot/persona";
import {
  type ConfigDocument,
  type ConfigProblem,
  DEFAULT_CONFIG,
  parseStoredConfig,
  parseStoredDocument,
  type WorkspaceConfigDocs,
} from "../domain/workspace-config";
import type { KnowledgeDb } from "./knowledge";
import { workspaces } from "./schema/index";

/** The documents as stored, parsed in one read, with the version they were saved at. */
export interface StoredConfig {
  version: number;
  docs: { [K in ConfigDocument]: WorkspaceConfigDocs[K] | null };
  problems: ConfigProblem[];
}

/** Rules, persona, settings and reps in one read. Null: no such workspace. */
export async function loadWorkspaceConfig(
  db: KnowledgeDb,
  workspaceId: string,
): Promise<StoredConfig | null> {
  const row = await db
    .select({
      version: workspaces.configVersion,
      name: workspaces.name,
      rules: workspaces.rules,
      persona: workspaces.persona,
      settings: workspaces.settings,
      reps: workspaces.reps,
    })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId))
    .get();
  if (!row) return null;
  const { docs, problems } = parseStoredConfig(row);
  const persona = docs.persona && namedAfterWorkspace(docs.persona, row.persona, row.name);
  return { version: row.version, docs: { ...docs, persona }, problems };
}

/** The version the documents were last saved at: the cheap check before using a cached copy. */
export async function loadConfigVersion(db: KnowledgeDb, workspaceId: string): Promise<number | null> {
  const row = await db
    .select({ version: workspaces.configVersion })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId))
    .get();
  return row?.version ?? null;
}

/**
 * One stored document with its problem, if it no longer validates (the API shows it as a warning); the value
 * is then the defaults, which is what a PUT merges into.
 */
export async function loadDocument<K extends ConfigDocument>(
  db: KnowledgeDb,
  workspaceId: string,
  document: K,
): Promise<{ value: WorkspaceConfigDocs[K]; problem: ConfigProblem | null }> {
  const row = await db
    .select({ stored: workspaces[document], name: workspaces.name })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId))
    .get();
  const { value, problem } = parseStoredDocument(document, row?.stored);
  if (problem) console.error(`workspace ${workspaceId}: ${problem.message}`);
  const found = value ?? DEFAULT_CONFIG[document];
  // The persona's default name is the workspace's (the type narrows through the document's name only).
  const named =
    document === "persona" && row ? namedAfterWorkspace(found as Persona, row.stored, row.name) : found;
  return { value: named as WorkspaceConfigDocs[K], problem };
}

/** Saves one document and bumps the version, so every conversation picks it up on its next message. */
export async function saveDocument<K extends ConfigDocument>(
  db: KnowledgeDb,
  workspaceId: string,
  document: K,
  value: WorkspaceConfigDocs[K],
): Promise<void> {
  await db
    .update(workspaces)
    .set({ [document]: value, configVersion: sql`${workspaces.configVersion} + 1` })
    .where(eq(workspaces.id, workspaceId));
}
