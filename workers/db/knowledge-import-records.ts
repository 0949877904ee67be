import { and, desc, eq } from "drizzle-orm";
import { newId } from "../domain/ids";
import { type ImportRecord, type ImportReport, ImportReportSchema } from "../import/report";
import type { Db } from "./client";
import { knowledgeImports } from "./schema/index";

export type ImportKind = (typeof knowledgeImports.$inferSelect)["kind"];
export type ImportStatus = (typeof knowledgeImports.$inferSelect)["status"];

const toRecord = (row: typeof knowledgeImports.$inferSelect): ImportRecord => ({
  id: row.id,
  kind: row.kind,
  source: row.source,
  status: row.status,
  report: ImportReportSchema.parse(row.report),
  createdAt: row.createdAt,
  finishedAt: row.finishedAt,
});

export async function createImportRecord(
  db: Db,
  workspaceId: string,
  init: { kind: ImportKind; source: string; status: ImportStatus; report: ImportReport },
): Promise<ImportRecord> {
  const now = new Date().toISOString();
  const row = {
    id: newId("imp"),
    workspaceId,
    ...init,
    createdAt: now,
    finishedAt: init.status === "running" ? null : now,
  };
  await db.insert(knowledgeImports).values(row);
  return toRecord(row);
}

export async function updateImportRecord(
  db: Db,
  workspaceId: string,
  id: string,
  change: { status: ImportStatus; report: ImportReport },
): Promise<void> {
  const finishedAt = change.status === "running" ? null : new Date().toISOString();
  await db
    .update(knowledgeImports)
    .set({ ...change, finishedAt })
    .where(and(eq(knowledgeImports.workspaceId, workspaceId), eq(knowledgeImports.id, id)));
}

export async function getImportRecord(db: Db, workspaceId: string, id: string): Promise<ImportRecord | null> {
  const row = await db
    .select()
    .from(knowledgeImports)
    .where(and(eq(knowledgeImports.workspaceId, workspaceId), eq(knowledgeImports.id, id)))
    .get();
  return row ? toRecord(row) : null;
}

/** The workspace's latest imports, newest first. */
export async function listImportRecords(db: Db, workspaceId: string, limit: number): Promise<ImportRecord[]> {
  const rows = await db
    .select()
    .from(knowledgeImports)
    .where(eq(knowledgeImports.workspaceId, workspaceId))
    .orderBy(desc(knowledgeImports.createdAt), desc(knowledgeImports.id))
    .limit(limit);
  return rows.map(toRecord);
}
