import type { MessagePage, MessagePageQuery } from "../../workers/protocol/conversation";
import type { Message } from "../../workers/protocol/message";

/** The rows to read for a page: one more than the limit, so the page knows whether another follows. */
export function pageWindow(query: MessagePageQuery): {
  after: number;
  before: number | null;
  newestFirst: boolean;
  take: number;
} {
  return {
    after: query.after ?? 0,
    before: query.before ?? null,
    // With `before` the page is the latest ones below it, so read from the top down.
    newestFirst: query.before !== undefined,
    take: query.limit + 1,
  };
}

/** A page from the rows read for `pageWindow(query)` (in that window's order). */
export function toPage(rows: readonly Message[], query: MessagePageQuery): MessagePage {
  const more = rows.length > query.limit;
  const kept = rows.slice(0, query.limit);
  if (query.before !== undefined) {
    kept.reverse();
    return { messages: kept, next: more ? (kept[0]?.seq ?? null) : null };
  }
  return { messages: kept, next: more ? (kept.at(-1)?.seq ?? null) : null };
}
