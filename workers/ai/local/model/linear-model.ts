import type { Category } from "../../provider";
import { type FeatureOptions, type Features, featurize, groupValue, type HeadName } from "./features";
import { BINARY_HEADS, type BinaryHead, type HeadFile, type ModelFile } from "./schema";

interface Head {
  readonly bias: number;
  readonly scale: number;
  readonly weights: Int8Array;
}

/** What the model reads in one customer message: probabilities, 0 … 1. */
export interface MessageScores {
  readonly human: number;
  readonly negative: number;
  readonly rejects: number;
  readonly sensitive: number;
  readonly category: Readonly<Record<Category, number>>;
}

function base64Bytes(s: string): Uint8Array {
  return Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
}

/** The slot numbers from their LEB128-encoded ascending gaps. */
export function decodeSlots(encoded: string): Uint32Array {
  const bytes = base64Bytes(encoded);
  const slots: number[] = [];
  let slot = 0;
  let gap = 0;
  let shift = 0;
  for (const byte of bytes) {
    gap |= (byte & 0x7f) << shift;
    shift += 7;
    if (byte < 0x80) {
      slot += gap;
      slots.push(slot);
      gap = 0;
      shift = 0;
    }
  }
  return Uint32Array.from(slots);
}

function decodeHead(head: HeadFile, slots: Uint32Array, size: number): Head {
  const values = new Int8Array(base64Bytes(head.weights).buffer);
  if (values.length !== slots.length)
    throw new Error(`a head has ${values.length} weights for ${slots.length} slots`);
  const weights = new Int8Array(size);
  slots.forEach((slot, i) => {
    if (slot >= size) throw new Error(`slot ${slot} is outside the feature space`);
    weights[slot] = values[i] as number;
  });
  return { bias: head.bias, scale: head.scale, weights };
}

function sum(weights: Int8Array, slots: Uint32Array): number {
  let total = 0;
  for (let i = 0; i < slots.length; i++) total += weights[slots[i] as number] as number;
  return total;
}

/** The head's log-odds: its word features, and its character n-grams unless it reads words only. */
function logit(head: Head, f: Features, withChars: boolean): number {
  const words = sum(head.weights, f.words) * groupValue(f.words);
  const chars = withChars ? sum(head.weights, f.chars) * groupValue(f.chars) : 0;
  return head.bias + head.scale * (words + chars);
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** The category with the highest probability; `general` on a tie. */
export function likeliestCategory(scores: Readonly<Record<Category, number>>): Category {
  let best: Category = "general";
  for (const [category, p] of Object.entries(scores) as Array<[Category, number]>) {
    if (p > scores[best]) best = category;
  }
  return best;
}

/**
 * The trained linear classifier: one logistic head per yes/no signal and a softmax over categories, all on
 * the same hashed features, so a message is featurized once and scored in a few microseconds.
 */
export class LinearModel {
  readonly thresholds: ModelFile["thresholds"];
  readonly unsure: ModelFile["unsure"];
  private readonly options: FeatureOptions;
  private readonly binary: Readonly<Record<BinaryHead, Head>>;
  private readonly category: ReadonlyArray<readonly [Category, Head]>;

  constructor(file: ModelFile) {
    const size = 1 << file.features.bits;
    const slots = decodeSlots(file.slots);
    this.options = file.features;
    this.thresholds = file.thresholds;
    this.unsure = file.unsure;
    this.binary = Object.fromEntries(
      BINARY_HEADS.map((name) => [name, decodeHead(file.binary[name], slots, size)]),
    ) as Record<BinaryHead, Head>;
    this.category = Object.entries(file.category).map(
      ([name, head]) => [name as Category, decodeHead(head, slots, size)] as const,
    );
  }

  /** The customer-message heads. */
  scoreMessage(text: string): MessageScores {
    const f = featurize(text, this.options);
    const chars = (head: HeadName) => !this.options.wordsOnlyHeads.includes(head);
    const logits = this.category.map(([name, head]) => [name, logit(head, f, chars("category"))] as const);
    const max = Math.max(...logits.map(([, l]) => l));
    const exp = logits.map(([name, l]) => [name, Math.exp(l - max)] as const);
    const total = exp.reduce((s, [, e]) => s + e, 0);
    return {
      human: sigmoid(logit(this.binary.human, f, chars("human"))),
      negative: sigmoid(logit(this.binary.negative, f, chars("negative"))),
      rejects: sigmoid(logit(this.binary.rejects, f, chars("rejects"))),
      sensitive: sigmoid(logit(this.binary.sensitive, f, chars("sensitive"))),
      category: Object.fromEntries(exp.map(([name, e]) => [name, e / total])) as Record<Category, number>,
    };
  }

  /** The probability that a bot reply admits it cannot help or did not understand. */
  scoreBotReply(text: string): number {
    const f = featurize(text, this.options);
    return sigmoid(logit(this.binary.failure, f, !this.options.wordsOnlyHeads.includes("failure")));
  }
}
