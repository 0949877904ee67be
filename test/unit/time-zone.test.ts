import { describe, expect, it } from "vitest";
import { isTimeZone, localDay, localDays, startOfLocalDay } from "../../workers/domain/time-zone";

describe("local days", () => {
  it("start at local midnight, in winter and summer time", () => {
    expect(startOfLocalDay("2026-01-15", "Europe/Paris").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(startOfLocalDay("2026-07-15", "Europe/Paris").toISOString()).toBe("2026-07-14T22:00:00.000Z");
    expect(startOfLocalDay("2026-07-15", "Asia/Kathmandu").toISOString()).toBe("2026-07-14T18:15:00.000Z");
    expect(startOfLocalDay("2026-07-15", "UTC").toISOString()).toBe("2026-07-15T00:00:00.000Z");
  });

  it("put an instant on the customer's side of midnight", () => {
    const lateEvening = new Date("2026-03-02T04:30:00Z"); // 23:30 the day before in New York
    expect(localDay(lateEvening, "America/New_York")).toBe("2026-03-01");
    expect(localDay(lateEvening, "UTC")).toBe("2026-03-02");
  });

  it("last 23 hours on the day clocks go forward, and cover the range without gaps", () => {
    const from = startOfLocalDay("2026-03-28", "Europe/Paris");
    const to = startOfLocalDay("2026-03-31", "Europe/Paris");
    const days = localDays(from, to, "Europe/Paris");
    expect(days.map((d) => d.day)).toEqual(["2026-03-28", "2026-03-29", "2026-03-30"]);
    const hours = days.map((d) => (Date.parse(d.end) - Date.parse(d.start)) / 3_600_000);
    expect(hours).toEqual([24, 23, 24]);
    expect(days[0]?.start).toBe(from.toISOString());
    expect(days.at(-1)?.end).toBe(to.toISOString());
  });

  it("clip a range that starts and ends inside days", () => {
    const days = localDays(new Date("2026-03-01T12:00:00Z"), new Date("2026-03-02T06:00:00Z"), "UTC");
    expect(days).toEqual([
      { day: "2026-03-01", start: "2026-03-01T12:00:00.000Z", end: "2026-03-02T00:00:00.000Z" },
      { day: "2026-03-02", start: "2026-03-02T00:00:00.000Z", end: "2026-03-02T06:00:00.000Z" },
    ]);
  });

  it("know real zones only", () => {
    expect(isTimeZone("Europe/Paris")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
  });
});
