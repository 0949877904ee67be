import type { Language } from "../provider";
import { type Token, tokenize } from "./text";

/**
 * Function words are the cheapest reliable language cue for chat-length text; trigram models (franc…)
 * need more text than "Quero falar com um atendente" to be sure. English wins ties and empty evidence,
 * as the most common language of support chats.
 */
const FUNCTION_WORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(
    "the is are you my and with how what can this please thanks thank not for have don't i'm it's want need hi hello hey there does why where when your our i".split(
      " ",
    ),
  ),
  es: new Set(
    "el los las del que y con para mi es una hola gracias quiero necesito puedo como tengo hablar esta estoy cuenta pero muy hay".split(
      " ",
    ),
  ),
  fr: new Set(
    "le les des du et je vous est pas une avec pour mon ma bonjour merci est-ce qui c'est j'ai parler ne au votre".split(
      " ",
    ),
  ),
  de: new Set(
    "der die das und ich nicht mit ist ein einem einen eine bitte danke hallo kann mein meine sie wie wir zu auf mochte sprechen".split(
      " ",
    ),
  ),
  pt: new Set(
    "o os as que com para nao um uma eu meu minha ola obrigado obrigada quero preciso falar voce tem posso esse isso ajuda estou consigo nada ninguem mais pelo pela seu sua foi ja".split(
      " ",
    ),
  ),
  it: new Set(
    "il lo gli di che con per non un una io mio mia ciao grazie vorrei posso parlare sono questo ho mi si della".split(
      " ",
    ),
  ),
};

const LETTER_HINTS: ReadonlyArray<readonly [RegExp, Language]> = [
  [/[ñ¿¡]/, "es"],
  [/[ãõ]/, "pt"],
  [/[ßäöü]/, "de"],
  [/[œêâîûë]/, "fr"],
  [/[ìò]|(?:^|\s)è(?:\s|$)/, "it"],
];

const ORDER: readonly Language[] = ["en", "es", "fr", "de", "pt", "it"];

export function detectLanguage(text: string): Language {
  return languageOf(tokenize(text), text);
}

/** `detectLanguage` for a message already tokenised. */
export function languageOf(tokens: readonly Token[], text: string): Language {
  const score: Record<Language, number> = { en: 0, es: 0, fr: 0, de: 0, pt: 0, it: 0 };
  for (const t of tokens) {
    for (const lang of ORDER) if (FUNCTION_WORDS[lang].has(t.norm)) score[lang] += 1;
  }
  const lower = text.toLowerCase();
  for (const [re, lang] of LETTER_HINTS) if (re.test(lower)) score[lang] += 2;
  let best: Language = "en";
  for (const lang of ORDER) if (score[lang] > score[best]) best = lang;
  return best;
}
