import { stemIn } from "../../../knowledge/stemming";
import type { Language } from "../../provider";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { it } from "./it";
import { pt } from "./pt";
import type { LanguagePack, WordClass } from "./types";

/** Every language the offline provider understands; English first, as the tie-breaker. */
export const LANGUAGE_PACKS: Readonly<Record<Language, LanguagePack>> = { en, es, fr, de, pt, it };
export const PACKS: readonly LanguagePack[] = Object.values(LANGUAGE_PACKS);

/** Negators of every language at once: chat mixes languages, and the lists do not collide. */
export const NEGATORS: ReadonlySet<string> = new Set(PACKS.flatMap((p) => p.negators));
export const CONTRAST: ReadonlySet<string> = new Set(PACKS.flatMap((p) => p.contrast));
/** Each folded word's class in any language ("agente" → person); the lists do not collide. */
export const WORD_CLASS: ReadonlyMap<string, WordClass> = new Map(
  PACKS.flatMap((p) =>
    Object.entries(p.wordClasses).flatMap(([c, words]) => words.map((w) => [w, c as WordClass] as const)),
  ),
);
let stemClasses: ReadonlyMap<string, WordClass> | undefined;

/**
 * The class of a stem in a language ("it", "chiam" → contact): each class word's stem in its own language,
 * so inflected forms ("chiamatemi", "chiamasse") join the class of the form the pack lists. Built on first
 * use, because the stemmers' module reads the language packs while it loads.
 */
export function stemClass(language: Language, stem: string): WordClass | undefined {
  stemClasses ??= new Map(
    PACKS.flatMap((p) =>
      Object.entries(p.wordClasses).flatMap(([c, words]) =>
        words.map((w) => [`${p.code}:${stemIn(w, p.code)}`, c as WordClass] as const),
      ),
    ),
  );
  return stemClasses.get(`${language}:${stem}`);
}
/** A sentence that opens with a greeting or courtesy of any of the languages ("Hi there,", "Guten Abend!"). */
export const PLEASANTRY = new RegExp(
  `^(?:${PACKS.flatMap((p) => p.pleasantries).join("|")})(?![\\p{L}])`,
  "u",
);
export const ABILITY: ReadonlySet<string> = new Set(PACKS.flatMap((p) => p.ability));

export type { LanguagePack } from "./types";
