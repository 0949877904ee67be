import { describe, expect, it } from "vitest";
import {
  DEFAULT_SETTINGS,
  mergeSettings,
  SettingsPatchSchema,
  WorkspaceSettingsSchema,
} from "../../../workers/domain/settings";
import { officeHours } from "./fixtures";

/** What PUT does: validate the patch, merge it onto the current settings, validate the result. */
function put(base: typeof DEFAULT_SETTINGS, body: unknown) {
  return WorkspaceSettingsSchema.safeParse(mergeSettings(base, SettingsPatchSchema.parse(body)));
}

describe("merging a settings patch", () => {
  it("changes one routing field and keeps the others as they were, not as the defaults", () => {
    const base = put(DEFAULT_SETTINGS, { routing: { widenAfterSeconds: 60, mode: "accept" } });
    expect(base.success).toBe(true);
    if (!base.success) return;
    const next = put(base.data, { routing: { mode: "auto" } });
    expect(next.data?.routing).toMatchObject({ mode: "auto", widenAfterSeconds: 60 });
  });

  it("keeps business hours when the patch leaves them out, and changes only the holidays when asked", () => {
    const base = { ...DEFAULT_SETTINGS, businessHours: officeHours("Europe/Madrid") };
    expect(put(base, { offerEmailAfterSeconds: 120 }).data).toEqual({ ...base, offerEmailAfterSeconds: 120 });
    expect(put(base, { businessHours: { holidays: ["2026-12-25"] } }).data?.businessHours).toEqual(
      officeHours("Europe/Madrid", ["2026-12-25"]),
    );
  });

  it("turns business hours off with null", () => {
    const base = { ...DEFAULT_SETTINGS, businessHours: officeHours("Europe/Madrid") };
    expect(put(base, { businessHours: null }).data?.businessHours).toBeNull();
  });

  it("refuses to switch business hours on without a timezone and a week, naming both", () => {
    const result = put(DEFAULT_SETTINGS, { businessHours: { holidays: ["2026-12-25"] } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual([
      "businessHours.timezone",
      "businessHours.weekly",
    ]);
  });

  it("refuses unknown fields at every level of a patch", () => {
    expect(SettingsPatchSchema.safeParse({ colour: "blue" }).success).toBe(false);
    expect(SettingsPatchSchema.safeParse({ routing: { speed: 3 } }).success).toBe(false);
    expect(SettingsPatchSchema.safeParse({ businessHours: { tz: "UTC" } }).success).toBe(false);
  });
});
