import { describe, expect, it } from "vitest";
import { DEFAULT_ROUTING_SETTINGS } from "../../../workers/domain/routing/types";
import { DEFAULT_SETTINGS, WorkspaceSettingsSchema } from "../../../workers/domain/settings";
import { fieldPath } from "../../../workers/http/errors";
import { officeHours } from "./fixtures";

/** The fields a 400 would name, as `validationError` writes them. */
function badFields(input: unknown): string[] {
  const result = WorkspaceSettingsSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => fieldPath(i.path));
}

describe("workspace settings", () => {
  it("defaults to the routing defaults, always open, an email offer after five minutes, abandoned after ten away, Baton's bot, no pre-chat form", () => {
    expect(DEFAULT_SETTINGS).toEqual({
      routing: DEFAULT_ROUTING_SETTINGS,
      businessHours: null,
      offerEmailAfterSeconds: 300,
      abandonAfterSeconds: 600,
      bot: { mode: "builtin" },
      prechat: null,
    });
  });

  it("fills parts missing from a saved document with their defaults", () => {
    const parsed = WorkspaceSettingsSchema.parse({ routing: { mode: "accept" } });
    expect(parsed.routing).toEqual({ ...DEFAULT_ROUTING_SETTINGS, mode: "accept" });
    expect(parsed.offerEmailAfterSeconds).toBe(300);
  });

  it("accepts office hours with a holiday, and a day open until midnight", () => {
    const hours = officeHours("Europe/Madrid", ["2026-12-25"]);
    hours.weekly.sat = [{ from: "18:00", to: "24:00" }];
    expect(badFields({ businessHours: hours })).toEqual([]);
  });

  it("names a time zone Intl does not know", () => {
    expect(badFields({ businessHours: officeHours("Europe/Atlantis") })).toEqual(["businessHours.timezone"]);
  });

  it("names an interval that ends before it starts, or crosses midnight", () => {
    const hours = officeHours("Europe/Madrid");
    hours.weekly.mon = [{ from: "09:00", to: "08:00" }];
    hours.weekly.fri = [{ from: "22:00", to: "02:00" }];
    expect(badFields({ businessHours: hours })).toEqual([
      "businessHours.weekly.mon[0].to",
      "businessHours.weekly.fri[0].to",
    ]);
  });

  it("names times that are not HH:MM", () => {
    const hours = officeHours("Europe/Madrid");
    hours.weekly.tue = [{ from: "9:00", to: "25:00" }];
    hours.weekly.wed = [
      { from: "9am", to: "17:00" },
      { from: "18:00", to: "19:00" },
    ];
    hours.weekly.thu = [
      { from: "09:00", to: "13:00" },
      { from: "14:00", to: "14:00" },
    ];
    expect(badFields({ businessHours: hours })).toEqual([
      "businessHours.weekly.tue[0].from",
      "businessHours.weekly.tue[0].to",
      "businessHours.weekly.wed[0].from",
      "businessHours.weekly.thu[1].to",
    ]);
  });

  it("names the second of two overlapping intervals, but lets one end where the next begins", () => {
    const hours = officeHours("Europe/Madrid");
    hours.weekly.wed = [
      { from: "13:00", to: "17:00" },
      { from: "09:00", to: "14:00" },
    ];
    hours.weekly.thu = [
      { from: "09:00", to: "13:00" },
      { from: "13:00", to: "17:00" },
    ];
    expect(badFields({ businessHours: hours })).toEqual(["businessHours.weekly.wed[1].from"]);
  });

  it("requires every weekday, so no day is closed by leaving it out", () => {
    const { sun: _sun, ...sixDays } = officeHours("Europe/Madrid").weekly;
    expect(badFields({ businessHours: { timezone: "Europe/Madrid", weekly: sixDays } })).toEqual([
      "businessHours.weekly.sun",
    ]);
  });

  it("names a holiday that is not a calendar date", () => {
    expect(badFields({ businessHours: officeHours("Europe/Madrid", ["2026-02-30"]) })).toEqual([
      "businessHours.holidays[0]",
    ]);
  });
});
