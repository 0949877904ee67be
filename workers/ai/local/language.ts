import type { Language } from "../provider";
import { PACKS } from "./languages";
import { type Token, tokenize } from "./text";

/**
 * Function words are the cheapest reliable language cue for chat-length text; trigram models (franc…)
 * need more text than "Quero falar com um atendente" to be sure. English wins ties and empty evidence,
 * as the most common language of support chats.
 */
const FUNCTION_WORDS = PACKS.map((p) => [p.code, new Set(p.functionWords)] as const);

export function detectLanguage(text: string): Language {
  return languageOf(tokenize(text), text);
}

/** `detectLanguage` for a message already tokenised. */
export function languageOf(tokens: readonly Token[], text: string): Language {
  const score = new Map<Language, number>(PACKS.map((p) => [p.code, 0]));
  for (const t of tokens) {
    for (const [code, words] of FUNCTION_WORDS)
      if (words.has(t.norm)) score.set(code, (score.get(code) ?? 0) + 1);
  }
  const lower = text.toLowerCase();
  for (const p of PACKS) if (p.letters?.test(lower)) score.set(p.code, (score.get(p.code) ?? 0) + 2);
  let best: Language = "en";
  for (const p of PACKS) if ((score.get(p.code) ?? 0) > (score.get(best) ?? 0)) best = p.code;
  return best;
}
