import { describe, expect, it } from "vitest";
import { emailOfferReason } from "../../../workers/domain/email-offer";
import { DEFAULT_SETTINGS } from "../../../workers/domain/settings";
import { officeHours } from "./fixtures";

const mondayNoonMadrid = new Date("2026-01-12T11:00:00Z");
const saturdayMadrid = new Date("2026-01-10T11:00:00Z");
const open = { ...DEFAULT_SETTINGS, businessHours: officeHours("Europe/Madrid") };

describe("when to offer an email follow-up", () => {
  it("keeps the customer in the line for a short wait with their skill online", () => {
    expect(emailOfferReason(open, { seconds: 120, agentsOnline: 2 }, mondayNoonMadrid)).toBeNull();
    expect(emailOfferReason(open, { seconds: 300, agentsOnline: 2 }, mondayNoonMadrid)).toBeNull();
  });

  it("offers it when the wait is over the workspace's threshold", () => {
    expect(emailOfferReason(open, { seconds: 301, agentsOnline: 2 }, mondayNoonMadrid)).toBe("long_wait");
    const patient = { ...open, offerEmailAfterSeconds: 900 };
    expect(emailOfferReason(patient, { seconds: 600, agentsOnline: 2 }, mondayNoonMadrid)).toBeNull();
  });

  it("offers it when nobody of the conversation's skill is online, or nobody at all could take it", () => {
    expect(emailOfferReason(open, { seconds: 120, agentsOnline: 0 }, mondayNoonMadrid)).toBe("long_wait");
    expect(emailOfferReason(open, { seconds: null, agentsOnline: 0 }, mondayNoonMadrid)).toBe(
      "nobody_online",
    );
  });

  it("says closed outside business hours, whatever the line looks like", () => {
    expect(emailOfferReason(open, { seconds: 10, agentsOnline: 3 }, saturdayMadrid)).toBe("closed");
    expect(emailOfferReason(DEFAULT_SETTINGS, { seconds: 10, agentsOnline: 3 }, saturdayMadrid)).toBeNull();
  });
});
