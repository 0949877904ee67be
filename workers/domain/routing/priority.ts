import type { RoutingSettings, WaitingItem } from "./types";

type PrioritySettings = Pick<RoutingSettings, "vipHeadStartSeconds" | "angerHeadStartSeconds">;

/**
 * How much earlier than its real `queuedAt` an item is treated as having arrived. Priority is a head
 * start in time rather than a weight so that everyone ages at the same rate: a VIP overtakes only the
 * people who arrived less than `vipHeadStartSeconds` before them, and nobody can be overtaken forever.
 */
export function headStartSeconds(item: WaitingItem, settings: PrioritySettings): number {
  const anger = Math.max(0, -item.sentiment);
  return (item.vip ? settings.vipHeadStartSeconds : 0) + anger * settings.angerHeadStartSeconds;
}

/** The arrival time the line is ordered by: `queuedAt` moved earlier by the head start. */
export function effectiveQueuedAt(item: WaitingItem, settings: PrioritySettings): number {
  return item.queuedAt - headStartSeconds(item, settings) * 1000;
}

/**
 * The priority an agent app can show: seconds waited plus head start. Higher is served first (after
 * items returned to the front). The order it induces never changes with time, which is why the line can
 * be kept sorted.
 */
export function priorityScore(item: WaitingItem, settings: PrioritySettings, now: number): number {
  return (now - effectiveQueuedAt(item, settings)) / 1000;
}

/**
 * The order of the line: items returned to the front first, then by effective arrival, ties broken by
 * `queuedAt` then `conversationId` so every replica and every test sees the same order.
 */
export function waitingComparator(settings: PrioritySettings): (a: WaitingItem, b: WaitingItem) => number {
  return (a, b) => {
    if (a.front !== b.front) return a.front ? -1 : 1;
    return (
      effectiveQueuedAt(a, settings) - effectiveQueuedAt(b, settings) ||
      a.queuedAt - b.queuedAt ||
      (a.conversationId < b.conversationId ? -1 : a.conversationId > b.conversationId ? 1 : 0)
    );
  };
}

/** The line in serving order, as a new array. Already-sorted input costs one linear pass. */
export function sortWaiting(waiting: readonly WaitingItem[], settings: PrioritySettings): WaitingItem[] {
  return [...waiting].sort(waitingComparator(settings));
}
