import type { ConversationStatus } from "../protocol/conversation";

/**
 * The one place that says which status changes are allowed. `resolved`, `offline` and `abandoned` are not
 * dead ends: a customer who writes again brings the conversation back to the bot or the line.
 */
const ALLOWED: Record<ConversationStatus, readonly ConversationStatus[]> = {
  bot: ["queued", "resolved", "abandoned"],
  queued: ["assigned", "offline", "abandoned", "resolved"],
  assigned: ["queued", "resolved"],
  resolved: ["bot", "queued"],
  offline: ["queued", "assigned", "resolved", "bot"],
  abandoned: ["bot", "queued"],
};

export function canTransition(from: ConversationStatus, to: ConversationStatus): boolean {
  return ALLOWED[from].includes(to);
}

export class TransitionError extends Error {
  constructor(
    readonly from: ConversationStatus,
    readonly to: ConversationStatus,
  ) {
    super(`A conversation cannot go from ${from} to ${to}`);
  }
}

export function assertTransition(from: ConversationStatus, to: ConversationStatus): void {
  if (!canTransition(from, to)) throw new TransitionError(from, to);
}

export function allowedTransitions(from: ConversationStatus): readonly ConversationStatus[] {
  return ALLOWED[from];
}
