import { z } from "zod";
import { LanguageSchema } from "../../workers/ai/provider";
import { SplitSchema } from "./corpus";

/** One labeled transcript of data/summary: what a good brief must carry, each string verbatim. */
export const SummaryRowSchema = z.strictObject({
  id: z.string(),
  lang: LanguageSchema,
  messages: z.array(z.strictObject({ role: z.enum(["customer", "bot"]), text: z.string().min(1) })).min(1),
  /** The whole customer message that states the problem. */
  goal: z.string().min(1),
  /** Identifiers the customer gave, verbatim. */
  facts: z.array(z.string().min(1)),
  /** What the customer says they already did, verbatim. */
  tried: z.array(z.string().min(1)),
  /** What the bot suggested or cited, verbatim. */
  suggested: z.array(z.string().min(1)),
  split: SplitSchema,
});
