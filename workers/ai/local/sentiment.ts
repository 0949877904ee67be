import type { Sentiment } from "../provider";
import { handoffModel, readMessage } from "./model";
import { type Token, tokenize } from "./text";

/** Where the default rules draw the line: a message at or below this score counts as negative. */
export const NEGATIVE_SCORE = -0.35;
/** The default rules' strongNegativeScore: one message at or below it hands off on its own. */
const STRONG_NEGATIVE_SCORE = -0.6;

/** Upper-case words that are names, not shouting. */
const ACRONYMS: ReadonlySet<string> = new Set([
  "api",
  "sso",
  "sla",
  "pdf",
  "csv",
  "soc",
  "cpu",
  "eur",
  "usd",
  "gbp",
  "vat",
  "url",
  "dpo",
  "dpa",
  "baa",
  "jit",
  "scim",
  "saml",
  "gdpr",
  "hipaa",
  "msa",
  "sdk",
  "ios",
  "faq",
  "ceo",
  "cto",
  "it",
  "ok",
  "id",
  "eu",
  "us",
  "uk",
  "acs",
  "idp",
  "ssl",
  "tls",
  "dns",
  "http",
  "https",
  "json",
  "xml",
  "html",
]);

function isShouted(t: Token): boolean {
  // Codes like "2FA" or "S3" are names, not shouting.
  return (
    t.raw.length >= 3 &&
    /\p{Lu}/u.test(t.raw) &&
    !/\d/.test(t.raw) &&
    t.raw === t.raw.toUpperCase() &&
    !ACRONYMS.has(t.norm)
  );
}

/** How loudly a message is written, 0 … 1: capitals and repeated ! or ?. */
export function emphasis(text: string): number {
  const tokens = tokenize(text);
  const shouted = tokens.filter(isShouted).length;
  const bangs = Math.min(4, (text.match(/!/g) ?? []).length);
  const questions = (text.match(/\?/g) ?? []).length >= 2 ? 1 : 0;
  const capsShare = tokens.length > 0 ? shouted / tokens.length : 0;
  return Math.min(1, capsShare * 0.6 + bangs * 0.12 + questions * 0.15 + (shouted >= 2 ? 0.2 : 0));
}

/**
 * Sentiment of a customer message, -1 … 0, from the model's probability that it is negative (frustrated,
 * angry, urgent, distressed). The probability is mapped so that the default rules' lines fall on the
 * thresholds chosen on the dev split: the negative threshold scores -0.35, the strong one -0.6.
 */
export function scoreSentiment(text: string): Sentiment {
  const p = readMessage(text).negative;
  const { negative, strongNegative } = handoffModel().thresholds;
  let score: number;
  if (p >= strongNegative) {
    score = STRONG_NEGATIVE_SCORE - 0.4 * ((p - strongNegative) / Math.max(1e-9, 1 - strongNegative));
  } else if (p >= negative) {
    score = NEGATIVE_SCORE - 0.25 * ((p - negative) / Math.max(1e-9, strongNegative - negative));
  } else {
    score = NEGATIVE_SCORE * (p / Math.max(1e-9, negative));
  }
  score = Math.round(Math.max(-1, score) * 1000) / 1000;
  return { score, label: score <= NEGATIVE_SCORE ? "negative" : "neutral" };
}
