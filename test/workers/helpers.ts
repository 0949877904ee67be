import { env, exports } from "cloudflare:workers";
import { expect, vi } from "vitest";
import { generateApiKey } from "../../workers/auth/api-keys";
import { DEFAULT_PERSONA } from "../../workers/bot/persona";
import { getDb } from "../../workers/db/client";
import { savePersona } from "../../workers/db/persona";
import { ensureWorkspace } from "../../workers/db/workspaces";
import { newId } from "../../workers/domain/ids";

export const BASE = "http://baton.test";

/**
 * A fresh workspace with its own API key: tests share storage within a file, so each makes its own. The
 * built-in bot is off unless asked for, so a test controls every message (as a developer posting the
 * bot's replies through REST does).
 */
export async function newWorkspace(name = "Test workspace", options: { bot?: boolean } = {}) {
  const id = newId("ws");
  const apiKey = generateApiKey();
  await ensureWorkspace(getDb(env.DB), { id, name, apiKey });
  if (!options.bot) await savePersona(getDb(env.DB), id, { ...DEFAULT_PERSONA, enabled: false });
  return { id, apiKey, api: client(apiKey) };
}

export type ApiClient = ReturnType<typeof client>;

export function client(apiKey: string | null) {
  return async function api(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const init: RequestInit = {
      method,
      headers: {
        ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
        ...headers,
      },
      // A string or bytes go as they are (a zip upload); anything else as JSON.
      body:
        body === undefined
          ? undefined
          : typeof body === "string" || body instanceof Uint8Array
            ? body
            : JSON.stringify(body),
    };
    const res = await exports.default.fetch(`${BASE}${path}`, init);
    const text = await res.text();
    // biome-ignore lint/suspicious/noExplicitAny: a response body is whatever the assertions check it to be
    let json: any;
    try {
      json = JSON.parse(text);
    } catch {
      json = text;
    }
    return { status: res.status, body: json, headers: res.headers };
  };
}

/**
 * The conversation's detail once the bot's turn on the customer's latest message is over (its answer or
 * the handoff is stored). A customer message posted over REST is answered once the decision is made; the
 * bot's answer follows on its own, as it does for a REST caller reading it later.
 */
export async function afterBotTurn(api: ApiClient, conversationId: string) {
  return vi.waitFor(
    async () => {
      const { body } = await api("GET", `/api/v1/conversations/${conversationId}`);
      expect(body.messages.at(-1)?.role).not.toBe("customer");
      return body;
    },
    { timeout: 5000, interval: 20 },
  );
}
