import { describe, expect, it } from "vitest";
import { newWorkspace } from "./helpers";

describe("knowledge search", () => {
  it("ranks by bm25: an article about the words beats one that mentions them once", async () => {
    const { api } = await newWorkspace();
    await api("POST", "/api/v1/knowledge", {
      title: "Notifications",
      body: "Choose email or push notifications. Your password is never sent by email.",
    });
    const reset = await api("POST", "/api/v1/knowledge", {
      title: "Reset your password",
      body: "If you forgot your password, click Forgot password.\n\nThe reset link is valid for one hour.",
      tags: ["login"],
    });
    const res = await api("GET", "/api/v1/knowledge/search?q=how%20do%20I%20reset%20my%20password");
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: { title: string }) => r.title)).toEqual([
      "Reset your password",
      "Notifications",
    ]);
    const [best, other] = res.body.results;
    expect(best).toMatchObject({ id: reset.body.id, tags: ["login"], language: "en" });
    expect(best.score).toBeGreaterThan(other.score);
    expect(best.passage).toBe("If you forgot your password, click Forgot password.");
  });

  it("matches other forms of a word (porter stemming) and ignores accents", async () => {
    const { api } = await newWorkspace();
    await api("POST", "/api/v1/knowledge", { title: "Exporting projects", body: "Exports are CSV files." });
    await api("POST", "/api/v1/knowledge", {
      title: "Restablecer tu contraseña",
      body: "Haz clic.",
      language: "es",
    });
    expect((await api("GET", "/api/v1/knowledge/search?q=export")).body.results).toHaveLength(1);
    expect((await api("GET", "/api/v1/knowledge/search?q=contrasena")).body.results).toHaveLength(1);
  });

  it("never fails on FTS5 syntax, quotes, emoji or injection attempts typed as a query", async () => {
    const { api } = await newWorkspace();
    await api("POST", "/api/v1/knowledge", {
      title: "Invoices",
      body: "Download invoices near the Billing tab.",
    });
    const odd = [
      '"',
      '""',
      "*",
      "invoice*",
      "NEAR(invoices billing)",
      "invoices AND",
      "OR",
      "NOT invoices",
      "-invoices",
      "title:invoices",
      "^invoices",
      "(invoices",
      "😀",
      "invoices 😀",
      "'; DROP TABLE knowledge_articles; --",
      "\u0000",
      "   ",
      "",
      "x".repeat(500),
    ];
    for (const q of odd) {
      const res = await api("GET", `/api/v1/knowledge/search?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
      expect(Array.isArray(res.body.results), q).toBe(true);
    }
    // Operators are searched for as words: "near" is in the body, so NEAR(…) finds the article.
    const near = await api("GET", `/api/v1/knowledge/search?q=${encodeURIComponent('NEAR("invoices"')}`);
    expect(near.body.results).toHaveLength(1);
    expect((await api("GET", "/api/v1/knowledge")).body.articles).toHaveLength(1);
  });

  it("refuses a query over 500 characters and a bad limit", async () => {
    const { api } = await newWorkspace();
    expect((await api("GET", `/api/v1/knowledge/search?q=${"x".repeat(501)}`)).status).toBe(413);
    expect((await api("GET", "/api/v1/knowledge/search?q=a&limit=0")).status).toBe(400);
    expect((await api("GET", "/api/v1/knowledge/search")).status).toBe(400);
  });
});
