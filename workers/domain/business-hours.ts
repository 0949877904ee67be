import { type BusinessHours, minutesOfDay, type Weekday } from "./settings";

/**
 * Open or closed on the workspace's wall clock. All arithmetic on dates is done on "wall time as if it were
 * UTC" (a local date and minute packed into an epoch number), and `Intl` is asked only to read an instant
 * in the zone, so DST is whatever the zone database says and never assumed.
 */

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const WEEKDAYS: readonly Weekday[] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

/** Building a formatter costs far more than using one; a workspace has one zone. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock minute `instant` shows in `timeZone`, as epoch ms of that date and time read as UTC. */
function wallClock(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) parts[p.type] = Number(p.value);
  return Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
  );
}

function offsetAt(instant: number, timeZone: string): number {
  const minute = Math.floor(instant / MINUTE_MS) * MINUTE_MS;
  return wallClock(minute, timeZone) - minute;
}

/**
 * The first instant whose wall clock in `timeZone` reads `wall` or later. A time repeated when clocks go back
 * gives its first occurrence; a time skipped when they go forward gives the moment they jump.
 */
function instantOf(wall: number, timeZone: string): number {
  // At most one offset change lies within a day of a wall time in every real zone.
  const offsets = new Set([offsetAt(wall - DAY_MS, timeZone), offsetAt(wall + DAY_MS, timeZone)]);
  const readings = [...offsets].map((offset) => wall - offset).sort((a, b) => a - b);
  const exact = readings.find((t) => wallClock(t, timeZone) === wall);
  if (exact !== undefined) return exact;
  // A skipped time: bisect between the two readings for the minute the clock jumps past it.
  let lo = readings[0] ?? wall;
  let hi = readings[readings.length - 1] ?? wall;
  while (hi - lo > MINUTE_MS) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
    if (wallClock(mid, timeZone) >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** `YYYY-MM-DD` of a wall time. */
function dateKey(wall: number): string {
  return new Date(wall).toISOString().slice(0, 10);
}

function intervalsOn(hours: BusinessHours, wallDay: number) {
  return hours.weekly[WEEKDAYS[new Date(wallDay).getUTCDay()] ?? "sun"];
}

/** Whether the workspace is open at `now`; `null` business hours mean always open. */
export function isOpen(hours: BusinessHours | null, now: Date): boolean {
  if (!hours) return true;
  const wall = wallClock(now.getTime(), hours.timezone);
  const day = wall - (wall % DAY_MS);
  if (hours.holidays.includes(dateKey(day))) return false;
  const minute = (wall - day) / MINUTE_MS;
  return intervalsOn(hours, day).some((i) => minutesOfDay(i.from) <= minute && minute < minutesOfDay(i.to));
}

/**
 * The first instant at or after `now` when the workspace is open: `now` itself while open, `null` when no day
 * of the week has hours (always closed). `null` business hours mean always open, so `now`.
 */
export function nextOpening(hours: BusinessHours | null, now: Date): Date | null {
  if (!hours) return now;
  if (!Object.values(hours.weekly).some((day) => day.length > 0)) return null;
  const wall = wallClock(now.getTime(), hours.timezone);
  const today = wall - (wall % DAY_MS);
  const minuteNow = (wall - today) / MINUTE_MS;
  const holidays = new Set(hours.holidays);
  // An open weekday is blocked by at most one holiday a week, so this many weeks always reach an opening.
  const lastDay = today + (holidays.size + 1) * 7 * DAY_MS;
  for (let day = today; day <= lastDay; day += DAY_MS) {
    if (holidays.has(dateKey(day))) continue;
    const starts = intervalsOn(hours, day)
      .filter((i) => day > today || minutesOfDay(i.to) > minuteNow)
      .map((i) => minutesOfDay(i.from))
      .sort((a, b) => a - b);
    const first = starts[0];
    if (first === undefined) continue;
    if (day === today && first <= minuteNow) return now;
    return new Date(instantOf(day + first * MINUTE_MS, hours.timezone));
  }
  return null;
}
