import type { ChatTurn, WrapUp, WrapUpBrief } from "../provider";
import { mainCustomerLine } from "./brief/goal";

const MAX_ITEMS = 3;
const MAX_CHARS = 280;

/** An agent's promise of something after the chat (English; other languages give none offline). */
const COMMITMENT =
  /\b(I'll|I will|we'll|we will|I'm going to|will (send|email|e-mail|call|get back|follow up|confirm)|follow[- ]up|tomorrow|next week|within \d+|by (monday|tuesday|wednesday|thursday|friday|end of))\b/i;
/** Words that carry no action: greetings, thanks, sign-offs. */
const SMALL_TALK = /^(hi|hello|hey|thanks?|thank you|you're welcome|bye|goodbye|have a (nice|good|great))\b/i;

const clip = (text: string) =>
  text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1).trimEnd()}…` : text;

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * The offline wrap-up, extractive: the problem as the brief stated it (or the customer's main line when
 * the bot kept the conversation), what the agents said they did, and what they promised to do next.
 */
export function wrapUpLocally(history: readonly ChatTurn[], brief: WrapUpBrief): WrapUp {
  const problem = brief?.customerGoal ?? brief?.summary ?? mainCustomerLine(history)?.text ?? "";
  const agentLines = history
    .filter((t) => t.role === "agent")
    .flatMap((t) => sentences(t.text))
    .filter((s) => !SMALL_TALK.test(s) && s.split(/\s+/).length >= 4);
  const followUps = agentLines.filter((s) => COMMITMENT.test(s));
  const done = agentLines.filter((s) => !COMMITMENT.test(s) && !s.endsWith("?"));
  return {
    problem: clip(problem),
    // The latest actions say best where things ended.
    done: done.slice(-MAX_ITEMS).map(clip),
    followUps: followUps.slice(-MAX_ITEMS).map(clip),
  };
}
