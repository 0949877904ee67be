import { isOpen } from "./business-hours";
import type { EmailOfferReason } from "./notices/types";
import type { WorkspaceSettings } from "./settings";

/**
 * Whether to offer the customer an email follow-up now, and why; `null` keeps them in the live line.
 * Closed wins over everything (nobody will come until the opening); then nobody who could ever take the
 * conversation (`estimatedWaitSeconds: null`); then a wait over `offerEmailAfterSeconds`, or nobody of the
 * conversation's own skill or team online (`agentsOnline: 0`: it waits at least until the line widens).
 * The fields are those of the Queue DO's `WaitEstimate`.
 */
export function emailOfferReason(
  settings: Pick<WorkspaceSettings, "businessHours" | "offerEmailAfterSeconds">,
  estimate: { seconds: number | null; agentsOnline: number },
  now: Date,
): EmailOfferReason | null {
  if (!isOpen(settings.businessHours, now)) return "closed";
  if (estimate.seconds === null) return "nobody_online";
  if (estimate.agentsOnline === 0 || estimate.seconds > settings.offerEmailAfterSeconds) return "long_wait";
  return null;
}
