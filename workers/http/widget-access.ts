import type { TokenClaims } from "../auth/conversation-token";
import type { Db } from "../db/client";
import { loadWidgetIdentity } from "../db/widget-identity";
import { findWidgetKeyById, originAllowed } from "../db/widget-keys";

export type AccessRefusal = { status: 401 | 403; code: string; message: string };

/**
 * May this customer's token be used now, from this page? Checked at every socket connect, not only when the
 * conversation starts: the widget key must still be live and allow the page's origin, and a workspace that
 * enforces identity verification refuses a visitor who was not verified (so they cannot write either).
 * A conversation the company's backend started (no widget key in its token) is its own business.
 */
export async function customerAccess(
  db: Db,
  claims: TokenClaims,
  origin: string | null | undefined,
): Promise<AccessRefusal | null> {
  if (!claims.key) return null;
  const [key, identity] = await Promise.all([
    findWidgetKeyById(db, claims.key),
    claims.idv ? null : loadWidgetIdentity(db, claims.ws),
  ]);
  if (!key || key.workspaceId !== claims.ws) {
    return { status: 401, code: "unauthorized", message: "This chat's widget key was revoked" };
  }
  if (!originAllowed(key, origin)) {
    return {
      status: 403,
      code: "origin_not_allowed",
      message: "This widget key may not be used from this site",
    };
  }
  if (identity?.enforce) {
    return {
      status: 403,
      code: "identity_required",
      message: "This workspace chats only with customers its website has signed in",
    };
  }
  return null;
}
