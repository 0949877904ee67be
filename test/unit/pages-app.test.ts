import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { stagePagesApp } from "../../scripts/lib/pages-app";
import { AgentAppConfigSchema } from "../../workers/protocol/app-config";

/** A built app as Vite writes it, with the `{}` config the Worker serves. */
function fakeBuild(dir: string): string {
  const built = path.join(dir, "built");
  mkdirSync(path.join(built, "assets"), { recursive: true });
  writeFileSync(path.join(built, "index.html"), '<script type="module" src="./assets/index.js"></script>');
  writeFileSync(path.join(built, "assets/index.js"), "");
  writeFileSync(path.join(built, "config.json"), "{}");
  return built;
}

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

describe("staging the built app for Pages", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("puts the app at the root with a config.json naming the API", () => {
    dir = mkdtempSync(path.join(tmpdir(), "baton-stage-"));
    const out = path.join(dir, "app");
    stagePagesApp({ apiOrigin: "https://api.example.com", outDir: out, builtApp: fakeBuild(dir) });
    expect(existsSync(path.join(out, "index.html"))).toBe(true);
    expect(existsSync(path.join(out, "assets/index.js"))).toBe(true);
    expect(JSON.parse(readFileSync(path.join(out, "config.json"), "utf8"))).toEqual({
      apiOrigin: "https://api.example.com",
    });
  });

  it("refuses a bad API origin before writing anything", () => {
    dir = mkdtempSync(path.join(tmpdir(), "baton-stage-"));
    const out = path.join(dir, "app");
    const builtApp = fakeBuild(dir);
    expect(() => stagePagesApp({ apiOrigin: "https://api.example.com/v1", outDir: out, builtApp })).toThrow(
      /BATON_API_ORIGIN/,
    );
    expect(existsSync(out)).toBe(false);
  });
});
