import type { CannedReply } from "../../workers/protocol/replies";

/** The canned replies a `/shortcut` being typed could mean: the whole box is `/` and a prefix of one. */
export function cannedMatches(text: string, replies: readonly CannedReply[]): CannedReply[] {
  const typed = /^\/([a-z0-9-]*)$/.exec(text.trim().toLowerCase());
  if (!typed) return [];
  const prefix = typed[1] ?? "";
  return replies.filter((r) => r.shortcut.startsWith(prefix)).slice(0, 8);
}

/** Typing frames: one `true` when typing starts, one `false` after this long without a key (or on send). */
export const TYPING_IDLE_MS = 3000;
