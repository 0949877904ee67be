import { z } from "zod";
import { type Persona, PersonaSchema } from "./persona";

/** How many reps a workspace may have: enough for a rep per page or product, few enough to keep in one row. */
export const MAX_REPS = 20;

/**
 * One AI rep: a persona of its own (name, tone, greeting, confidence threshold, on/off, the description the
 * model is given as its role), what it answers from (articles carrying one of `tags`; none: the whole help centre) and
 * where its handoffs go (`handoffSkill`: a sales rep hands over to sales). A conversation started with its
 * id (`repId`, by API or widget) is this rep's until a person takes over.
 */
export const RepSchema = PersonaSchema.extend({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, "1–40 of a-z, 0-9, _ and -, starting with a letter or digit"),
  scope: z
    .object({ tags: z.array(z.string().trim().min(1).max(50)).max(20, "at most 20 tags").default([]) })
    .strict()
    .default({ tags: [] }),
  /** The skill its handoffs ask for; null: the category's skill, as for the workspace's bot. */
  handoffSkill: z.string().trim().min(1).max(50).nullable().default(null),
}).strict();
export type Rep = z.output<typeof RepSchema>;

/** A workspace's reps: ids unique. */
export const RepsSchema = z
  .array(RepSchema)
  .max(MAX_REPS, `at most ${MAX_REPS} reps`)
  .superRefine((reps, ctx) => {
    const seen = new Set<string>();
    reps.forEach((rep, i) => {
      if (seen.has(rep.id))
        ctx.addIssue({ code: "custom", path: [i, "id"], message: "already used by another rep" });
      seen.add(rep.id);
    });
  });
export type Reps = z.output<typeof RepsSchema>;

/** What a conversation's bot is: the workspace's persona, or its rep's, with the rep's scope. */
export interface BotIdentity {
  persona: Persona;
  /** The rep answering, if the conversation has one that still exists. */
  rep: Rep | null;
}

/**
 * The persona a conversation's bot speaks with: its rep's when it has one that still exists, otherwise the
 * workspace's (a rep deleted mid-conversation hands the chat back to the workspace's bot, not to silence).
 */
export function botIdentity(persona: Persona, reps: readonly Rep[], repId: string | null): BotIdentity {
  const rep = repId ? (reps.find((r) => r.id === repId) ?? null) : null;
  if (!rep) return { persona, rep: null };
  const { name, tone, greeting, confidenceThreshold, enabled, description } = rep;
  return { persona: { name, tone, greeting, confidenceThreshold, enabled, description }, rep };
}
