import type { Principal } from "./context";
import { ApiError } from "./errors";

/**
 * What a caller may do, per action. API keys are the workspace's own backend: they alone speak for the
 * customer and the bot. Agents act on the conversation they hold; supervisors on every conversation.
 */
export type Action =
  /** A message in the customer's name, their email for a follow-up, their rating. */
  | "speak_as_customer"
  /** A message in the bot's name. */
  | "speak_as_bot"
  /** Taking a conversation from the bot now (nobody holds it yet). */
  | "force_handoff"
  | "transfer"
  | "resolve"
  /** Bringing a closed conversation back (a customer's return, told by your backend or a supervisor). */
  | "reopen"
  /**
   * Bringing a closed conversation back to an agent (`forAgentId`): an agent for themself, when they held
   * it last (`holderId`: the handoff's agent).
   */
  | "reopen_for"
  /** Running workspace patterns on a transcript (costly, and reveals the rules). */
  | "evaluate";

/**
 * Who holds the conversation an action is about: the agent it is assigned to now, or nobody (for
 * `reopen_for`, the agent who held it last, and the agent it would go to).
 */
export type Holding = { holderId: string | null; forAgentId?: string };

export function may(principal: Principal, action: Action, holding: Holding = { holderId: null }): boolean {
  if (principal.kind === "apiKey") return true;
  switch (action) {
    case "speak_as_customer":
    case "speak_as_bot":
      return false;
    case "force_handoff":
    case "reopen":
    case "evaluate":
      return principal.role === "supervisor";
    case "transfer":
    case "resolve":
      return principal.role === "supervisor" || holding.holderId === principal.agentId;
    case "reopen_for":
      return (
        principal.role === "supervisor" ||
        (holding.holderId === principal.agentId && holding.forAgentId === principal.agentId)
      );
  }
}

/** The agent a conversation is assigned to now; a resolved or requeued one is held by nobody. */
export function holderOf(conversation: {
  status: string;
  handoff: { agentId: string | null } | null;
}): string | null {
  return conversation.status === "assigned" ? (conversation.handoff?.agentId ?? null) : null;
}

const FORBIDDEN: Record<Action, string> = {
  speak_as_customer: "Only an API key acts for the customer",
  speak_as_bot: "Only an API key posts as the bot",
  force_handoff: "Only a supervisor or an API key can hand a conversation over",
  transfer: "This conversation is not yours",
  resolve: "This conversation is not yours",
  evaluate: "Only a supervisor or an API key can evaluate rules",
  reopen: "Only a supervisor or an API key can reopen a conversation",
  reopen_for: "An agent can reopen only a conversation they held last, for themself",
};

/** 403 unless the caller may do this (workers/http/permissions.ts has the rules). */
export function authorize(principal: Principal, action: Action, holding?: Holding): void {
  if (!may(principal, action, holding)) throw new ApiError(403, "forbidden", FORBIDDEN[action]);
}
