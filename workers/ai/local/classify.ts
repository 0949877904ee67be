import type { Category, Classification } from "../provider";
import { namedIntents } from "./intents";
import { detectLanguage } from "./language";
import { above, likeliestCategory, readMessage } from "./model";
import { fold } from "./text";

/** A second opinion on a message that replaces the model's own answers (see `WorkersAiProvider`). */
export interface ClassificationOverride {
  wantsHuman?: boolean;
  category?: Category;
}

/**
 * Category, intents, request for a human and language of one customer message, offline; `override` takes
 * the place of the model's answers, and the intents follow from the result.
 */
export function classifyLocally(text: string, override: ClassificationOverride = {}): Classification {
  const category = override.category ?? likeliestCategory(readMessage(text).category);
  const human = override.wantsHuman ?? above("human", text);
  const intents = namedIntents(fold(text), category, above("sensitive", text));
  if (human) intents.unshift("human_request");
  if (above("rejects", text)) intents.push("rejects_answer");
  return { category, intents, wantsHuman: human, language: detectLanguage(text) };
}
