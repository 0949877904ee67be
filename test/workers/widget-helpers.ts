import { env, exports } from "cloudflare:workers";
import { toBase64Url, toHex } from "../../workers/auth/encoding";
import { getDb } from "../../workers/db/client";
import { ensureWidgetKey } from "../../workers/db/widget-keys";
import { BASE, client, newWorkspace } from "./helpers";

export const START = "/api/v1/widget/conversations";

/** A workspace with a publishable widget key, optionally limited to some origins. */
export async function widgetWorkspace(allowedOrigins: string[] = []) {
  const ws = await newWorkspace("Widget workspace", { bot: true });
  const key = `pk_${crypto.randomUUID().replaceAll("-", "")}`;
  await ensureWidgetKey(getDb(env.DB), { workspaceId: ws.id, key, allowedOrigins });
  return { ...ws, key, widget: client(key) };
}

async function hmac(secret: string, text: string): Promise<ArrayBuffer> {
  const key = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  return crypto.subtle.sign("HMAC", key, new TextEncoder().encode(text));
}

/** What the company's server does: sign its user's identity as a JWT (HS256). */
export async function signIdentity(
  secret: string,
  claims: Record<string, unknown>,
  header: Record<string, unknown> = { alg: "HS256", typ: "JWT" },
): Promise<string> {
  const part = (o: unknown) => toBase64Url(new TextEncoder().encode(JSON.stringify(o)));
  const unsigned = `${part(header)}.${part({ exp: Math.floor(Date.now() / 1000) + 600, ...claims })}`;
  return `${unsigned}.${toBase64Url(await hmac(secret, unsigned))}`;
}

/** The simpler form: the hex HMAC-SHA256 of the user id. */
export async function userHash(secret: string, userId: string): Promise<string> {
  return toHex(await hmac(secret, userId));
}

/** The status a socket upgrade gets (101 when it opens). */
export async function upgradeStatus(conversationId: string, token: string, origin?: string): Promise<number> {
  const res = await exports.default.fetch(
    `${BASE}/parties/conversation/${conversationId}?${new URLSearchParams({ token })}`,
    { headers: { Upgrade: "websocket", ...(origin ? { origin } : {}) } },
  );
  res.webSocket?.accept();
  res.webSocket?.close(1000, "done");
  return res.status;
}
