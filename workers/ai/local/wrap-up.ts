import { wrapUpPhrases } from "../../domain/wrap-up/index";
import type { ChatTurn, WrapUp, WrapUpBrief } from "../provider";
import { mainCustomerLine } from "./brief/goal";
import { fold } from "./text";

const MAX_ITEMS = 3;
const MAX_CHARS = 280;

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
 * the bot kept the conversation), what the agents said they did, and what they promised to do next, read
 * with the conversation's language's phrases (workers/domain/wrap-up/).
 */
export function wrapUpLocally(history: readonly ChatTurn[], brief: WrapUpBrief, language: string): WrapUp {
  const { commitment, smallTalk } = wrapUpPhrases(language);
  const promises = (s: string) => commitment.test(fold(s));
  const problem = brief?.customerGoal ?? brief?.summary ?? mainCustomerLine(history)?.text ?? "";
  const agentLines = history
    .filter((t) => t.role === "agent")
    .flatMap((t) => sentences(t.text))
    .filter((s) => !smallTalk.test(fold(s).replace(/^[¡¿]+/, "")) && s.split(/\s+/).length >= 4);
  const followUps = agentLines.filter(promises);
  const done = agentLines.filter((s) => !promises(s) && !s.endsWith("?"));
  return {
    problem: clip(problem),
    // The latest actions say best where things ended.
    done: done.slice(-MAX_ITEMS).map(clip),
    followUps: followUps.slice(-MAX_ITEMS).map(clip),
  };
}
