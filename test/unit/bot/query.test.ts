import { describe, expect, it } from "vitest";
import { stemIn } from "../../../workers/knowledge/stemming";
import { contentTerms, matchExpression } from "../../../workers/knowledge/terms";
import { buildTurnQuery } from "../../../workers/knowledge/turn-query";

describe("query building", () => {
  it("keeps the topic words of a question, folded, without function words or filler", () => {
    expect(contentTerms("Hi! How do I reset my password, please?")).toEqual(["reset", "password"]);
    expect(contentTerms("¿Cómo restablezco mi contraseña?")).toEqual(["restablezco", "contrasena"]);
    expect(contentTerms("Can I turn on 2FA?")).toEqual(["turn", "2fa"]);
  });

  it("has nothing to search for in emoji, punctuation or FTS operators alone", () => {
    expect(contentTerms("😀 ??? ***")).toEqual([]);
    expect(matchExpression(contentTerms('" * ( ) ^ :'))).toBeNull();
  });

  it("reads a token longer than any word (a pasted key, 4,000 of one letter) as no topic", () => {
    expect(contentTerms(`${"y".repeat(4000)} invoice`)).toEqual(["invoice"]);
    expect(contentTerms("Rechtsschutzversicherungsgesellschaften")).toHaveLength(1);
  });

  it("quotes every term, so FTS5 syntax is searched for and never interpreted", () => {
    expect(matchExpression(["near", "slack"])).toBe('"near" OR "slack"');
    expect(matchExpression(['say "hi"'])).toBe('"say ""hi"""');
  });

  it("reads a follow-up with the customer's earlier message as context, ignoring the bot's reply", () => {
    const q = buildTurnQuery([
      { role: "customer", text: "How do I connect Slack?" },
      { role: "bot", text: "Go to Settings → Integrations → Slack and click Connect." },
      { role: "customer", text: "and with Teams?" },
    ]);
    expect(q).toEqual({
      question: "and with Teams?",
      language: "en",
      terms: ["teams"],
      context: ["connect", "slack"],
      names: ["teams"],
    });
  });

  it("takes the context as the query when the latest message has no topic of its own", () => {
    const q = buildTurnQuery([
      { role: "customer", text: "I need to export my workspace" },
      { role: "customer", text: "how?" },
    ]);
    expect(q.terms).toEqual(["export", "workspace"]);
    expect(q.context).toEqual([]);
  });

  it("looks back only a few customer messages", () => {
    const q = buildTurnQuery(
      ["invoices", "refunds", "passwords", "and teams?"].map((text) => ({ role: "customer", text })),
      { contextTurns: 1 },
    );
    expect(q.context).toEqual(["passwords"]);
  });

  it("reads the forms of a word with the stemmer of its language", () => {
    expect(stemIn("invoices", "en")).toBe(stemIn("invoice", "en"));
    expect(stemIn("integrations", "en")).toBe(stemIn("integrate", "en"));
    expect(stemIn("cancellation", "en")).toBe(stemIn("cancel", "en"));
    expect(stemIn("olvide", "es")).toBe(stemIn("olvidaste", "es"));
    expect(stemIn("rechnungen", "de")).toBe(stemIn("rechnung", "de"));
    expect(stemIn("password", "en")).not.toBe(stemIn("pass", "en"));
  });
});
