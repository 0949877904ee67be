import { DEFAULT_PERSONA, type Persona } from "../../workers/bot/persona";
import { getDb } from "../../workers/db/client";
import { loadPersona } from "../../workers/db/persona";
import { loadRules } from "../../workers/db/rules";
import { loadSettings } from "../../workers/db/settings";
import { DEFAULT_RULES, type Rules } from "../../workers/domain/rules";
import { DEFAULT_SETTINGS, type WorkspaceSettings } from "../../workers/domain/settings";

/**
 * The workspace's rules, persona and settings as a conversation reads them: fresh from D1 on every use
 * (a change applies to the very next message), and while D1 is unreachable the last ones this object saw,
 * or the defaults, so a D1 outage never stops a chat.
 */
export class WorkspaceConfig {
  constructor(
    private readonly db: D1Database,
    private readonly kv: SyncKvStorage,
    private readonly workspaceId: () => string,
  ) {}

  rules(): Promise<Rules> {
    return this.read("rules", loadRules, DEFAULT_RULES);
  }

  persona(): Promise<Persona> {
    return this.read("persona", loadPersona, DEFAULT_PERSONA);
  }

  settings(): Promise<WorkspaceSettings> {
    return this.read("settings", loadSettings, DEFAULT_SETTINGS);
  }

  private async read<T>(
    name: string,
    load: (db: ReturnType<typeof getDb>, workspaceId: string) => Promise<T>,
    fallback: T,
  ): Promise<T> {
    const key = `config:${name}`;
    try {
      const value = await load(getDb(this.db), this.workspaceId());
      this.kv.put(key, value);
      return value;
    } catch (err) {
      console.warn(`workspace ${name} unavailable, using the last known: ${String(err)}`);
      return this.kv.get<T>(key) ?? fallback;
    }
  }
}
