import type { BusinessHours } from "../../../workers/domain/settings";

/** Closed every day: spread it and open the days a test needs. */
export const CLOSED_WEEK: BusinessHours["weekly"] = {
  mon: [],
  tue: [],
  wed: [],
  thu: [],
  fri: [],
  sat: [],
  sun: [],
};

const NINE_TO_HALF_FIVE = [{ from: "09:00", to: "17:30" }];

/** Monday to Friday 09:00–17:30 in `timezone`, closed at weekends. */
export function officeHours(timezone: string, holidays: string[] = []): BusinessHours {
  return {
    timezone,
    weekly: {
      mon: NINE_TO_HALF_FIVE,
      tue: NINE_TO_HALF_FIVE,
      wed: NINE_TO_HALF_FIVE,
      thu: NINE_TO_HALF_FIVE,
      fri: NINE_TO_HALF_FIVE,
      sat: [],
      sun: [],
    },
    holidays,
  };
}
