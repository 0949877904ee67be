import type { Rules } from "../rules";
import type { ConversationView } from "./context";

/** Topics that go to a human from the start (default: refunds and disputes, legal, high-value sales). */
export function categoryRule(view: ConversationView, rules: Rules): string | null {
  const { category, intents } = view.analysis(0);
  const rule = rules.categories.find(
    (r) => r.category === category && (r.intents === undefined || r.intents.some((i) => intents.includes(i))),
  );
  if (!rule) return null;
  const why = rule.intents?.filter((i) => intents.includes(i)).map((i) => i.replace(/_/g, " ")) ?? [];
  return `${category}${why.length > 0 ? ` (${why.join(", ")})` : ""} matters go to a human from the start`;
}
