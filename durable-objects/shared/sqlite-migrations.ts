/**
 * Numbered schema steps for a Durable Object's SQLite, the version recorded in a one-row table
 * (`_schema_version`; Durable Objects refuse `PRAGMA user_version` with SQLITE_AUTH): an object created
 * by older code runs only the steps it has not seen, so a column added later reaches it through a step
 * instead of a `CREATE TABLE IF NOT EXISTS` that an existing table ignores. Step N brings the schema to
 * version N; steps are only ever appended, never edited once shipped.
 */
export type MigrationStep = (sql: SqlStorage) => void;

/** What a migration run needs from the object's storage (narrow, so the runner is tested without workerd). */
export interface MigrationTarget {
  version(): number;
  setVersion(version: number): void;
  transaction<T>(fn: () => T): T;
  /** Runs one step. */
  run(step: MigrationStep): void;
}

/**
 * Runs the steps after the stored version, all in one transaction: either the object ends at the newest
 * version or it stays exactly as it was. Refuses to open an object written by newer code than this one
 * (after a rollback), rather than guessing at a schema it does not know.
 */
export function runMigrations(
  target: MigrationTarget,
  steps: readonly MigrationStep[],
): { from: number; to: number } {
  return target.transaction(() => {
    const from = target.version();
    if (from > steps.length) {
      throw new Error(`storage is at schema version ${from}, newer than this code's ${steps.length}`);
    }
    for (const step of steps.slice(from)) target.run(step);
    if (from !== steps.length) target.setVersion(steps.length);
    return { from, to: steps.length };
  });
}

/** The migration target of a Durable Object's storage. An object without the table is at version 0. */
export function storageTarget(storage: DurableObjectStorage): MigrationTarget {
  const sql = storage.sql;
  return {
    version: () => {
      sql.exec("CREATE TABLE IF NOT EXISTS _schema_version (version INTEGER NOT NULL)");
      return sql.exec<{ v: number | null }>("SELECT MAX(version) AS v FROM _schema_version").one().v ?? 0;
    },
    setVersion: (version) => {
      sql.exec("DELETE FROM _schema_version");
      sql.exec("INSERT INTO _schema_version (version) VALUES (?)", version);
    },
    transaction: (fn) => storage.transactionSync(fn),
    run: (step) => step(sql),
  };
}
