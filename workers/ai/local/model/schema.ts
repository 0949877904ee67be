import { z } from "zod";
import { CategorySchema } from "../../provider";

/**
 * One linear head: logit = bias + scale × Σ weights[feature]. Its int8 weights are stored (base64) only for
 * the model's `slots`, in their order: most of the hashed space is zero, so this keeps the file small.
 */
export const HeadSchema = z.object({
  bias: z.number(),
  scale: z.number().positive(),
  weights: z.string(),
});
export type HeadFile = z.infer<typeof HeadSchema>;

export const BINARY_HEADS = ["human", "negative", "rejects", "sensitive", "failure"] as const;
export type BinaryHead = (typeof BINARY_HEADS)[number];

const Probability = z.number().min(0).max(1);

/** The committed model: written by `npm run train`, read by the offline provider. */
export const ModelFileSchema = z.object({
  version: z.literal(1),
  features: z.object({
    bits: z.int().min(8).max(24),
    charGrams: z.array(z.int().min(2).max(8)),
    negation: z.boolean(),
    textspeak: z.boolean(),
    wordClasses: z.boolean(),
    wordsOnlyHeads: z.array(z.enum([...BINARY_HEADS, "category"])),
    skipBigrams: z.boolean().optional(),
    stems: z.boolean().optional(),
    names: z.boolean().optional(),
  }),
  binary: z.object({
    human: HeadSchema,
    negative: HeadSchema,
    rejects: HeadSchema,
    sensitive: HeadSchema,
    failure: HeadSchema,
  }),
  /** The feature slots with a weight in any head: base64 of ascending gaps, each a LEB128 varint. */
  slots: z.string(),
  /** One head per category; the softmax over them gives the category's probability. */
  category: z.record(CategorySchema, HeadSchema),
  /** Decision thresholds on each binary head's probability, chosen on the dev split. */
  thresholds: z.object({
    human: Probability,
    negative: Probability,
    rejects: Probability,
    sensitive: Probability,
    failure: Probability,
    /** At or above this negative probability a single message is "very upset". */
    strongNegative: Probability,
  }),
  /**
   * Where the model is unsure, calibrated on the dev split: probabilities inside `[low, high]` for a
   * yes/no head, or a category whose probability is under `category`. Production asks Workers AI there.
   */
  unsure: z.object({
    human: z.tuple([Probability, Probability]),
    negative: z.tuple([Probability, Probability]),
    category: Probability,
  }),
  /** What it was trained on, so a stale model is visible. */
  trainedOn: z.object({ messages: z.int(), botReplies: z.int(), corpusHash: z.string() }),
});
export type ModelFile = z.infer<typeof ModelFileSchema>;
