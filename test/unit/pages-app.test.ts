import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { stagePagesApp } from "../../scripts/lib/pages-app";
import { AgentAppConfigSchema } from "../../workers/protocol/app-config";

const BUILT = path.join(import.meta.dirname, "../../web/dist/app/index.html");

describe("the agent app's config.json", () => {
  it("names the API by its origin, or nothing (the app's own origin)", () => {
    expect(AgentAppConfigSchema.parse({})).toEqual({});
    expect(AgentAppConfigSchema.parse({ apiOrigin: "https://api.example.com" }).apiOrigin).toBe(
      "https://api.example.com",
    );
  });

  it("refuses what is not an http(s) origin", () => {
    for (const bad of ["api.example.com", "https://api.example.com/api/v1", "ftp://api.example.com", ""]) {
      expect(AgentAppConfigSchema.safeParse({ apiOrigin: bad }).success).toBe(false);
    }
  });
});

describe.skipIf(!existsSync(BUILT))("staging the built app for Pages", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("puts the app at the root with a config.json naming the API", () => {
    dir = mkdtempSync(path.join(tmpdir(), "baton-stage-"));
    const out = path.join(dir, "app");
    stagePagesApp({ apiOrigin: "https://api.example.com", outDir: out });
    expect(readFileSync(path.join(out, "index.html"), "utf8")).toContain('src="./assets/');
    expect(JSON.parse(readFileSync(path.join(out, "config.json"), "utf8"))).toEqual({
      apiOrigin: "https://api.example.com",
    });
  });

  it("refuses a bad API origin before writing anything", () => {
    dir = mkdtempSync(path.join(tmpdir(), "baton-stage-"));
    const out = path.join(dir, "app");
    expect(() => stagePagesApp({ apiOrigin: "https://api.example.com/v1", outDir: out })).toThrow(
      /BATON_API_ORIGIN/,
    );
    expect(existsSync(out)).toBe(false);
  });
});
