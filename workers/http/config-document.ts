import { z } from "@hono/zod-openapi";
import type { KnowledgeDb } from "../db/knowledge";
import { loadDocument } from "../db/workspace-config";
import type { ConfigDocument, WorkspaceConfigDocs } from "../domain/workspace-config";

/** Added to a document's GET and PUT answers when what was stored no longer validates. */
export const WarningsField = {
  warnings: z
    .array(z.string())
    .optional()
    .openapi({
      description:
        "Present when the stored document no longer validates: what is wrong. Until it is saved again, " +
        "conversations keep the last valid version they saw (new ones: the defaults shown here).",
    }),
};

/** A stored document as its GET answers it: the value in force, with `warnings` when the stored one is invalid. */
export async function documentWithWarnings<K extends ConfigDocument>(
  db: KnowledgeDb,
  workspaceId: string,
  document: K,
): Promise<WorkspaceConfigDocs[K] & { warnings?: string[] }> {
  const { value, problem } = await loadDocument(db, workspaceId, document);
  return problem ? { ...value, warnings: [problem.message] } : value;
}
