import { z } from "zod";
import { BotSettingsSchema } from "./bot-mode";
import { PrechatSchema } from "./prechat";
import { RoutingSettingsSchema } from "./routing/types";

/** Minutes since local midnight of an `HH:MM` string already validated by the schemas below. */
export function minutesOfDay(hhmm: string): number {
  const [hours = 0, minutes = 0] = hhmm.split(":").map(Number);
  return hours * 60 + minutes;
}

/** `to` may be `24:00`, so a day can stay open until midnight without an interval crossing it. */
const FromSchema = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, "must be a time of day as HH:MM, from 00:00 to 23:59");
const ToSchema = z
  .string()
  .regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, "must be a time of day as HH:MM, from 00:01 to 24:00");

const OpeningIntervalSchema = z
  .object({ from: FromSchema, to: ToSchema })
  .strict()
  .refine((i) => minutesOfDay(i.from) < minutesOfDay(i.to), {
    message: "must be after `from` (an interval cannot cross midnight: split it over two days)",
    path: ["to"],
    // Compare only well-formed times: "9am" is already reported on its own field.
    when: (payload) => payload.issues.length === 0,
  });

const DaySchema = z
  .array(OpeningIntervalSchema)
  .max(12)
  .superRefine((intervals, ctx) => {
    intervals.forEach((interval, i) => {
      const clash = intervals.findIndex(
        (other, j) =>
          j < i &&
          minutesOfDay(interval.from) < minutesOfDay(other.to) &&
          minutesOfDay(other.from) < minutesOfDay(interval.to),
      );
      if (clash >= 0) {
        ctx.addIssue({ code: "custom", path: [i, "from"], message: `overlaps interval ${clash}` });
      }
    });
  });

/** Every day must be listed (`[]` is closed), so replacing `weekly` never closes a day by omission. */
const WeeklySchema = z
  .object({
    mon: DaySchema,
    tue: DaySchema,
    wed: DaySchema,
    thu: DaySchema,
    fri: DaySchema,
    sat: DaySchema,
    sun: DaySchema,
  })
  .strict();
export type Weekday = keyof z.infer<typeof WeeklySchema>;

/** A zone `Intl` can format in, which is all the business-hours arithmetic needs. */
function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}

const TimeZoneSchema = z
  .string()
  .min(1)
  .refine(isKnownTimeZone, "is not a known IANA time zone (e.g. Europe/Madrid)");

const BusinessHoursFields = {
  /** Hours and holidays are read on the wall clock of this zone, so they follow its DST changes. */
  timezone: TimeZoneSchema,
  weekly: WeeklySchema,
  /** Local dates (in `timezone`) when the workspace is closed all day. */
  holidays: z.array(z.iso.date()).max(400).default([]),
};

export const BusinessHoursSchema = z.object(BusinessHoursFields).strict();
export type BusinessHours = z.infer<typeof BusinessHoursSchema>;

export const WorkspaceSettingsSchema = z.object({
  routing: RoutingSettingsSchema.prefault({}),
  /** `null`: always open. */
  businessHours: BusinessHoursSchema.nullable().default(null),
  /** Offer to continue by email when the estimated wait exceeds this many seconds. */
  offerEmailAfterSeconds: z.int().min(0).default(300),
  /** A waiting customer whose widget has been gone this long has left: the conversation is abandoned. */
  abandonAfterSeconds: z.int().min(1).max(86_400).default(600),
  /** Who answers while the bot owns a conversation: Baton's bot, your own (`external`), or nobody. */
  bot: BotSettingsSchema.prefault({}),
  /** The widget's pre-chat form; null: none. */
  prechat: PrechatSchema.nullable().default(null),
});
export type WorkspaceSettings = z.infer<typeof WorkspaceSettingsSchema>;

export const DEFAULT_SETTINGS: WorkspaceSettings = WorkspaceSettingsSchema.parse({});

type OptionalShape<T extends Record<string, z.ZodType>> = {
  [K in keyof T]: z.ZodOptional<T[K] extends z.ZodDefault<infer Inner> ? Inner : T[K]>;
};

/** Every field optional and without its default: a patch must not reset the fields it leaves out. */
function optionalWithoutDefaults<T extends Record<string, z.ZodType>>(shape: T): OptionalShape<T> {
  const fields = Object.entries(shape).map(([key, field]) => [
    key,
    z.optional(field instanceof z.ZodDefault ? field.unwrap() : field),
  ]);
  return Object.fromEntries(fields) as OptionalShape<T>;
}

/** The shape of a PUT body: every part optional; `routing` and `businessHours` merge one level. */
export const SettingsPatchSchema = z
  .object({
    routing: z.object(optionalWithoutDefaults(RoutingSettingsSchema.shape)).strict(),
    businessHours: z.object(optionalWithoutDefaults(BusinessHoursFields)).strict().nullable(),
    offerEmailAfterSeconds: WorkspaceSettingsSchema.shape.offerEmailAfterSeconds.unwrap(),
    abandonAfterSeconds: WorkspaceSettingsSchema.shape.abandonAfterSeconds.unwrap(),
    bot: BotSettingsSchema,
    prechat: PrechatSchema.nullable(),
  })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

/**
 * A merged document, still to be validated with `WorkspaceSettingsSchema`: business hours switched on by a
 * patch that lacks `timezone` or `weekly` are incomplete, and the validation names the missing field.
 */
export type SettingsDraft = Omit<WorkspaceSettings, "businessHours"> & {
  businessHours: Partial<BusinessHours> | null;
};

/**
 * Applies a validated patch the way `mergeRules` does: each part present replaces the base's, `routing` and
 * `businessHours` merge one level (`weekly` is replaced whole), `businessHours: null` means always open.
 */
export function mergeSettings(base: WorkspaceSettings, patch: SettingsPatch): SettingsDraft {
  const { businessHours, ...rest } = patch;
  return {
    ...base,
    ...rest,
    routing: { ...base.routing, ...patch.routing },
    businessHours:
      businessHours === undefined
        ? base.businessHours
        : businessHours === null
          ? null
          : { ...base.businessHours, ...businessHours },
  };
}
