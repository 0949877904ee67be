import { z } from "zod";
import { fromBase64Url, hmacSha256Key, toBase64Url } from "./encoding";

/**
 * A conversation token lets one party (the customer's widget, or one agent) open the socket of exactly one
 * conversation. It is `base64url(payload).base64url(HMAC-SHA256(payload))`: stateless, so the Worker can
 * check it at the edge without a database read.
 */
export const TokenClaimsSchema = z.object({
  ws: z.string(),
  conv: z.string(),
  sub: z.union([z.literal("customer"), z.string().regex(/^agent:.+$/)]),
  exp: z.number().int(),
  /** The widget key a customer's conversation was started with: its allowed origins are checked on the socket. */
  key: z.string().optional(),
  /** The customer's identity was verified by the company's server when the conversation started. */
  idv: z.literal(true).optional(),
});
export type TokenClaims = z.infer<typeof TokenClaimsSchema>;

/** The widget keeps its conversation for a month: the customer may come back to it. */
const CUSTOMER_TOKEN_TTL_SECONDS = 30 * 24 * 3600;
/**
 * An agent's token lives minutes: their hold on a conversation can end at any time, and the socket it opens
 * is closed when it expires (the app then asks for a new one, which checks the hold again).
 */
export const AGENT_TOKEN_TTL_SECONDS = 10 * 60;

export async function signConversationToken(
  secret: string,
  claims: Omit<TokenClaims, "exp"> & { exp?: number },
  now = Date.now(),
): Promise<string> {
  const full: TokenClaims = {
    ...claims,
    exp:
      claims.exp ??
      Math.floor(now / 1000) +
        (claims.sub === "customer" ? CUSTOMER_TOKEN_TTL_SECONDS : AGENT_TOKEN_TTL_SECONDS),
  };
  const payload = toBase64Url(new TextEncoder().encode(JSON.stringify(full)));
  const sig = await crypto.subtle.sign(
    "HMAC",
    await hmacSha256Key(secret),
    new TextEncoder().encode(payload),
  );
  return `${payload}.${toBase64Url(sig)}`;
}

/** The claims of a valid, unexpired token, or null. Never throws on malformed input. */
export async function verifyConversationToken(
  secret: string,
  token: string,
  now = Date.now(),
): Promise<TokenClaims | null> {
  const [payload, sig, extra] = token.split(".");
  if (!payload || !sig || extra !== undefined) return null;
  const sigBytes = fromBase64Url(sig);
  const payloadBytes = fromBase64Url(payload);
  if (!sigBytes || !payloadBytes) return null;
  const ok = await crypto.subtle.verify(
    "HMAC",
    await hmacSha256Key(secret),
    sigBytes,
    new TextEncoder().encode(payload),
  );
  if (!ok) return null;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(payloadBytes));
  } catch {
    return null;
  }
  const claims = TokenClaimsSchema.safeParse(json);
  if (!claims.success || claims.data.exp * 1000 < now) return null;
  return claims.data;
}
