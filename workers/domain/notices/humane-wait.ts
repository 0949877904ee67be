import type { HumaneWait } from "./types";

/**
 * An estimate rounded the way a person would say it. Precision drops as the wait grows (exact minutes up to
 * 10, then fives, then hours), because a customer told "about 23 minutes" reads a promise the model cannot
 * keep. Never "0 minutes": anything under a minute is "less than a minute".
 */
export function humaneWait(seconds: number): HumaneWait {
  const minutes = Math.round(seconds / 60);
  if (seconds < 60 || minutes < 1) return { unit: "under_minute" };
  if (minutes === 1) return { unit: "minute" };
  if (minutes < 10) return { unit: "minutes", count: minutes };
  if (minutes < 45) return { unit: "minutes", count: Math.round(minutes / 5) * 5 };
  if (minutes < 90) return { unit: "hour" };
  return { unit: "hours", count: Math.round(minutes / 60) };
}
