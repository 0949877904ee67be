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

const GREETING = /^(?:hi|hello|hey|sure|of course|certainly|happy to help|thanks|thank you)\b/i;

/** The first sentence of a bot reply that actually suggests something (not a greeting or a question back). */
function suggestion(text: string): string | undefined {
  const sentences =
    text
      .trim()
      .replace(/\s+/g, " ")
      .match(/[^.!?]+[.!?]*/g) ?? [];
  const useful = sentences
    .map((x) => x.trim())
    .find((x) => x !== "" && !x.endsWith("?") && !GREETING.test(x));
  return useful === undefined ? undefined : firstSentence(useful);
}

/** The customer line that says most about the problem: what the summary and suggestions are built on. */
export function mainCustomerLine(history: readonly ChatTurn[]): ChatTurn | undefined {
  let goal: ChatTurn | undefined;
  let best = Number.NEGATIVE_INFINITY;
  for (const m of history) {
    if (m.role !== "customer" || m.text.trim() === "") continue;
    const score = informativeness(m.text);
    if (score > best) {
      best = score;
      goal = m;
    }
  }
  return goal;
}

/**
 * Extractive hand-off summary: the customer's most informative line is the goal, the bot's suggestions
 * (not its failures, greetings or questions) are what was attempted, and the latest line and mood close it.
 * Nothing is invented.
 */
export function summarizeLocally(history: readonly ChatTurn[]): HandoffSummary {
  const customer = history.filter((m) => m.role === "customer" && m.text.trim() !== "");
  const bot = history.filter((m) => m.role === "bot");
  const failures = bot.filter((m) => botAdmitsFailure(m.text)).length;
  const attempted = [
    ...new Set(bot.filter((m) => !botAdmitsFailure(m.text)).flatMap((m) => suggestion(m.text) ?? [])),
  ].slice(-MAX_ATTEMPTS);
  const last = customer.at(-1);
  const goal = mainCustomerLine(history);
  if (!last || !goal) return { summary: "The customer has not written yet.", customerGoal: "", attempted };

  const c = classifyLocally(goal.text);
  const mood = scoreSentiment(last.text).label;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  // A quoted sentence already ends the sentence: no second full stop after it.
  const said = (text: string) => {
    const q = firstSentence(text);
    return /[.!?…]$/.test(q) ? `"${q}"` : `"${q}".`;
  };
  const parts = [`${CATEGORY_LABEL[c.category]} request (${c.language}): ${said(goal.text)}`];
  parts.push(
    `${plural(customer.length, "customer message")}; the bot suggested ${plural(attempted.length, "thing")}${failures > 0 ? ` and could not help ${plural(failures, "time")}` : ""}.`,
  );
  if (last !== goal) parts.push(`Latest: ${said(last.text)}`);
  if (mood === "negative") parts.push("The customer is frustrated.");
  return { summary: parts.join(" "), customerGoal: firstSentence(goal.text), attempted };
}
