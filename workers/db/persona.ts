import type { Persona } from "../bot/persona";
import type { KnowledgeDb } from "./knowledge";
import { loadDocument, saveDocument } from "./workspace-config";

/** The workspace's bot persona; the defaults until one is saved (or when it no longer validates, logged). */
export async function loadPersona(db: KnowledgeDb, workspaceId: string): Promise<Persona> {
  return (await loadDocument(db, workspaceId, "persona")).value;
}

export async function savePersona(db: KnowledgeDb, workspaceId: string, persona: Persona): Promise<void> {
  await saveDocument(db, workspaceId, "persona", persona);
}
