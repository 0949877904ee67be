import { describe, expect, it } from "vitest";
import { originAllowed, parseAppOrigins } from "../../workers/app-origins";
import { configProblem } from "../../workers/config";

const STRONG = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";

describe("APP_ORIGINS, the agent app's origins of a deployment", () => {
  it("reads a comma-separated list, spaces and a trailing slash forgiven", () => {
    expect(parseAppOrigins(" https://agents.example.com/ , http://localhost:8788")).toEqual({
      origins: ["https://agents.example.com", "http://localhost:8788"],
    });
    expect(parseAppOrigins("")).toEqual({ origins: [] });
    expect(parseAppOrigins(undefined)).toEqual({ origins: [] });
  });

  it("refuses a wildcard rather than opening agent routes to every site", () => {
    expect(parseAppOrigins("*")).toMatchObject({ problem: expect.stringMatching(/wildcard/) });
    expect(parseAppOrigins("https://*.pages.dev")).toMatchObject({
      problem: expect.stringMatching(/wildcard/),
    });
  });

  it("refuses an entry that is not an origin, naming it", () => {
    for (const bad of [
      "agents.example.com",
      "https://agents.example.com/app/",
      "ftp://x.example",
      "https://a.example?x=1",
    ]) {
      expect(parseAppOrigins(`https://ok.example,${bad}`)).toEqual({
        problem: expect.stringContaining(`"${bad}"`),
      });
    }
  });

  it("a Worker with a bad list refuses to start (503 misconfigured) instead of guessing", () => {
    expect(configProblem({ TOKEN_SECRET: STRONG, APP_ORIGINS: "*" })).toMatch(/APP_ORIGINS/);
    expect(configProblem({ TOKEN_SECRET: STRONG, APP_ORIGINS: "https://agents.example.com" })).toBeNull();
  });
});

describe("which requests may act on agent routes", () => {
  const url = "https://api.example.com/api/v1/queue";
  const listed = ["https://agents.example.com"];

  it("no Origin (a server), the Worker's own origin and a listed origin pass", () => {
    expect(originAllowed(undefined, url, listed)).toBe(true);
    expect(originAllowed("https://api.example.com", url, listed)).toBe(true);
    expect(originAllowed("https://agents.example.com", url, listed)).toBe(true);
  });

  it("any other origin, a look-alike or another port included, does not", () => {
    for (const other of [
      "https://evil.example",
      "https://agents.example.com.evil.example",
      "http://agents.example.com",
      "https://api.example.com:8443",
      "null",
    ]) {
      expect(originAllowed(other, url, listed)).toBe(false);
    }
  });
});
