import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_ARTICLES } from "../../scripts/demo-knowledge";
import { LocalAiProvider } from "../../workers/ai/local/index";
import type { ChatTurn } from "../../workers/ai/provider";
import { answerOffline } from "../../workers/bot/answer";
import { phrases } from "../../workers/bot/phrases";
import { getDb } from "../../workers/db/client";
import { createArticle, retrieveForTurn } from "../../workers/db/knowledge";
import { loadPersona } from "../../workers/db/persona";
import { DEFAULT_RULES } from "../../workers/domain/rules";
import { evaluateTranscript } from "../../workers/domain/triggers/transcript";
import { newWorkspace } from "./helpers";

const db = getDb(env.DB);
let workspace: Awaited<ReturnType<typeof newWorkspace>>;
/** Demo article ids by their stable demo id, as created in this test's own workspace. */
const idOf = new Map<string, string>();

beforeAll(async () => {
  workspace = await newWorkspace();
  for (const { id, ...article } of DEMO_ARTICLES) {
    idOf.set(id, (await createArticle(db, workspace.id, article)).id);
  }
});

const customer = (text: string): ChatTurn => ({ role: "customer", text });

/** One bot turn as the Conversation DO runs it: retrieve with the history, answer with the persona. */
async function botTurn(history: ChatTurn[]) {
  const question = history.at(-1)?.text ?? "";
  const retrieved = await retrieveForTurn(db, workspace.id, history);
  const persona = await loadPersona(db, workspace.id);
  return answerOffline(persona, question, retrieved, history, "en");
}

describe("the bot's turn on D1", () => {
  it("answers a question from the article that covers it, citing it", async () => {
    const answer = await botTurn([customer("How do I connect Slack?")]);
    expect(answer.failed).toBe(false);
    expect(answer.citations).toEqual([
      { articleId: idOf.get("kb_demo_slack"), title: "Connect Orbit to Slack" },
    ]);
    expect(answer.text).toContain("Settings → Integrations → Slack");
  });

  it("reads a follow-up with the recent turns: “and with Teams?” after Slack finds the Teams article", async () => {
    const history: ChatTurn[] = [customer("How do I connect Slack?")];
    history.push({ role: "bot", text: (await botTurn(history)).text }, customer("and with Teams?"));
    const answer = await botTurn(history);
    expect(answer.citations[0]?.articleId).toBe(idOf.get("kb_demo_teams"));
    expect(answer.text).toContain("Settings → Integrations → Microsoft Teams");
  });

  it("declines an out-of-scope question and marks it a bot failure", async () => {
    const answer = await botTurn([customer("Can you recommend a good pizza place in Rome?")]);
    expect(answer).toMatchObject({ failed: true, text: phrases("en").decline, citations: [] });
  });

  it("hands off after two declines: the engine counts the flagged failures", async () => {
    const transcript: Array<ChatTurn & { meta?: { botFailure: boolean } }> = [];
    for (const text of ["Does Orbit have a Gantt chart view?", "Can I book a flight with you?", "Hello?"]) {
      transcript.push(customer(text));
      const answer = await botTurn(transcript);
      transcript.push({ role: "bot", text: answer.text, meta: { botFailure: answer.failed } });
    }
    const { decision, turn } = await evaluateTranscript(new LocalAiProvider(), DEFAULT_RULES, transcript);
    expect(decision).toMatchObject({ handoff: true, trigger: "repeated_failure" });
    expect(turn).toBe(2);
  });

  it("stays within D1's query limits for a long pasted message with long context", async () => {
    const words = (n: number, from: number) =>
      Array.from({ length: n }, (_, i) => `word${from + i}`).join(" ");
    const history = [
      customer(words(40, 0)),
      customer(words(40, 100)),
      customer(`${words(40, 200)} invoices`),
    ];
    await expect(retrieveForTurn(db, workspace.id, history)).resolves.toBeInstanceOf(Array);
  });

  it("declines more as the workspace raises its confidence threshold", async () => {
    const question = [customer("can invoices be sent to a different email address than mine?")];
    expect((await botTurn(question)).failed).toBe(false);
    expect((await workspace.api("PUT", "/api/v1/persona", { confidenceThreshold: 0.95 })).status).toBe(200);
    expect((await botTurn(question)).failed).toBe(true);
    await workspace.api("PUT", "/api/v1/persona", { confidenceThreshold: 0.4 });
  });
});
