import type { Category, ChatTurn, HandoffSummary } from "../provider";
import { botAdmitsFailure } from "./bot-failure";
import { customerAttempts } from "./brief/attempts";
import { extractFacts } from "./brief/facts";
import { mainCustomerLine } from "./brief/goal";
import { moodOver } from "./brief/mood";
import { classifyLocally } from "./classify";
import { PLEASANTRY } from "./languages";
import { scoreSentiment } from "./sentiment";
import { fold } from "./text";

const MAX_QUOTE = 200;
const MAX_GOAL = 300;
const MAX_ATTEMPTS = 8;

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

/** A sentence this short that opens with a pleasantry says nothing of the problem ("Hi there, hope you're well."). */
const PLEASANTRY_WORDS = 8;
/** Bot sentences shorter than this are filler ("I understand.", "Verstanden."), not suggestions. */
const MIN_SUGGESTION_WORDS = 4;

const words = (sentence: string) => sentence.trim().split(/\s+/).length;
/** Only a courtesy: "Hi there, hope you're having a good day.", "Guten Abend!", "Sorry to hear that!". */
const pleasantry = (sentence: string) =>
  words(sentence) <= PLEASANTRY_WORDS && PLEASANTRY.test(fold(sentence.trim()));

/** The sentences of a text, whitespace collapsed, each with the space after it (so they join back as written). */
function sentencesOf(text: string): string[] {
  return (
    text
      .trim()
      .replace(/\s+/g, " ")
      .match(/[^.!?]+[.!?]*\s*/g) ?? []
  );
}

/** The goal line as the customer wrote it, without an opening greeting, cut at a sentence near 300 characters. */
function goalText(text: string): string {
  const found = sentencesOf(text);
  const sentences = found.length > 0 ? found : [text];
  while (sentences.length > 1 && pleasantry(sentences[0] as string)) sentences.shift();
  let goal = "";
  for (const sentence of sentences) {
    if (goal !== "" && goal.length + sentence.length > MAX_GOAL) break;
    goal += sentence;
  }
  goal = goal.trim();
  return goal.length > MAX_GOAL ? `${goal.slice(0, MAX_GOAL - 1)}…` : goal;
}
/** An article the bot cites by its title, in straight or typographic quotes. */
const CITED = /["“«„]([^"”»“]{4,120})["”»“]/g;

/** Questions shorter than this ask for details ("What's your order number?"); longer ones suggest ("Have you tried…?"). */
const SUGGESTING_QUESTION_WORDS = 6;

/** What a bot reply suggests: the articles it cites, and each sentence that is not a greeting or a short question. */
function suggestions(text: string): string[] {
  const cited = [...text.matchAll(CITED)].map((m) => (m[1] as string).trim());
  const useful = sentencesOf(text)
    .map((x) => x.trim())
    .filter(
      (x) =>
        x !== "" &&
        words(x) >= MIN_SUGGESTION_WORDS &&
        !pleasantry(x) &&
        (!x.endsWith("?") || x.split(" ").length >= SUGGESTING_QUESTION_WORDS),
    );
  return [...cited, ...useful.map(firstSentence)];
}

export { mainCustomerLine } from "./brief/goal";

/**
 * Extractive brief for the agent, nothing invented: the customer line that states the problem is the goal;
 * what the customer already did, the identifiers they gave and their mood over the chat are pulled out; the
 * bot's suggestions and cited articles (not its failures, greetings or questions) are what was attempted.
 */
export function summarizeLocally(history: readonly ChatTurn[]): HandoffSummary {
  const customer = history.filter((m) => m.role === "customer" && m.text.trim() !== "");
  const bot = history.filter((m) => m.role === "bot");
  // A greeting is never a failure, whatever it ends with ("Hi! How can I help?").
  const failed = (m: ChatTurn) => !pleasantry(m.text) && botAdmitsFailure(m.text);
  const failures = bot.filter(failed).length;
  const attempted = [...new Set(bot.filter((m) => !failed(m)).flatMap((m) => suggestions(m.text)))].slice(
    -MAX_ATTEMPTS,
  );
  const texts = customer.map((m) => m.text);
  const customerTried = customerAttempts(texts);
  const facts = extractFacts(texts);
  const mood = moodOver(texts.map(scoreSentiment));
  const last = customer.at(-1);
  const goal = mainCustomerLine(history);
  if (!last || !goal) {
    return {
      summary: "The customer has not written yet.",
      customerGoal: "",
      attempted,
      customerTried,
      facts,
      mood,
    };
  }

  const c = classifyLocally(goal.text);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  // A quoted sentence already ends the sentence: no second full stop after it.
  const said = (text: string) => {
    const q = firstSentence(text);
    return /[.!?…]$/.test(q) ? `"${q}"` : `"${q}".`;
  };
  const parts = [`${CATEGORY_LABEL[c.category]} request (${c.language}): ${said(goalText(goal.text))}`];
  if (customerTried.length > 0) parts.push(`The customer already tried: ${customerTried.join(" / ")}`);
  if (facts.length > 0) parts.push(`They gave: ${facts.map((f) => f.value).join(", ")}.`);
  parts.push(
    `${plural(customer.length, "customer message")}; the bot suggested ${plural(attempted.length, "thing")}${failures > 0 ? ` and could not help ${plural(failures, "time")}` : ""}.`,
  );
  const agentLines = history.filter((m) => m.role === "agent" && m.text.trim() !== "");
  const lastAgent = agentLines.at(-1);
  if (lastAgent) {
    parts.push(
      `An agent already replied ${plural(agentLines.length, "time")}; last: ${said(lastAgent.text)}`,
    );
  }
  if (last !== goal) parts.push(`Latest: ${said(last.text)}`);
  if (mood && mood.now !== "calm") {
    parts.push(`The customer is ${mood.now}${mood.trend === "worse" ? " and it is getting worse" : ""}.`);
  }
  return {
    summary: parts.join(" "),
    customerGoal: goalText(goal.text),
    attempted,
    customerTried,
    facts,
    mood,
  };
}
