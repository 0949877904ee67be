import { z } from "zod";
import { LanguageSchema } from "../ai/provider";
import type { Customer } from "../protocol/conversation";
import { SkillSchema } from "./routing/types";

/** Whether the form asks for a field: it must be given, may be, or is not asked. */
const AskSchema = z.enum(["required", "optional", "hidden"]);

const LabelSchema = z.string().trim().min(1).max(80);

export const PrechatTopicSchema = z
  .object({
    /** Stable: conversations keep it, and it is what the widget sends. */
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "must be lowercase letters, digits and dashes (at most 40)"),
    /** What customers read, in the workspace's own language… */
    label: LabelSchema,
    /** …and in theirs, where the workspace wrote it (`{"es": "Facturación"}`). */
    labels: z.partialRecord(LanguageSchema, LabelSchema).optional(),
    /** The skill the line assigns by; null: the one the conversation's category calls for. */
    skill: SkillSchema.nullable().default(null),
    /** Only this team's members, until the wait widens; null: any agent with the skill. */
    teamId: z.string().min(1).nullable().default(null),
  })
  .strict();
export type PrechatTopic = z.infer<typeof PrechatTopicSchema>;

/** The widget's optional form before a chat starts: name, email and the topic, which feeds routing. */
export const PrechatSchema = z
  .object({
    name: AskSchema.default("optional"),
    email: AskSchema.default("required"),
    /** Empty: no topic asked. Otherwise the customer picks one. */
    topics: z
      .array(PrechatTopicSchema)
      .max(20)
      .default([])
      .superRefine((topics, ctx) => {
        topics.forEach((t, i) => {
          if (topics.findIndex((o) => o.id === t.id) < i) {
            ctx.addIssue({ code: "custom", path: [i, "id"], message: "is used by another topic" });
          }
        });
      }),
  })
  .strict();
export type Prechat = z.infer<typeof PrechatSchema>;

/** What the widget is told: the form, without where topics route (skills and teams stay internal). */
export const PublicPrechatSchema = z.object({
  name: AskSchema,
  email: AskSchema,
  topics: z.array(PrechatTopicSchema.pick({ id: true, label: true, labels: true })),
});

export function publicPrechat(prechat: Prechat): z.infer<typeof PublicPrechatSchema> {
  const topics = prechat.topics.map(({ id, label, labels }) => ({
    id,
    label,
    ...(labels ? { labels } : {}),
  }));
  return { name: prechat.name, email: prechat.email, topics };
}

/** A refusal of a start against the form: the field and why. */
export type PrechatProblem = { field: string; reason: string };

/**
 * Checks a widget start against the workspace's form, on the customer as they will be stored (a detail the
 * company's server signed counts as given). Returns the chosen topic, or what is wrong.
 */
export function checkPrechat(
  prechat: Prechat | null,
  customer: Customer,
  topicId: string | undefined,
): { topic: PrechatTopic | null } | { problems: PrechatProblem[] } {
  const topic = topicId === undefined ? null : (prechat?.topics.find((t) => t.id === topicId) ?? null);
  const problems: PrechatProblem[] = [];
  if (topicId !== undefined && !topic) {
    problems.push({ field: "topic", reason: "is not one of the workspace's topics (its pre-chat form)" });
  }
  if (prechat) {
    for (const field of ["name", "email"] as const) {
      if (prechat[field] === "required" && !customer[field]) {
        problems.push({ field: `customer.${field}`, reason: "is required by the workspace's pre-chat form" });
      }
    }
    if (prechat.topics.length > 0 && topicId === undefined) {
      problems.push({ field: "topic", reason: "is required: pick one of the workspace's topics" });
    }
  }
  return problems.length > 0 ? { problems } : { topic };
}

/** Where the customer's topic sends the conversation, while the workspace still has that topic. */
export function topicRoute(
  prechat: Prechat | null,
  customer: Pick<Customer, "topic">,
): Pick<PrechatTopic, "skill" | "teamId"> | null {
  const topic = customer.topic && prechat?.topics.find((t) => t.id === customer.topic?.id);
  return topic ? { skill: topic.skill, teamId: topic.teamId } : null;
}
