import { fold } from "../../ai/local/text";
import { PATTERN_FLAGS, type Rules } from "../rules";
import type { ConversationView } from "./context";

interface CompiledKeywords {
  readonly phrases: ReadonlyArray<readonly [string, RegExp]>;
  readonly patterns: ReadonlyArray<readonly [string, RegExp]>;
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
    phrases: keywords.phrases.map(
      (p) => [p, new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(fold(p))}(?![\\p{L}\\p{N}])`, "u")] as const,
    ),
    patterns: keywords.patterns.map((p) => [p, new RegExp(p, PATTERN_FLAGS)] as const),
  };
  compiled.set(keywords, fresh);
  return fresh;
}

/** The workspace's keyword phrases and patterns (default: cancelling a subscription or plan). */
export function keywordRule(view: ConversationView, rules: Rules): string | null {
  const text = view.customer.at(-1)?.text ?? "";
  const folded = fold(text);
  const { phrases, patterns } = compile(rules.keywords);
  const phrase = phrases.find(([, re]) => re.test(folded));
  if (phrase) return `the message contains the keyword "${phrase[0]}"`;
  const pattern = patterns.find(([, re]) => re.test(text) || re.test(folded));
  if (pattern) return "the message matches a keyword rule of this workspace";
  return null;
}
