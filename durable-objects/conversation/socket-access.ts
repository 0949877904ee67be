/**
 * Who is on the other end of a conversation socket, decided by the Worker from a signed token before the
 * upgrade: the customer, or an agent as D1 knew them at that moment.
 */
export type SocketIdentity =
  | {
      role: "customer";
      /** A widget visitor the company's server did not sign: closed when the workspace starts enforcing. */
      unverified?: true;
    }
  | {
      role: "agent";
      agentId: string;
      /** Their name, written on their notes (absent on sockets opened before names were recorded). */
      name?: string;
      /** Supervisors may watch any conversation of their workspace (read only). */
      supervisor: boolean;
      /** When the token that opened the socket expires (ms): the socket closes then. */
      expiresAt: number;
    };

/** Why an agent's socket is refused or closed (WebSocket close codes of the 4000 range). */
export const CLOSE_NOT_YOURS = { code: 4003, reason: "This conversation is not yours" } as const;
export const CLOSE_EXPIRED = { code: 4001, reason: "Token expired" } as const;
/** An unverified visitor's socket when the workspace enforces identity verification (the reconnect gets 403). */
export const CLOSE_IDENTITY_REQUIRED = { code: 4403, reason: "identity_required" } as const;
/** A sender refused frame after frame (see FLOOD_REFUSALS): 1008, policy violation. */
export const CLOSE_FLOODING = {
  code: 1008,
  reason: "Too many frames: wait retryAfterMs between them",
} as const;

/**
 * Whether this socket may be (or stay) open now: the customer always; an agent while their token lasts
 * and only while they hold the conversation, or as a supervisor. Checked at connect and after every
 * change of holder, so a released, transferred or requeued agent's socket closes before the next message.
 */
export function socketRefusal(
  identity: SocketIdentity,
  holderId: string | null,
  now: number,
): typeof CLOSE_NOT_YOURS | typeof CLOSE_EXPIRED | null {
  if (identity.role === "customer") return null;
  if (identity.expiresAt <= now) return CLOSE_EXPIRED;
  return identity.supervisor || identity.agentId === holderId ? null : CLOSE_NOT_YOURS;
}

/** The earliest expiry among agents' sockets, for the alarm that closes them; null when there are none. */
export function nextExpiry(identities: Iterable<SocketIdentity | null | undefined>): number | null {
  let next: number | null = null;
  for (const identity of identities) {
    if (identity?.role === "agent" && (next === null || identity.expiresAt < next)) next = identity.expiresAt;
  }
  return next;
}
