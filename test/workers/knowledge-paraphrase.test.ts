import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_ARTICLES } from "../../scripts/demo-knowledge";
import { answerOffline } from "../../workers/bot/answer";
import { DEFAULT_PERSONA } from "../../workers/bot/persona";
import { getDb } from "../../workers/db/client";
import { createArticle, retrieveForTurn } from "../../workers/db/knowledge";
import { newWorkspace } from "./helpers";

// Retrieval on D1 for questions in the customer's words rather than the help centre's: synonyms, typos,
// another language's inflections. The same SQL the eval measures, here on workerd's D1.
const db = getDb(env.DB);
let workspaceId = "";
const idOf = new Map<string, string>();

beforeAll(async () => {
  workspaceId = (await newWorkspace()).id;
  for (const { id, ...article } of DEMO_ARTICLES)
    idOf.set(id, (await createArticle(db, workspaceId, article)).id);
});

async function answer(question: string) {
  const history = [{ role: "customer" as const, text: question }];
  return answerOffline(
    DEFAULT_PERSONA,
    question,
    await retrieveForTurn(db, workspaceId, history),
    history,
    "en",
  );
}

describe("retrieval in the customer's words", () => {
  it.each([
    ["a PDF of what you billed me", "kb_demo_invoices"],
    ["my credit card expired", "kb_demo_payment"],
    ["where do I find my invocie?", "kb_demo_invoices"],
    ["olvidé mi contraseña", "kb_demo_password_es"],
    // Another language than the article's, through the lexicon's concepts; a German compound split.
    ["¿Dónde descargo mis facturas?", "kb_demo_invoices"],
    ["Comment activer la double authentification ?", "kb_demo_2fa"],
    ["Zahlungsmethode aktualisieren", "kb_demo_payment"],
  ])("“%s” is answered from %s", async (question, article) => {
    const reply = await answer(question);
    expect(reply.failed).toBe(false);
    expect(reply.citations[0]?.articleId).toBe(idOf.get(article));
  });

  it("still declines what the help centre does not cover, however many of its words are near", async () => {
    expect((await answer("Do you integrate with Salesforce?")).failed).toBe(true);
    expect((await answer("Is there a desktop app for Linux?")).failed).toBe(true);
  });

  it("declines a question about a named product the help centre never mentions", async () => {
    const question = "How do I turn on two-factor authentication for my Instagram?";
    expect((await answer(question)).failed).toBe(true);
    expect((await answer("How do I turn on two-factor authentication?")).failed).toBe(false);
  });

  it("never answers from another workspace's articles, whatever the words", async () => {
    const other = (await newWorkspace()).id;
    const history = [{ role: "customer" as const, text: "a PDF of what you billed me" }];
    expect(await retrieveForTurn(db, other, history)).toEqual([]);
  });
});
