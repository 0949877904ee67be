import type { ChatTurn } from "../../provider";
import { classifyLocally } from "../classify";

/** Lines this short that only greet carry no problem ("hi", "hello?", "buenos días"). */
const GREETING_WORDS = 3;

/**
 * How much a customer line says about the problem. A topic, length and identifiers count for it; asking
 * for a person in a short line, turning the bot's answer down ("I tried that already, still fails") and
 * bare greetings count against it; an earlier line wins a tie, since customers state the problem first
 * and then react to the bot.
 */
function informativeness(text: string, index: number): number {
  const c = classifyLocally(text);
  const words = text.trim().split(/\s+/).length;
  let score = (c.category === "general" ? 0 : 1) + Math.min(words, 15) / 6;
  if (c.wantsHuman && words < 12) score -= 2;
  if (c.intents.includes("rejects_answer")) score -= 3;
  if (words <= GREETING_WORDS && c.category === "general") score -= 5;
  return score - index;
}

/** The customer line that states the problem: what the brief's goal and the suggestions are built on. */
export function mainCustomerLine(history: readonly ChatTurn[]): ChatTurn | undefined {
  let goal: ChatTurn | undefined;
  let best = Number.NEGATIVE_INFINITY;
  let index = 0;
  for (const m of history) {
    if (m.role !== "customer" || m.text.trim() === "") continue;
    const score = informativeness(m.text, index++);
    if (score > best) {
      best = score;
      goal = m;
    }
  }
  return goal;
}
