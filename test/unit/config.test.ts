import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { configProblem, tokenSecret } from "../../workers/config";

const STRONG = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";
const DEV = `dev-only-${STRONG}`;

describe("the token secret", () => {
  it("a deployed Worker (no BATON_DEV) refuses a development secret", () => {
    expect(configProblem({ TOKEN_SECRET: DEV })).toMatch(/development secret/);
    expect(() => tokenSecret({ TOKEN_SECRET: DEV })).toThrow(/wrangler secret put TOKEN_SECRET/);
  });

  it("local development and tests accept their development secret", () => {
    expect(tokenSecret({ TOKEN_SECRET: DEV, BATON_DEV: "true" })).toBe(DEV);
  });

  it("the value once committed to wrangler.toml is refused everywhere, even locally", () => {
    const env = { TOKEN_SECRET: "baton-local-dev-secret-change-me", BATON_DEV: "true" };
    expect(configProblem(env)).toMatch(/public example value/);
  });

  it("a missing or short secret is refused", () => {
    expect(configProblem({})).toMatch(/not set/);
    expect(configProblem({ TOKEN_SECRET: "short" })).toMatch(/shorter than 32/);
    expect(configProblem({ TOKEN_SECRET: STRONG })).toBeNull();
  });

  it("wrangler.toml carries no secret that a plain `wrangler deploy` would ship", () => {
    const toml = readFileSync(path.join(import.meta.dirname, "../../wrangler.toml"), "utf8");
    expect(toml).not.toMatch(/^\s*TOKEN_SECRET\s*=/m);
    expect(toml).not.toMatch(/^\s*BATON_DEV\s*=/m);
  });
});
