import type { Persona } from "../../workers/bot/persona";
import { getDb } from "../../workers/db/client";
import { loadConfigVersion, loadWorkspaceConfig } from "../../workers/db/workspace-config";
import type { Rules } from "../../workers/domain/rules";
import type { WorkspaceSettings } from "../../workers/domain/settings";
import {
  configInForce,
  DEFAULT_CONFIG,
  parseStoredConfig,
  type WorkspaceConfigDocs,
} from "../../workers/domain/workspace-config";

/** The documents in force and the version they were read at. */
type Cached = WorkspaceConfigDocs & { version: number };

const KEY = "config:cached";

/**
 * The workspace's rules, persona and settings as a conversation reads them: cached here (in memory, and in
 * storage for after an eviction) and checked against the workspace's `config_version` with one small read
 * before use, so a PUT applies to the very next message while an unchanged workspace costs no document
 * reads. Checks that overlap (messages arriving together) share one read. A stored document that no
 * longer validates is logged and the last valid one stays in force; while D1 is unreachable the cached
 * copy, or the defaults, so a D1 outage never stops a chat.
 */
export class WorkspaceConfig {
  private cached: Cached | null = null;
  private inflight: Promise<Cached> | null = null;

  constructor(
    private readonly db: D1Database,
    private readonly kv: SyncKvStorage,
    private readonly workspaceId: () => string,
  ) {}

  /** The three documents, current as of this call. */
  current(): Promise<WorkspaceConfigDocs> {
    this.inflight ??= this.refresh().finally(() => {
      this.inflight = null;
    });
    return this.inflight;
  }

  async rules(): Promise<Rules> {
    return (await this.current()).rules;
  }

  async persona(): Promise<Persona> {
    return (await this.current()).persona;
  }

  async settings(): Promise<WorkspaceSettings> {
    return (await this.current()).settings;
  }

  private async refresh(): Promise<Cached> {
    this.cached ??= this.fromStorage();
    const known = this.cached;
    const workspaceId = this.workspaceId();
    try {
      const db = getDb(this.db);
      if (known && (await loadConfigVersion(db, workspaceId)) === known.version) return known;
      const stored = await loadWorkspaceConfig(db, workspaceId);
      if (!stored) return known ?? { ...DEFAULT_CONFIG, version: -1 };
      for (const p of stored.problems) {
        console.error(`workspace ${workspaceId}: ${p.message}; the last valid ${p.document} stay in force`);
      }
      const next = { ...configInForce(stored.docs, known), version: stored.version };
      this.cached = next;
      this.kv.put(KEY, next);
      return next;
    } catch (err) {
      console.warn(`workspace settings unavailable, using the last known: ${String(err)}`);
      return known ?? { ...DEFAULT_CONFIG, version: -1 };
    }
  }

  /** The copy kept before an eviction, if it still validates (it may predate a schema change). */
  private fromStorage(): Cached | null {
    const stored = this.kv.get<Cached>(KEY);
    if (!stored || typeof stored.version !== "number") return null;
    const { docs, problems } = parseStoredConfig(stored);
    return problems.length === 0 ? { ...configInForce(docs, null), version: stored.version } : null;
  }
}
