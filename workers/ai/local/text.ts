/** A word of a message with where it sits, so phrase matches and clause boundaries can refer to it. */
export interface Token {
  /** Lower case, accents removed: the form lexicons are keyed by. */
  readonly norm: string;
  /** As written, to see capitals. */
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  /** Index of the clause (split at punctuation and "but"), so negation does not leak across clauses. */
  readonly clause: number;
}

const COMBINING_MARKS = /\p{M}+/gu;
const ASCII = /^[\x20-\x7e\s]*$/;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[.,;:!?¿¡()]+/gu;
const CLAUSE_BREAK = /^[.,;:!?¿¡()]+$/;
/** Words after which the speaker's real point comes ("confused at first but it makes sense now"). */
export const CONTRAST: ReadonlySet<string> = new Set(["but", "however", "pero", "mais", "aber", "mas", "ma"]);

/**
 * Accents removed, apostrophes unified, case kept. Lexicons are written without accents because customers
 * often type without them ("pasame", "menschen"); string length is preserved for the scripts we support.
 */
export function plain(text: string): string {
  // Most chat lines are ASCII; skipping Unicode normalisation for them keeps the engine well under 1 ms.
  if (ASCII.test(text)) return text.replace(/`/g, "'");
  return text.normalize("NFD").replace(COMBINING_MARKS, "").replace(/[’‘`]/g, "'").normalize("NFC");
}

/** `plain` in lower case: the string phrase patterns run on. */
export function fold(text: string): string {
  return plain(text).toLowerCase();
}

export function tokenize(text: string): Token[] {
  const source = plain(text);
  const tokens: Token[] = [];
  let clause = 0;
  for (const m of source.matchAll(WORD)) {
    const raw = m[0];
    const norm = raw.toLowerCase();
    if (CLAUSE_BREAK.test(raw)) {
      clause++;
      continue;
    }
    if (CONTRAST.has(norm)) clause++;
    tokens.push({ norm, raw, start: m.index, end: m.index + raw.length, clause });
  }
  return tokens;
}

/** Content words of a message, for comparing two messages (repeated questions). */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const t of tokenize(text)) if (t.norm.length > 3) out.add(t.norm);
  return out;
}

/** Jaccard overlap of two word sets, 0 … 1. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

// Phone typing: the words customers shorten or type without apostrophes ("can u put me thru", "whats ur number",
// "thats not what i asked"). Whole words only; numbers stay numbers except "2" between a verb and a verb.
const TEXTSPEAK: Readonly<Record<string, string>> = {
  u: "you",
  ur: "your",
  r: "are",
  thru: "through",
  w: "with",
  sum1: "someone",
  some1: "someone",
  any1: "anyone",
  ne1: "anyone",
  no1: "no one",
  ppl: "people",
  cn: "can",
  cld: "could",
  pls: "please",
  plz: "please",
  plss: "please",
  wat: "what",
  wats: "what's",
  whats: "what's",
  thats: "that's",
  dont: "don't",
  doesnt: "doesn't",
  didnt: "didn't",
  cant: "can't",
  isnt: "isn't",
  wasnt: "wasn't",
  havent: "haven't",
  im: "i'm",
  ive: "i've",
  youre: "you're",
  theyre: "they're",
  wanna: "want to",
  gimme: "give me",
  lemme: "let me",
  tlak: "talk",
  spk: "speak",
  hav: "have",
  bc: "because",
  cuz: "because",
  coz: "because",
};
const TEXTSPEAK_WORD =
  /(?<![\w'])(?:[a-z]+1|[a-z]+)(?![\w'])|\bw\/(?=\s)|(?<=\b(?:need|want|like|going|able|talk|speak|chat|try|trying|thru|through|me|us) )2(?= (?:speak|talk|chat|call|ring|get|be|reach|contact|someone|somebody|sum1|some1|any1|anyone|a|an|the|ur|your|you|u)\b)/g;

/**
 * Folded text with phone typing spelled out, for pattern matchers that do not map matches back to tokens
 * (the string length changes). "can u put me thru 2 sum1" → "can you put me through to someone".
 */
export function expandTextspeak(folded: string): string {
  return folded.replace(TEXTSPEAK_WORD, (w) =>
    w === "2" ? "to" : w === "w/" ? "with" : (TEXTSPEAK[w] ?? w),
  );
}
