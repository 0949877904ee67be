import { toBase64Url, toHex } from "../auth/encoding";

/** A receiver refuses a delivery signed longer ago than this (documented in docs/webhooks.md). */
export const REPLAY_WINDOW_SECONDS = 300;

export const SIGNATURE_HEADER = "Baton-Signature";
export const EVENT_ID_HEADER = "Baton-Event-Id";
export const EVENT_TYPE_HEADER = "Baton-Event-Type";

/** A new endpoint's signing secret: 256 random bits. */
export function generateWebhookSecret(): string {
  return `whsec_${toBase64Url(crypto.getRandomValues(new Uint8Array(32)))}`;
}

function hmacKey(secret: string, usage: "sign" | "verify"): Promise<CryptoKey> {
  return crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    [usage],
  );
}

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`, the value of `Baton-Signature`. */
export async function signatureHeader(secret: string, body: string, unixSeconds: number): Promise<string> {
  const mac = await crypto.subtle.sign(
    "HMAC",
    await hmacKey(secret, "sign"),
    new TextEncoder().encode(`${unixSeconds}.${body}`),
  );
  return `t=${unixSeconds},v1=${toHex(mac)}`;
}

export type VerifyResult = { ok: true } | { ok: false; reason: "malformed" | "expired" | "mismatch" };

/**
 * What a receiver does with a delivery: parse the header, refuse one signed outside the replay window, and
 * compare the HMAC in constant time (`crypto.subtle.verify`). Any `v1` that matches is accepted, so a
 * future header carrying two signatures (during a secret rotation) still verifies.
 */
export async function verifySignature(
  secret: string,
  body: string,
  header: string | null,
  nowSeconds = Math.floor(Date.now() / 1000),
): Promise<VerifyResult> {
  const parts = (header ?? "").split(",").map((p) => p.trim().split("="));
  const t = Number(parts.find(([k]) => k === "t")?.[1]);
  const signatures = parts.filter(([k, v]) => k === "v1" && v && /^[0-9a-f]{64}$/.test(v)).map(([, v]) => v);
  if (!Number.isInteger(t) || signatures.length === 0) return { ok: false, reason: "malformed" };
  if (Math.abs(nowSeconds - t) > REPLAY_WINDOW_SECONDS) return { ok: false, reason: "expired" };
  const key = await hmacKey(secret, "verify");
  const signed = new TextEncoder().encode(`${t}.${body}`);
  for (const hex of signatures) {
    const mac = Uint8Array.from(hex?.match(/../g) ?? [], (b) => Number.parseInt(b, 16));
    if (await crypto.subtle.verify("HMAC", key, mac, signed)) return { ok: true };
  }
  return { ok: false, reason: "mismatch" };
}
