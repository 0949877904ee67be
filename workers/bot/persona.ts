import { z } from "zod";

export const ToneSchema = z.enum(["friendly", "formal", "concise"]);
export type Tone = z.infer<typeof ToneSchema>;

/**
 * Below this confidence the bot declines instead of answering. Measured with `npm run eval:bot` on the demo
 * help centre: it sits in the gap between what most out-of-scope questions reach (a word or two in common with
 * an article) and what answerable ones do; docs/bot.md has the sweep.
 */
export const DEFAULT_CONFIDENCE_THRESHOLD = 0.4;

/** The persona's fields without defaults, so a patch never resets what it leaves out. */
const PersonaFields = z.object({
  /** What the bot calls itself. */
  name: z.string().trim().min(1).max(60),
  tone: ToneSchema,
  /** The first message of every conversation; null: the built-in greeting in the customer's language. */
  greeting: z.string().trim().min(1).max(500).nullable(),
  /** 0 … 1: answers less confident than this are declined and count as a bot failure. */
  confidenceThreshold: z.number().min(0).max(1),
  /** Off: the bot stays silent and developers post its replies through REST (role "bot"). */
  enabled: z.boolean(),
  /** Who the bot is, in a sentence or two, given to the model as its role ("You help visitors choose a plan"). */
  description: z.string().trim().min(1).max(1000).nullable(),
});

/** A workspace's bot persona; every field has a default, so `{}` (or a null column) is the default persona. */
export const PersonaSchema = z
  .object({
    name: PersonaFields.shape.name.default("Baton Assistant"),
    tone: PersonaFields.shape.tone.default("friendly"),
    greeting: PersonaFields.shape.greeting.default(null),
    confidenceThreshold: PersonaFields.shape.confidenceThreshold.default(DEFAULT_CONFIDENCE_THRESHOLD),
    enabled: PersonaFields.shape.enabled.default(true),
    description: PersonaFields.shape.description.default(null),
  })
  .strict();
export type Persona = z.output<typeof PersonaSchema>;

export const DEFAULT_PERSONA: Persona = PersonaSchema.parse({});

/** A change to the persona: the fields sent replace the current ones. */
export const PersonaPatchSchema = PersonaFields.partial().strict();
export type PersonaPatch = z.infer<typeof PersonaPatchSchema>;

/** The persona stored for a workspace (JSON, maybe null or from an older version), defaults filling gaps. */
export function personaFrom(stored: unknown): Persona {
  const parsed = PersonaSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : DEFAULT_PERSONA;
}
