import type { ConversationStatus, Handoff } from "../../workers/protocol/conversation";
import type { ServerFrame } from "../../workers/protocol/frames";
import type { Message } from "../../workers/protocol/message";

/**
 * A customer message sent but not yet echoed back by the server (its acknowledgement). A failed one says
 * why: the server refused it, or never answered.
 */
export type Pending = { clientId: string; text: string; failed: boolean; reason?: FailReason };
export type FailReason = "refused" | "no_answer";

export type Wait = { position: number; estimatedWaitSeconds: number | null };

/** Everything the widget shows, derived only from server frames and what the customer typed. */
export type Transcript = {
  messages: Message[];
  pending: Pending[];
  /** The bot's answer while it streams; the stored message carrying `meta.draftId` replaces it. */
  draft: { draftId: string; text: string } | null;
  status: ConversationStatus | null;
  wait: Wait | null;
  /** Who else is typing right now, if anyone (the server relays typing only to the other parties). */
  typing: "customer" | "bot" | "agent" | null;
  /** Agents only: the brief as it changed since the conversation was opened (`brief` frames). */
  brief: Handoff | null;
};

export const emptyTranscript = (messages: Message[] = []): Transcript => ({
  messages,
  pending: [],
  draft: null,
  status: null,
  wait: null,
  typing: null,
  brief: null,
});

export function lastSeq(t: Transcript): number {
  return t.messages.at(-1)?.seq ?? 0;
}

/** Applies one server frame. Messages are kept by `seq`, so a replayed one is never shown twice. */
export function applyFrame(t: Transcript, frame: ServerFrame): Transcript {
  switch (frame.type) {
    case "conversation":
      return { ...t, status: frame.conversation.status };
    case "message":
      return applyMessage(t, frame.message);
    case "draft":
      return { ...t, draft: { draftId: frame.draftId, text: frame.text }, typing: null };
    case "typing":
      return { ...t, typing: frame.typing ? frame.role : null };
    case "queue":
      return { ...t, wait: { position: frame.position, estimatedWaitSeconds: frame.estimatedWaitSeconds } };
    case "error":
      return frame.clientId ? markFailed(t, frame.clientId) : t;
    case "brief":
      return { ...t, brief: frame.handoff };
  }
}

function applyMessage(t: Transcript, m: Message): Transcript {
  if (m.seq <= lastSeq(t)) return t;
  const meta = m.meta;
  const next: Transcript = {
    ...t,
    messages: [...t.messages, m],
    pending: m.clientId ? t.pending.filter((p) => p.clientId !== m.clientId) : t.pending,
    draft: t.draft && meta.draftId === t.draft.draftId ? null : t.draft,
    typing: m.role === t.typing ? null : t.typing,
  };
  if (meta.event === "status" && typeof meta.to === "string") {
    next.status = meta.to as ConversationStatus;
    if (meta.to !== "queued") next.wait = null;
  }
  if (meta.event === "wait" && typeof meta.position === "number") {
    const seconds = meta.estimatedWaitSeconds;
    next.wait = {
      position: meta.position,
      estimatedWaitSeconds: typeof seconds === "number" ? seconds : null,
    };
  }
  return next;
}

export function addPending(t: Transcript, clientId: string, text: string): Transcript {
  return { ...t, pending: [...t.pending, { clientId, text, failed: false }] };
}

/** The server refused the message (or it could not be sent, or never answered): shown with a retry. */
export function markFailed(t: Transcript, clientId: string, reason: FailReason = "refused"): Transcript {
  return {
    ...t,
    pending: t.pending.map((p) => (p.clientId === clientId ? { ...p, failed: true, reason } : p)),
  };
}

/** Offered while waiting: the line said the wait is long or nobody can answer now. */
export function emailOffered(t: Transcript): boolean {
  return t.status === "queued" && t.messages.some((m) => m.meta.event === "email_offer");
}

/** A rating was asked for (at resolve) and not given since. */
export function ratingAsked(t: Transcript): boolean {
  const asked = t.messages.findLastIndex((m) => m.meta.event === "csat_request");
  const rated = t.messages.findLastIndex((m) => m.meta.event === "csat");
  return asked >= 0 && rated < asked;
}
