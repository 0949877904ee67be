import { LinearModel, type MessageScores } from "./linear-model";
import { ModelFileSchema } from "./schema";
import weights from "./weights.json";

let loaded: LinearModel | undefined;

/**
 * The committed handoff classifier (`npm run train`), decoded on first use: about 3 ms once per isolate,
 * then a few microseconds per message. A weights file that does not match its schema fails loudly at the
 * first message rather than deciding with garbage.
 */
export function handoffModel(): LinearModel {
  loaded ??= new LinearModel(ModelFileSchema.parse(weights));
  return loaded;
}

let lastText: string | undefined;
let lastScores: MessageScores | undefined;

/**
 * The model's reading of one customer message. The analysers (request, sentiment, category, rejection)
 * each ask for the same message in turn, so the latest answer is kept and the text featurized once.
 */
export function readMessage(text: string): MessageScores {
  if (text !== lastText || lastScores === undefined) {
    lastScores = handoffModel().scoreMessage(text);
    lastText = text;
  }
  return lastScores;
}

/** True when the message's probability for a head reaches the threshold chosen on the dev split. */
export function above(head: "human" | "negative" | "rejects" | "sensitive", text: string): boolean {
  return readMessage(text)[head] >= handoffModel().thresholds[head];
}

export { LinearModel, likeliestCategory, type MessageScores } from "./linear-model";

/** Which of the model's answers for this message fall in its calibrated unsure band. */
export function unsureAbout(text: string): { human: boolean; negative: boolean; category: boolean } {
  const scores = readMessage(text);
  const { unsure } = handoffModel();
  const inside = (p: number, [low, high]: readonly [number, number]) => p >= low && p <= high;
  return {
    human: inside(scores.human, unsure.human),
    negative: inside(scores.negative, unsure.negative),
    category: Math.max(...Object.values(scores.category)) < unsure.category,
  };
}
