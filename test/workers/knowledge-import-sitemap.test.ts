import { runDurableObjectAlarm } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, inject, it } from "vitest";
import { type ApiClient, newWorkspace } from "./helpers";

/** The local site of test/workers/import-site.ts. */
const SITE = inject("importSite");

async function put(path: string, body: string, type = "text/html") {
  await fetch(`${SITE}/__files${path}`, { method: "PUT", headers: { "content-type": type }, body });
}
const remove = (path: string) => fetch(`${SITE}/__files${path}`, { method: "DELETE" });

const page = (
  title: string,
  text: string,
) => `<!doctype html><html lang="en"><head><title>${title} · Orbit Help</title></head>
<body><header><a href="/">Orbit</a> <input placeholder="Search"></header><nav><a href="/a">All articles</a></nav>
<article><h1>${title}</h1><p>${text}</p></article><aside>Related: everything</aside><footer>© Orbit Inc · Terms</footer></body></html>`;

function sitemap(paths: string[]) {
  const urls = paths.map((p) => `<url><loc>${p.startsWith("http") ? p : `${SITE}${p}`}</loc></url>`).join("");
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>`;
}

/** A minute between steps: the alarms never fire on their own during a test, which runs each step itself. */
const STEPPED = { delayMs: 60_000 };

/** Runs the import's alarm until the crawl has nothing left: each run is one polite step of two pages. */
async function crawl(importId: string): Promise<number> {
  const stub = env.Importer.get(env.Importer.idFromName(importId));
  let steps = 0;
  while (await runDurableObjectAlarm(stub)) steps += 1;
  return steps;
}

async function titles(api: ApiClient) {
  const res = await api("GET", "/api/v1/knowledge?limit=100");
  return (res.body.articles as { title: string }[]).map((a) => a.title).sort();
}

describe("importing a help centre from its sitemap", () => {
  it("crawls the site's own pages that robots.txt allows, in steps, reporting progress, without page chrome", async () => {
    const { api } = await newWorkspace();
    await put("/s1/slack", page("Connect Slack", "Open Integrations and click Slack."));
    await put("/s1/teams", page("Connect Teams", "Open Integrations and click Microsoft Teams."));
    await put("/s1/export", page("Export your data", "Settings, then Export, then Download."));
    await put("/private/secret", page("Internal", "Not for the bot."));
    await put(
      "/s1/sitemap.xml",
      sitemap([
        "/s1/slack",
        "/s1/teams",
        "/s1/export",
        "/private/secret",
        "https://elsewhere.example/page",
        "/s1/slack#top",
      ]),
      "application/xml",
    );

    const started = await api("POST", "/api/v1/knowledge/imports/sitemap", {
      url: `${SITE}/s1/sitemap.xml`,
      tags: ["help"],
      ...STEPPED,
    });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({
      kind: "sitemap",
      status: "running",
      report: { documents: { total: 3, done: 0 } },
    });

    const stub = env.Importer.get(env.Importer.idFromName(started.body.id));
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    const midway = await api("GET", `/api/v1/knowledge/imports/${started.body.id}`);
    expect(midway.body).toMatchObject({ status: "running", report: { documents: { total: 3, done: 2 } } });

    expect(await crawl(started.body.id)).toBe(1);
    const done = await api("GET", `/api/v1/knowledge/imports/${started.body.id}`);
    expect(done.body).toMatchObject({
      status: "done",
      report: { documents: { done: 3, failed: 0 }, articles: { created: 3 } },
    });
    expect(await titles(api)).toEqual(["Connect Slack", "Connect Teams", "Export your data"]);
    const articles = (await api("GET", "/api/v1/knowledge?limit=100")).body.articles as {
      body: string;
      tags: string[];
    }[];
    expect(
      articles.every((a) => !/All articles|Terms|Related|Search/.test(a.body) && a.tags.includes("help")),
    ).toBe(true);

    const log = (await (await fetch(`${SITE}/__log`)).json()) as { path: string; userAgent: string }[];
    const ours = log.filter((l) => l.path.startsWith("/s1/") || l.path.startsWith("/private/"));
    expect(ours.map((l) => l.path)).not.toContain("/private/secret");
    expect(ours.every((l) => l.userAgent.startsWith("BatonImporter/"))).toBe(true);
  });

  it("on a second crawl updates what changed, removes pages gone from the site, and keeps those it could not read", async () => {
    const { api } = await newWorkspace();
    await put("/s2/a", page("Plans", "Free, Pro and Business."));
    await put("/s2/b", page("Refunds", "Within 14 days."));
    await put("/s2/c", page("Invoices", "PDF under Billing."));
    await put("/s2/sitemap.xml", sitemap(["/s2/a", "/s2/b", "/s2/c"]), "application/xml");
    const body = { url: `${SITE}/s2/sitemap.xml`, removeMissing: true, ...STEPPED };
    await crawl((await api("POST", "/api/v1/knowledge/imports/sitemap", body)).body.id);

    await put("/s2/a", page("Plans", "Free, Pro, Business and Enterprise."));
    await remove("/s2/b"); // listed but gone for now: kept
    await put("/s2/sitemap.xml", sitemap(["/s2/a", "/s2/b"]), "application/xml"); // c left the site
    const second = await api("POST", "/api/v1/knowledge/imports/sitemap", body);
    await crawl(second.body.id);
    const report = (await api("GET", `/api/v1/knowledge/imports/${second.body.id}`)).body.report;
    expect(report.articles).toEqual({ created: 0, updated: 1, unchanged: 0, merged: 0, removed: 1 });
    expect(report.errors).toEqual([{ location: `${SITE}/s2/b`, reason: "answered 404" }]);
    expect(await titles(api)).toEqual(["Plans", "Refunds"]);
  });

  it("refuses private addresses, a page that is not a sitemap and an unreachable one, creating nothing", async () => {
    const { api } = await newWorkspace();
    await put("/s3/not-a-sitemap", page("Hello", "A page."));
    const cases = [
      ["http://localhost:8787/sitemap.xml", 400, "address_refused"],
      ["http://10.0.0.7/sitemap.xml", 400, "address_refused"],
      ["http://169.254.169.254/latest/meta-data/", 400, "address_refused"],
      ["http://[::1]/sitemap.xml", 400, "address_refused"],
      ["file:///etc/passwd", 400, "invalid_request"],
      [`${SITE}/s3/not-a-sitemap`, 422, "not_a_sitemap"],
      [`${SITE}/s3/missing.xml`, 422, "sitemap_unreachable"],
      [`${SITE}/private/sitemap.xml`, 422, "robots_disallowed"],
    ] as const;
    for (const [url, status, code] of cases) {
      const res = await api("POST", "/api/v1/knowledge/imports/sitemap", { url });
      expect({
        url,
        status: res.status,
        code: res.body.error?.code,
        field: res.body.error?.details?.[0]?.field,
      }).toEqual({
        url,
        status,
        code,
        field: "url",
      });
    }
    expect((await api("GET", "/api/v1/knowledge/imports")).body.imports).toEqual([]);
  });

  it("does not follow a page's redirect to another site", async () => {
    const { api } = await newWorkspace();
    await put("/s4/moved", "https://elsewhere.example/page", "redirect");
    await put("/s4/ok", page("Security", "We encrypt everything."));
    await put("/s4/sitemap.xml", sitemap(["/s4/moved", "/s4/ok"]), "application/xml");
    const started = await api("POST", "/api/v1/knowledge/imports/sitemap", {
      url: `${SITE}/s4/sitemap.xml`,
      ...STEPPED,
    });
    await crawl(started.body.id);
    const done = (await api("GET", `/api/v1/knowledge/imports/${started.body.id}`)).body;
    expect(done.report.errors).toEqual([
      { location: `${SITE}/s4/moved`, reason: "redirected off the site, to https://elsewhere.example" },
    ]);
    expect(await titles(api)).toEqual(["Security"]);
  });

  it("waits out a D1 outage during the crawl and finishes with nothing lost", async () => {
    const { api } = await newWorkspace();
    await put("/s5/a", page("Two-factor sign-in", "Turn it on under Security."));
    await put("/s5/sitemap.xml", sitemap(["/s5/a"]), "application/xml");
    const started = await api("POST", "/api/v1/knowledge/imports/sitemap", {
      url: `${SITE}/s5/sitemap.xml`,
      ...STEPPED,
    });
    const stub = env.Importer.get(env.Importer.idFromName(started.body.id));

    await env.DB.exec("ALTER TABLE knowledge_sources RENAME TO knowledge_sources_offline");
    try {
      expect(await runDurableObjectAlarm(stub)).toBe(true);
    } finally {
      await env.DB.exec("ALTER TABLE knowledge_sources_offline RENAME TO knowledge_sources");
    }
    const during = (await api("GET", `/api/v1/knowledge/imports/${started.body.id}`)).body;
    expect(during).toMatchObject({ status: "running", report: { documents: { done: 0 } } });

    expect(await crawl(started.body.id)).toBe(1);
    const after = (await api("GET", `/api/v1/knowledge/imports/${started.body.id}`)).body;
    expect(after).toMatchObject({
      status: "done",
      report: { documents: { done: 1, failed: 0 }, articles: { created: 1 } },
    });
    expect(await titles(api)).toEqual(["Two-factor sign-in"]);
  });

  it("marks the import failed, saying why, when D1 stays down for five steps in a row", async () => {
    const { api } = await newWorkspace();
    await put("/s6/a", page("Audit log", "Business plans keep a year of it."));
    await put("/s6/sitemap.xml", sitemap(["/s6/a"]), "application/xml");
    const started = await api("POST", "/api/v1/knowledge/imports/sitemap", {
      url: `${SITE}/s6/sitemap.xml`,
      ...STEPPED,
    });
    await env.DB.exec("ALTER TABLE knowledge_sources RENAME TO knowledge_sources_gone");
    try {
      expect(await crawl(started.body.id)).toBe(5);
    } finally {
      await env.DB.exec("ALTER TABLE knowledge_sources_gone RENAME TO knowledge_sources");
    }
    const failed = (await api("GET", `/api/v1/knowledge/imports/${started.body.id}`)).body;
    expect(failed.status).toBe("failed");
    expect(failed.report.errors).toEqual([
      { location: `${SITE}/s6/a`, reason: expect.stringMatching(/^the import stopped: .*knowledge_sources/) },
    ]);
    expect(await titles(api)).toEqual([]);
  });
});
