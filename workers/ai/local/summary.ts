import type { Category, ChatTurn, HandoffSummary } from "../provider";
import { botAdmitsFailure } from "./bot-failure";
import { classifyLocally } from "./classify";
import { scoreSentiment } from "./sentiment";

const MAX_QUOTE = 200;
const MAX_ATTEMPTS = 5;

const CATEGORY_LABEL: Readonly<Record<Category, string>> = {
  general: "General",
  billing: "Billing",
  technical: "Technical",
  sales: "Sales",
  legal: "Legal",
  account: "Account",
};

function firstSentence(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, " ");
  const cut = trimmed.match(/^.+?[.!?](?=\s|$)/)?.[0] ?? trimmed;
  return cut.length > MAX_QUOTE ? `${cut.slice(0, MAX_QUOTE - 1)}…` : cut;
}

/** How much a customer line says about the problem: topical lines beat greetings and "human please". */
function informativeness(text: string): number {
  const c = classifyLocally(text);
  const words = text.split(/\s+/).length;
  return (c.category === "general" ? 0 : 10) + Math.min(words, 25) - (c.wantsHuman && words < 8 ? 20 : 0);
}

/**
 * Extractive hand-off summary: the customer's most informative line is the goal, the bot's non-failing
 * replies are what was attempted, and the latest line and mood close it. Nothing is invented.
 */
export function summarizeLocally(history: readonly ChatTurn[]): HandoffSummary {
  const customer = history.filter((m) => m.role === "customer" && m.text.trim() !== "");
  const attempted = [
    ...new Set(
      history.filter((m) => m.role === "bot" && !botAdmitsFailure(m.text)).map((m) => firstSentence(m.text)),
    ),
  ].slice(-MAX_ATTEMPTS);
  const last = customer.at(-1);
  if (!last) return { summary: "The customer has not written yet.", customerGoal: "", attempted };

  let goal = last;
  for (const m of customer) if (informativeness(m.text) > informativeness(goal.text)) goal = m;
  const c = classifyLocally(goal.text);
  const failures = history.filter((m) => m.role === "bot" && botAdmitsFailure(m.text)).length;
  const mood = scoreSentiment(last.text).label;

  const parts = [`${CATEGORY_LABEL[c.category]} request (${c.language}): "${firstSentence(goal.text)}".`];
  parts.push(
    `${customer.length} customer message${customer.length === 1 ? "" : "s"}; the bot answered ${attempted.length} time${attempted.length === 1 ? "" : "s"}${failures > 0 ? ` and could not help ${failures} time${failures === 1 ? "" : "s"}` : ""}.`,
  );
  if (last !== goal) parts.push(`Latest: "${firstSentence(last.text)}".`);
  if (mood === "negative") parts.push("The customer is frustrated.");
  return { summary: parts.join(" "), customerGoal: firstSentence(goal.text), attempted };
}
