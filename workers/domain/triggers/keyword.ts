import type { RE2JS } from "re2js";
import { negatedAt } from "../../ai/local/negation";
import { fold } from "../../ai/local/text";
import { compilePattern, type Rules } from "../rules";
import type { ConversationView } from "./context";

interface CompiledKeywords {
  readonly phrases: ReadonlyArray<readonly [string, RegExp]>;
  readonly patterns: ReadonlyArray<readonly [string, RE2JS]>;
}

// Rules documents are immutable once parsed, so compiling once per document keeps `decide` cheap.
const compiled = new WeakMap<Rules["keywords"], CompiledKeywords>();

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function compile(keywords: Rules["keywords"]): CompiledKeywords {
  const hit = compiled.get(keywords);
  if (hit) return hit;
  const fresh: CompiledKeywords = {
    // A literal phrase compiles to a regex without alternation or repetition: linear whatever it holds.
    phrases: keywords.phrases.map(
      (p) => [p, new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(fold(p))}(?![\\p{L}\\p{N}])`, "gu")] as const,
    ),
    patterns: keywords.patterns.map((p) => [p, compilePattern(p)] as const),
  };
  compiled.set(keywords, fresh);
  return fresh;
}

/** Some match of the phrase in `folded` that the customer does not negate. */
function phraseHolds(re: RegExp, folded: string): boolean {
  for (const m of folded.matchAll(re)) if (!negatedAt(folded, m.index)) return true;
  return false;
}

/** Some match of the pattern that is not negated, tried on the text as written and folded. */
function patternHolds(re: RE2JS, text: string, folded: string): boolean {
  for (const input of text === folded ? [folded] : [text, folded]) {
    const lower = input.toLowerCase();
    const m = re.matcher(input);
    while (m.find()) if (!negatedAt(lower, m.start())) return true;
  }
  return false;
}

/**
 * The workspace's keyword phrases and patterns (default: cancelling a subscription or plan). A keyword the
 * customer negates does not fire: "I don't want to cancel my plan" is not a cancellation.
 */
export function keywordRule(view: ConversationView, rules: Rules): string | null {
  const text = view.customer.at(-1)?.text ?? "";
  const folded = fold(text);
  const { phrases, patterns } = compile(rules.keywords);
  const phrase = phrases.find(([, re]) => phraseHolds(re, folded));
  if (phrase) return `the message contains the keyword "${phrase[0]}"`;
  const pattern = patterns.find(([, re]) => patternHolds(re, text, folded));
  if (pattern) return "the message matches a keyword rule of this workspace";
  return null;
}
