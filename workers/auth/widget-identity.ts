import { z } from "zod";
import { AttributesSchema } from "../protocol/conversation";
import { fromBase64Url, hmacSha256Key } from "./encoding";

/**
 * Identity verification: the company's own server vouches for its signed-in user, so the widget's visitor
 * cannot claim to be anyone. Two forms, both signed with the workspace's identity secret:
 * - `identityToken`: a JWT (HS256) with `sub`, `exp` and optionally `email`, `name`, `attributes`;
 * - `userId` + `userHash`: the hex HMAC-SHA256 of the user id (simpler; only the id is vouched for).
 */
export type IdentityClaim = { identityToken?: string; userId?: string; userHash?: string };

export type VerifiedIdentity = {
  userId: string;
  name?: string;
  email?: string;
  attributes?: z.infer<typeof AttributesSchema>;
  /** Which of the customer's details the company's server vouched for. */
  verified: ("id" | "name" | "email" | "attributes")[];
};

/** Why a claim was refused, naming the field, for the 401 the widget shows. */
export type IdentityRefusal = { field: string; reason: string };

const HeaderSchema = z.object({ alg: z.literal("HS256") });
const ClaimsSchema = z.object({
  sub: z.string().min(1).max(200),
  exp: z.number().int(),
  name: z.string().min(1).max(200).optional(),
  email: z.email().max(320).optional(),
  attributes: AttributesSchema.optional(),
});

/** Clock skew tolerated between the company's server and ours. */
const LEEWAY_SECONDS = 60;

function hexBytes(hex: string): Uint8Array<ArrayBuffer> | null {
  if (!/^(?:[0-9a-fA-F]{2})+$/.test(hex)) return null;
  return new Uint8Array(hex.match(/../g)?.map((b) => Number.parseInt(b, 16)) ?? []);
}

function json(bytes: Uint8Array | null): unknown {
  if (!bytes) return null;
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
}

async function verifyJwt(
  secret: string,
  token: string,
  now: number,
): Promise<VerifiedIdentity | IdentityRefusal> {
  const refuse = (reason: string): IdentityRefusal => ({ field: "identityToken", reason });
  const parts = token.split(".");
  const [header, payload, sig] = parts;
  if (parts.length !== 3 || !header || !payload || !sig)
    return refuse("is not a JWT (header.payload.signature)");
  if (!HeaderSchema.safeParse(json(fromBase64Url(header))).success)
    return refuse("must be signed with HS256");
  const sigBytes = fromBase64Url(sig);
  const signed = new TextEncoder().encode(`${header}.${payload}`);
  // crypto.subtle.verify compares in constant time.
  if (!sigBytes || !(await crypto.subtle.verify("HMAC", await hmacSha256Key(secret), sigBytes, signed))) {
    return refuse("signature does not match the workspace's identity secret");
  }
  const claims = ClaimsSchema.safeParse(json(fromBase64Url(payload)));
  if (!claims.success) {
    const issue = claims.error.issues[0];
    return refuse(`claim ${String(issue?.path[0] ?? "")}: ${issue?.message ?? "invalid"}`);
  }
  if (claims.data.exp + LEEWAY_SECONDS < now / 1000) return refuse("has expired (exp)");
  const { sub, name, email, attributes } = claims.data;
  return {
    userId: sub,
    ...(name ? { name } : {}),
    ...(email ? { email } : {}),
    ...(attributes ? { attributes } : {}),
    verified: [
      "id",
      ...(name ? (["name"] as const) : []),
      ...(email ? (["email"] as const) : []),
      ...(attributes ? (["attributes"] as const) : []),
    ],
  };
}

async function verifyHash(
  secret: string,
  userId: string,
  userHash: string,
): Promise<VerifiedIdentity | IdentityRefusal> {
  const bytes = hexBytes(userHash);
  const ok =
    bytes !== null &&
    (await crypto.subtle.verify(
      "HMAC",
      await hmacSha256Key(secret),
      bytes,
      new TextEncoder().encode(userId),
    ));
  if (!ok)
    return {
      field: "userHash",
      reason: "is not the HMAC-SHA256 of userId with the workspace's identity secret",
    };
  return { userId, verified: ["id"] };
}

/**
 * The identity the company's server vouched for, null when the visitor claimed none, or why the claim was
 * refused. A claim made to a workspace without a secret is refused too: it cannot be checked.
 */
export async function verifyIdentity(
  secret: string | null,
  claim: IdentityClaim,
  now = Date.now(),
): Promise<VerifiedIdentity | IdentityRefusal | null> {
  const { identityToken, userId, userHash } = claim;
  if (identityToken === undefined && userId === undefined && userHash === undefined) return null;
  if (identityToken !== undefined && (userId !== undefined || userHash !== undefined)) {
    return { field: "identityToken", reason: "send either identityToken or userId with userHash, not both" };
  }
  if (identityToken === undefined && (userId === undefined || userHash === undefined)) {
    return { field: userId === undefined ? "userId" : "userHash", reason: "userId and userHash go together" };
  }
  if (!secret) {
    return {
      field: identityToken !== undefined ? "identityToken" : "userHash",
      reason: "this workspace has no identity secret yet",
    };
  }
  if (identityToken !== undefined) return verifyJwt(secret, identityToken, now);
  return verifyHash(secret, userId as string, userHash as string);
}

export function isRefusal(x: VerifiedIdentity | IdentityRefusal | null): x is IdentityRefusal {
  return x !== null && "reason" in x;
}
