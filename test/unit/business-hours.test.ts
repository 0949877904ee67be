import { describe, expect, it } from "vitest";
import { isOpen, nextOpening } from "../../workers/domain/business-hours";
import type { BusinessHours } from "../../workers/domain/settings";
import { CLOSED_WEEK, officeHours } from "./settings/fixtures";

const at = (iso: string) => new Date(iso);

/** Open only on Sundays, for the nights clocks change (both zones change on a Sunday). */
function sundaysOnly(timezone: string, from: string, to: string): BusinessHours {
  return { timezone, weekly: { ...CLOSED_WEEK, sun: [{ from, to }] }, holidays: [] };
}

describe("isOpen", () => {
  const madrid = officeHours("Europe/Madrid");

  it("is always open without business hours", () => {
    expect(isOpen(null, at("2026-01-04T03:00:00Z"))).toBe(true);
  });

  it("reads the hours on the workspace's wall clock (Madrid is UTC+1 in winter)", () => {
    expect(isOpen(madrid, at("2026-01-12T07:59:00Z"))).toBe(false); // Monday 08:59
    expect(isOpen(madrid, at("2026-01-12T08:00:00Z"))).toBe(true); // Monday 09:00
    expect(isOpen(madrid, at("2026-01-12T16:29:59Z"))).toBe(true); // Monday 17:29:59
    expect(isOpen(madrid, at("2026-01-12T16:30:00Z"))).toBe(false); // 17:30: the end is exclusive
    expect(isOpen(madrid, at("2026-01-10T10:00:00Z"))).toBe(false); // Saturday
  });

  it("follows summer time: 09:30 in Madrid is 07:30 UTC after the clocks go forward", () => {
    expect(isOpen(madrid, at("2026-03-30T07:30:00Z"))).toBe(true); // Monday 09:30 CEST
    expect(isOpen(madrid, at("2026-03-23T07:30:00Z"))).toBe(false); // Monday 08:30 CET, a week earlier
  });

  it("uses the local date for the weekday and holidays, not the UTC one", () => {
    const evenings = sundaysOnly("America/New_York", "18:00", "23:00");
    evenings.weekly.thu = [{ from: "18:00", to: "23:00" }];
    evenings.holidays = ["2026-12-25"];
    // Thursday 24 December, 21:00 in New York is already Friday 25 in UTC.
    expect(isOpen(evenings, at("2026-12-25T02:00:00Z"))).toBe(true);
    const christmasEve = { ...evenings, holidays: ["2026-12-24"] };
    expect(isOpen(christmasEve, at("2026-12-25T02:00:00Z"))).toBe(false);
  });

  it("is closed all day on a holiday", () => {
    expect(isOpen(officeHours("Europe/Madrid", ["2026-12-25"]), at("2026-12-25T10:00:00Z"))).toBe(false);
  });

  it("stays open until midnight with a 24:00 end", () => {
    const late = sundaysOnly("UTC", "20:00", "24:00");
    expect(isOpen(late, at("2026-01-04T23:59:00Z"))).toBe(true);
    expect(isOpen(late, at("2026-01-05T00:00:00Z"))).toBe(false);
  });
});

describe("nextOpening", () => {
  it("is now while open, and now without business hours", () => {
    const now = at("2026-01-12T10:00:00Z");
    expect(nextOpening(officeHours("Europe/Madrid"), now)).toEqual(now);
    expect(nextOpening(null, now)).toEqual(now);
  });

  it("is later the same day before opening, and the next working day after closing", () => {
    const madrid = officeHours("Europe/Madrid");
    expect(nextOpening(madrid, at("2026-01-12T06:00:00Z"))).toEqual(at("2026-01-12T08:00:00Z"));
    expect(nextOpening(madrid, at("2026-01-12T17:00:00Z"))).toEqual(at("2026-01-13T08:00:00Z"));
  });

  it("finds the second interval of a split day", () => {
    const split = officeHours("UTC");
    split.weekly.mon = [
      { from: "15:00", to: "18:00" },
      { from: "09:00", to: "13:00" },
    ];
    expect(nextOpening(split, at("2026-01-12T13:30:00Z"))).toEqual(at("2026-01-12T15:00:00Z"));
  });

  it("crosses the spring DST change in Madrid: Friday evening → Monday 09:00 CEST", () => {
    // Clocks go from 02:00 CET to 03:00 CEST on Sunday 29 March 2026.
    const friday = at("2026-03-27T17:00:00Z"); // 18:00 CET
    expect(nextOpening(officeHours("Europe/Madrid"), friday)).toEqual(at("2026-03-30T07:00:00Z"));
  });

  it("crosses the autumn DST change in New York: Friday evening → Monday 09:00 EST", () => {
    // Clocks go from 02:00 EDT back to 01:00 EST on Sunday 1 November 2026.
    const friday = at("2026-10-30T22:00:00Z"); // 18:00 EDT
    expect(nextOpening(officeHours("America/New_York"), friday)).toEqual(at("2026-11-02T14:00:00Z"));
  });

  it("opens when the clock jumps if the opening time is skipped by DST", () => {
    // New York, Sunday 8 March 2026: 02:00 EST jumps to 03:00 EDT, so 02:30 never happens.
    const hours = sundaysOnly("America/New_York", "02:30", "05:00");
    expect(nextOpening(hours, at("2026-03-07T12:00:00Z"))).toEqual(at("2026-03-08T07:00:00Z"));
  });

  it("opens at the first of two 02:30s when the clocks go back", () => {
    // Madrid, Sunday 25 October 2026: 03:00 CEST goes back to 02:00 CET, so 02:30 happens twice.
    const hours = sundaysOnly("Europe/Madrid", "02:30", "04:00");
    expect(nextOpening(hours, at("2026-10-24T12:00:00Z"))).toEqual(at("2026-10-25T00:30:00Z"));
  });

  it("skips holidays, even two weeks of them", () => {
    const christmas = officeHours("Europe/Madrid", ["2026-12-25"]);
    expect(nextOpening(christmas, at("2026-12-24T17:00:00Z"))).toEqual(at("2026-12-28T08:00:00Z"));
    const closure = Array.from({ length: 14 }, (_, i) => `2026-08-${String(3 + i).padStart(2, "0")}`);
    expect(nextOpening(officeHours("Europe/Madrid", closure), at("2026-07-31T17:00:00Z"))).toEqual(
      at("2026-08-17T07:00:00Z"),
    );
  });

  it("is null when no day of the week has hours", () => {
    const never: BusinessHours = { timezone: "UTC", weekly: CLOSED_WEEK, holidays: [] };
    expect(nextOpening(never, at("2026-01-01T00:00:00Z"))).toBeNull();
  });
});
