import { genericIn } from "./generic";
import { lexiconLanguages } from "./lexicon";

/** What the detector's answer is worth against the words' vote: it also reads letters (ñ, ß, ç). */
const DETECTED_BONUS = 1;

/**
 * The language a short question is written in, for reading its words: a vote of its words, each for the
 * languages whose everyday words (stopwords-iso) or support lexicon hold it (a word of several languages
 * counts as a share to each), with the general detector's answer as one more vote. Short support questions
 * ("Come faccio a disdire l'abbonamento?") carry few of the function words the detector relies on, and
 * reading an Italian question's words as English loses every one of them.
 */
export function questionLanguage(words: readonly string[], detected: string): string {
  const score = new Map<string, number>([[detected, DETECTED_BONUS]]);
  const vote = (languages: readonly string[]) => {
    for (const l of languages) score.set(l, (score.get(l) ?? 0) + 1 / languages.length);
  };
  for (const word of words) {
    vote(genericIn(word));
    vote(lexiconLanguages(word));
  }
  let best = detected;
  for (const [l, s] of score) if (s > (score.get(best) ?? 0)) best = l;
  return best;
}
