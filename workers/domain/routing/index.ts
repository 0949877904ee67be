/** The routing policy: pure functions the Queue DO wires to storage, sockets and alarms (docs/routing.md). */
export { nextWideningAt, pickAgent, planAssignments } from "./assignment";
export { candidateTier, isAvailable, isWidened } from "./candidates";
export { type HandleTimeSnapshot, HandleTimeSnapshotSchema, HandleTimeTracker } from "./handle-time";
export { effectiveQueuedAt, priorityScore, sortWaiting, waitingComparator } from "./priority";
export { returnToLine, type TransferTarget, transferItem } from "./requeue";
export { DEFAULT_SKILL_BY_CATEGORY, skillForCategory } from "./skills";
export {
  type AgentLoss,
  canHandOn,
  type Due,
  expiredDisconnects,
  expiredReplies,
  type ReplyTimeout,
  type ReplyWarning,
  replyDueAt,
  replyWarnings,
} from "./timeouts";
export { type TargetProblem, type TransferRoster, transferTargetProblem } from "./transfer-target";
export * from "./types";
export { estimateWaits, type HandleTimeFn, type WaitEstimate } from "./wait-estimate";
