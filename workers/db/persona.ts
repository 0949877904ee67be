import { eq } from "drizzle-orm";
import { type Persona, personaFrom } from "../bot/persona";
import type { KnowledgeDb } from "./knowledge";
import { workspaces } from "./schema/index";

/** The workspace's bot persona; the defaults until one is saved. */
export async function loadPersona(db: KnowledgeDb, workspaceId: string): Promise<Persona> {
  const row = await db
    .select({ persona: workspaces.persona })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId))
    .get();
  return personaFrom(row?.persona);
}

export async function savePersona(db: KnowledgeDb, workspaceId: string, persona: Persona): Promise<void> {
  await db.update(workspaces).set({ persona }).where(eq(workspaces.id, workspaceId));
}
