import type { Fact } from "../../provider";

/** Month names in the six languages, folded or not, for dates written out ("3 de octubre", "1. August"). */
const MONTHS = [
  "january|february|march|april|may|june|july|august|september|october|november|december",
  "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec",
  "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre",
  "janvier|fevrier|février|mars|avril|mai|juin|juillet|aout|août|septembre|octobre|novembre|decembre|décembre",
  "januar|februar|marz|märz|juni|juli|oktober|dezember",
  "janeiro|fevereiro|marco|março|maio|junho|julho|setembro|outubro|novembro|dezembro",
  "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre",
].join("|");

/**
 * Identifiers a customer gives that an agent must not ask for again: e-mail addresses, links, order and
 * ticket numbers, error codes, amounts, dates and phone numbers. Shapes, not language, so one list serves
 * every language; each pattern is linear (no nested repetition).
 */
const PATTERNS: ReadonlyArray<readonly [Fact["kind"], RegExp]> = [
  ["email", /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g],
  ["url", /\bhttps?:\/\/[^\s<>"')]+/g],
  [
    "amount",
    /(?:(?:[$€£]|r\$)\s?(?:\d{1,3}(?:[ .,]\d{3})+|\d+)(?:[.,]\d{1,2})?(?:\s?(?:k|m))?|\b(?:\d{1,3}(?:[ .,]\d{3})+|\d+)(?:[.,]\d{1,2})?\s?(?:€|\$|£|eur|euros?|usd|dollars?|gbp|pounds?|reais|chf)(?![\p{L}]))/giu,
  ],
  [
    "reference",
    /(?:#\s?\d{3,}|\b(?:order|ticket|invoice|booking|case|ref(?:erence)?|account|pedido|commande|bestellung|ordine|fattura|factura|facture|rechnung|reserva|numero|nummer|n[°º])\s*(?:n(?:o|umber|[°º])\.?\s*)?[:#]?\s*[A-Z]{0,4}[-\d][\dA-Z-]{2,})/gi,
  ],
  [
    "error",
    /\b(?:error|erro|erreur|fehler|errore|code|status|http)\s*(?:code\s*)?[:#]?\s*[A-Z_]*\d{3,5}\b|\b[A-Z]{2,}(?:_[A-Z0-9]+)+\b|(?<![\w-])[A-Z]{1,4}-?\d{3,5}\b(?![\w-])/g,
  ],
  // What the customer quotes is usually what a screen said: an error message, a notice, a label.
  ["quote", /["“«„]([^"”»“\n]{6,160})["”»“]|(?<![\p{L}\d])'([^'\n]{6,160})'(?![\p{L}\d])/gu],
  // References without a keyword: booking codes ("ZP4K9R"), "FR-2024-88130", long numbers ("40018823").
  [
    "reference",
    /\b(?=[A-Z0-9]{5,8}\b)(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{5,8}\b|\b[A-Z]{1,5}(?:-[A-Z0-9]*\d[A-Z0-9]*){1,3}\b|\b\d{6,12}\b/g,
  ],
  [
    "date",
    new RegExp(
      `\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}\\.? (?:de )?(?:${MONTHS})\\b|\\b(?:${MONTHS}) \\d{1,2}(?:st|nd|rd|th)?\\b`,
      "giu",
    ),
  ],
  [
    "device",
    /\b(?:iphone|ipad|macbook|android|ios|ipados|macos|windows|linux|chromebook|pixel|galaxy|samsung|huawei|xiaomi|chrome|firefox|safari|edge)(?: [\w.]*\d[\w.]*)?(?: [\w.]*\d[\w.]*)?\b|\b(?:v(?:ersion)?\s?)?\d+\.\d+\.\d+\b/gi,
  ],
  ["phone", /(?<![\w.])\+?\d[\d ()-]{7,}\d\b/g],
];

/** The brief keeps this many identifiers, the first ones given. */
export const MAX_FACTS = 12;

/** The identifiers in the customer's messages, in order of appearance, each once. */
export function extractFacts(customerTexts: readonly string[]): Fact[] {
  const facts: Fact[] = [];
  const seen = new Set<string>();
  for (const text of customerTexts) {
    const found: Array<{ at: number; fact: Fact }> = [];
    const taken: Array<[number, number]> = [];
    for (const [kind, pattern] of PATTERNS) {
      for (const m of text.matchAll(pattern)) {
        const start = m.index;
        const end = start + m[0].length;
        // A span already claimed by an earlier kind (an e-mail's digits are not a phone number) is skipped.
        if (taken.some(([s, e]) => start < e && end > s)) continue;
        taken.push([start, end]);
        // A quote's value is what is inside the quotes.
        const value = (m[1] ?? m[2] ?? m[0]).trim().replace(/[.,;:]+$/, "");
        found.push({ at: start, fact: { kind, value } });
      }
    }
    for (const { fact } of found.sort((a, b) => a.at - b.at)) {
      const key = fact.value.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      facts.push(fact);
    }
  }
  return facts.slice(0, MAX_FACTS);
}
