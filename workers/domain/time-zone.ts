/**
 * Calendar days in a time zone, as UTC instants, so SQL over ISO timestamps can group by the workspace's
 * local day. Intl knows every zone's offsets (DST, half-hour and 45-minute zones); SQLite knows none.
 */

/** True when `tz` is an IANA time zone this runtime knows. */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at `instant`, in milliseconds (Paris in winter: +3,600,000). */
function offsetAt(instant: number, tz: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: tz,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second"),
  );
  return local - Math.floor(instant / 1000) * 1000;
}

/** The instant local midnight starts `day` (`YYYY-MM-DD`) in `tz`. */
export function startOfLocalDay(day: string, tz: string): Date {
  const wall = Date.parse(`${day}T00:00:00Z`);
  // The offset at the guess can differ from the one at the answer across a DST change: look twice.
  const guess = wall - offsetAt(wall, tz);
  return new Date(wall - offsetAt(guess, tz));
}

/** The local calendar day (`YYYY-MM-DD`) of `instant` in `tz`. */
export function localDay(instant: Date, tz: string): string {
  return new Date(instant.getTime() + offsetAt(instant.getTime(), tz)).toISOString().slice(0, 10);
}

export type LocalDay = { day: string; start: string; end: string };

/**
 * The local days that [from, to) touches, each with its UTC bounds clipped to the range, in order. A day
 * across a DST change lasts 23 or 25 hours.
 */
export function localDays(from: Date, to: Date, tz: string): LocalDay[] {
  const days: LocalDay[] = [];
  let day = localDay(from, tz);
  let start = from;
  while (start < to) {
    const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const nextStart = startOfLocalDay(next, tz);
    const end = nextStart < to ? nextStart : to;
    days.push({ day, start: start.toISOString(), end: end.toISOString() });
    day = next;
    start = end;
  }
  return days;
}

/** A bound given as `YYYY-MM-DD` (local midnight in `tz`) or as an ISO time with its offset. */
export function toInstant(bound: string, tz: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(bound) ? startOfLocalDay(bound, tz) : new Date(bound);
}
