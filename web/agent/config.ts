import { AgentAppConfigSchema } from "../../workers/protocol/app-config";

/** The API's origin once `loadConfig` has read `config.json`; the page's own origin until then. */
let apiOrigin: string | null = null;

/**
 * Reads `config.json` next to the app. A missing file means the API is on this origin (the Worker serving
 * `/app/`); a broken one throws, since guessing would send the agent's password to the wrong place.
 */
export async function loadConfig(): Promise<void> {
  const res = await fetch(new URL("config.json", document.baseURI), { cache: "no-cache" });
  if (res.status === 404) return;
  if (!res.ok) throw new Error(`config.json could not be loaded (HTTP ${res.status})`);
  const parsed = AgentAppConfigSchema.safeParse(await res.json().catch(() => null));
  if (!parsed.success) throw new Error(`config.json is not valid: ${parsed.error.message}`);
  apiOrigin = parsed.data.apiOrigin ?? null;
}

/** The API's address for a path such as `/api/v1/queue`. */
export const apiUrl = (path: string) => new URL(path, apiOrigin ?? location.origin).href;

/** The origin the sockets connect to, as a URL (`host` and `protocol` are what sockets need). */
export const apiBase = () => new URL(apiOrigin ?? location.origin);
