import { describe, expect, it } from "vitest";
import { pageWindow, toPage } from "../../../durable-objects/conversation/history-page";
import type { MessagePageQuery } from "../../../workers/protocol/conversation";
import type { Message } from "../../../workers/protocol/message";

const history: Message[] = Array.from({ length: 10 }, (_, i) => ({
  id: `m${i + 1}`,
  seq: i + 1,
  role: "customer",
  text: `message ${i + 1}`,
  createdAt: "2026-01-01T00:00:00.000Z",
  meta: {},
}));

/** Reads a page the way the store does: the window, then the page. */
function read(query: MessagePageQuery) {
  const w = pageWindow(query);
  const inWindow = history.filter((m) => m.seq > w.after && (w.before === null || m.seq < w.before));
  const ordered = w.newestFirst ? [...inWindow].reverse() : inWindow;
  const page = toPage(ordered.slice(0, w.take), query);
  return { seqs: page.messages.map((m) => m.seq), next: page.next };
}

describe("history pages", () => {
  it("pages forward with after until the end, seeing every message once", () => {
    expect(read({ after: 0, limit: 4 })).toEqual({ seqs: [1, 2, 3, 4], next: 4 });
    expect(read({ after: 4, limit: 4 })).toEqual({ seqs: [5, 6, 7, 8], next: 8 });
    expect(read({ after: 8, limit: 4 })).toEqual({ seqs: [9, 10], next: null });
  });

  it("pages back with before from the latest, oldest first within a page", () => {
    expect(read({ before: 11, limit: 4 })).toEqual({ seqs: [7, 8, 9, 10], next: 7 });
    expect(read({ before: 7, limit: 4 })).toEqual({ seqs: [3, 4, 5, 6], next: 3 });
    expect(read({ before: 3, limit: 4 })).toEqual({ seqs: [1, 2], next: null });
  });

  it("says there is no next page when the last one is exactly full", () => {
    expect(read({ after: 6, limit: 4 })).toEqual({ seqs: [7, 8, 9, 10], next: null });
  });

  it("reads between after and before when both are given", () => {
    expect(read({ after: 2, before: 6, limit: 10 })).toEqual({ seqs: [3, 4, 5], next: null });
  });
});
