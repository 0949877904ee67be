import { exports } from "cloudflare:workers";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { type ApiClient, BASE, newWorkspace } from "./helpers";
import { signedInAgent } from "./queue-helpers";

const invoices = `---
title: Download your invoices
tags: [billing]
---
Every invoice is a PDF under Settings → Billing → Invoices. Click one to download it.
`;
const password = `<html lang="es"><head><title>Contraseña | Orbit</title></head><body>
<nav><a href="/">Inicio</a> <a href="/docs">Documentación</a></nav>
<main><h1>Olvidé mi contraseña</h1><p>Pulsa «¿Olvidaste tu contraseña?» en la página de acceso y sigue el enlace del correo.</p></main>
<footer>© Orbit · Privacidad · Cookies</footer></body></html>`;

async function articles(api: ApiClient) {
  const res = await api("GET", "/api/v1/knowledge?limit=100");
  return res.body.articles as { id: string; title: string; body: string; tags: string[]; language: string }[];
}

async function uploadZip(apiKey: string, bytes: Uint8Array, query = "") {
  const res = await exports.default.fetch(`${BASE}/api/v1/knowledge/imports/zip${query}`, {
    method: "POST",
    headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/zip" },
    body: bytes,
  });
  return {
    status: res.status,
    body: (await res.json()) as { error?: { code: string; details: unknown } } & Record<string, never>,
  };
}

describe("importing a help centre from Markdown and HTML files", () => {
  it("makes each file an article the bot can find, with its title, tags and language, and no page chrome", async () => {
    const { api } = await newWorkspace();
    const res = await api("POST", "/api/v1/knowledge/imports/files", {
      source: "help-centre",
      tags: ["support"],
      files: [
        { path: "billing/invoices.md", content: invoices },
        { path: "es/password.html", content: password },
      ],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: "files", source: "help-centre", status: "done" });
    expect(res.body.report.articles).toMatchObject({ created: 2, updated: 0, merged: 0 });

    const byTitle = Object.fromEntries((await articles(api)).map((a) => [a.title, a]));
    expect(byTitle["Download your invoices"]).toMatchObject({ language: "en", tags: ["support", "billing"] });
    const es = byTitle["Olvidé mi contraseña"];
    expect(es?.language).toBe("es");
    expect(es?.body).toContain("sigue el enlace del correo");
    expect(es?.body).not.toMatch(/Inicio|Cookies/);

    const search = await api("GET", "/api/v1/knowledge/search?q=invoice%20pdf");
    expect(search.body.results[0].title).toBe("Download your invoices");
  });

  it("updates only what changed on a second import, and removes what is gone when asked", async () => {
    const { api } = await newWorkspace();
    const files = [
      { path: "a.md", content: "# Connect Slack\n\nOpen Integrations and click Slack." },
      { path: "b.md", content: "# Connect Teams\n\nOpen Integrations and click Teams." },
      { path: "c.md", content: "# Export data\n\nSettings, then Export." },
    ];
    await api("POST", "/api/v1/knowledge/imports/files", { source: "docs", files });
    const before = await articles(api);

    const second = await api("POST", "/api/v1/knowledge/imports/files", {
      source: "docs",
      removeMissing: true,
      files: [
        files[0],
        { path: "./b.md", content: "# Connect Teams\n\nOpen Integrations, then Microsoft Teams." },
      ],
    });
    expect(second.body.report.articles).toEqual({
      created: 0,
      updated: 1,
      unchanged: 1,
      merged: 0,
      removed: 1,
    });
    const after = await articles(api);
    expect(after.map((a) => a.title).sort()).toEqual(["Connect Slack", "Connect Teams"]);
    const slack = (list: typeof before) => list.find((a) => a.title === "Connect Slack");
    expect(slack(after)).toEqual(slack(before));
    expect(after.find((a) => a.title === "Connect Teams")?.body).toContain("Microsoft Teams");
  });

  it("shares one article between files with the same body, and never deletes an article it did not create", async () => {
    const { api } = await newWorkspace();
    const same = "# Refunds\n\nRefunds are paid within 5 days.";
    const first = await api("POST", "/api/v1/knowledge/imports/files", {
      source: "site",
      files: [
        { path: "en/refunds.md", content: same },
        { path: "copy/refunds.md", content: same },
      ],
    });
    expect(first.body.report.articles).toMatchObject({ created: 1, merged: 1 });
    expect(await articles(api)).toHaveLength(1);

    // Another source with the same body shares the article; removing that source's file leaves it alone.
    await api("POST", "/api/v1/knowledge/imports/files", {
      source: "mirror",
      files: [{ path: "r.md", content: same }],
    });
    const emptied = await api("POST", "/api/v1/knowledge/imports/files", {
      source: "mirror",
      removeMissing: true,
      files: [{ path: "other.md", content: "# Other\n\nSomething else." }],
    });
    expect(emptied.body.report.articles.removed).toBe(0);
    expect((await articles(api)).map((a) => a.title).sort()).toEqual(["Other", "Refunds"]);
  });

  it("splits a long page at its headings into articles that a re-import finds again", async () => {
    const { api } = await newWorkspace();
    const section = (name: string) =>
      `## ${name}\n\n${`How ${name.toLowerCase()} works in Orbit. `.repeat(90)}`;
    const guide = `# Billing guide\n\nEverything about paying for Orbit.\n\n${section("Invoices")}\n\n${section("Refunds")}`;
    const file = { path: "guide.md", content: guide };
    const first = await api("POST", "/api/v1/knowledge/imports/files", { source: "g", files: [file] });
    expect(first.body.report.articles.created).toBe(3);
    expect((await articles(api)).map((a) => a.title).sort()).toEqual([
      "Billing guide",
      "Billing guide: Invoices",
      "Billing guide: Refunds",
    ]);
    const again = await api("POST", "/api/v1/knowledge/imports/files", { source: "g", files: [file] });
    expect(again.body.report.articles).toMatchObject({ created: 0, unchanged: 3 });
  });

  it("imports a zip's Markdown and HTML files, leaving out folders, hidden files and other types", async () => {
    const { api, apiKey } = await newWorkspace();
    const zip = zipSync({
      "help/billing/invoices.md": strToU8(invoices),
      "help/es/password.html": strToU8(password),
      "help/logo.png": new Uint8Array([137, 80, 78, 71]),
      "help/.draft.md": strToU8("# Draft\n\nNot ready."),
      "__MACOSX/help/._invoices.md": strToU8("junk"),
    });
    const res = await uploadZip(apiKey, zip, "?source=zipped&tags=support,faq");
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: "zip", report: { documents: { total: 2, done: 2 } } });
    const list = await articles(api);
    expect(list.map((a) => a.title).sort()).toEqual(["Download your invoices", "Olvidé mi contraseña"]);
    expect(list.every((a) => a.tags.includes("faq"))).toBe(true);
  });

  it("refuses a file that is not a zip, and a zip with nothing to import, changing nothing", async () => {
    const { api, apiKey } = await newWorkspace();
    const notZip = await uploadZip(apiKey, strToU8("just some text"));
    expect(notZip.status).toBe(400);
    expect(notZip.body.error).toMatchObject({ code: "invalid_zip", details: [{ field: "body" }] });
    const empty = await uploadZip(apiKey, zipSync({ "logo.png": new Uint8Array([1, 2, 3]) }));
    expect(empty.status).toBe(422);
    expect(empty.body.error?.code).toBe("nothing_to_import");
    expect(await articles(api)).toHaveLength(0);
    expect((await api("GET", "/api/v1/knowledge/imports")).body.imports).toHaveLength(0);
  });

  it("says which field is wrong, and lets only supervisors and API keys import", async () => {
    const { api } = await newWorkspace();
    const empty = await api("POST", "/api/v1/knowledge/imports/files", { files: [] });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details).toEqual([{ field: "files", reason: "send at least one file" }]);
    const agent = await signedInAgent(api, { name: "Ann" });
    const refused = await agent.session("POST", "/api/v1/knowledge/imports/files", {
      files: [{ path: "a.md", content: "# A\n\nb" }],
    });
    expect(refused.status).toBe(403);
    expect(await articles(api)).toHaveLength(0);
  });

  it("keeps each workspace's imports to itself", async () => {
    const mine = await newWorkspace();
    const theirs = await newWorkspace();
    const done = await mine.api("POST", "/api/v1/knowledge/imports/files", {
      files: [{ path: "a.md", content: "# A\n\nAbout A." }],
    });
    expect((await theirs.api("GET", `/api/v1/knowledge/imports/${done.body.id}`)).status).toBe(404);
    expect((await theirs.api("GET", "/api/v1/knowledge/imports")).body.imports).toEqual([]);
    expect((await mine.api("GET", `/api/v1/knowledge/imports/${done.body.id}`)).body.status).toBe("done");
  });
});
