import { describe, expect, it } from "vitest";
import { createApp } from "../../workers/http/app";
import { client, newWorkspace } from "./helpers";
import { conformanceProblems, servedDocument } from "./openapi-walk";

/** Routes served outside the document on purpose: the document itself and its reading page. */
const UNDOCUMENTED = new Set(["GET /api/v1/openapi.json", "GET /api/v1/reference"]);

async function documentOps() {
  const doc = await servedDocument();
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method]) => ({ method: method.toUpperCase(), path })),
  );
}

describe("the OpenAPI document", () => {
  it("describes every API route the Worker serves, and nothing it does not", async () => {
    const ops = await documentOps();
    const documented = new Set(ops.map((o) => `${o.method} ${o.path.replace(/\{(\w+)\}/g, ":$1")}`));
    const served = new Set(
      createApp()
        .routes.filter((r) => r.method !== "ALL" && r.path.startsWith("/api/v1/"))
        .map((r) => `${r.method} ${r.path.replace(/\/$/, "")}`),
    );
    expect(served.size).toBeGreaterThan(50);
    const missing = [...served].filter((r) => !documented.has(r) && !UNDOCUMENTED.has(r));
    const phantom = [...documented].filter((r) => !served.has(r));
    expect(missing).toEqual([]);
    expect(phantom).toEqual([]);
  });

  it("lists every status a route answers to a bad or unauthenticated call, each error in its documented schema", async () => {
    const { api } = await newWorkspace();
    const anonymous = client(null);
    const doc = await servedDocument();
    const problems: string[] = [];
    const ops = await documentOps();
    expect(ops.length).toBeGreaterThan(50);
    for (const { method, path } of ops) {
      const url = path.replace(/\{\w+\}/g, "nope");
      const body = method === "GET" || method === "DELETE" ? undefined : { unexpected: true };
      for (const [who, call] of [
        ["key", api],
        ["anonymous", anonymous],
      ] as const) {
        const res = await call(method, url, body);
        const exchange = { method, route: path, status: res.status, body: res.body };
        problems.push(...conformanceProblems(doc, exchange).map((p) => `${who} ${p}`));
      }
    }
    expect(problems).toEqual([]);
  });
});
