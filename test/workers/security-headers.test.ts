import { describe, expect, it } from "vitest";
import { client } from "./helpers";

describe("security headers", () => {
  it("the Worker's HTML pages allow no scripts and no framing by other sites", async () => {
    for (const path of ["/", "/api/v1/reference"]) {
      const res = await client(null)("GET", path);
      expect(res.status).toBe(200);
      const policy = res.headers.get("content-security-policy") ?? "";
      expect(policy).toContain("default-src 'none'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toContain("script-src");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
    }
  });

  it("API answers are never sniffed as something else, errors included", async () => {
    for (const path of ["/api/v1/openapi.json", "/api/v1/conversations", "/api/v1/nothing-here"]) {
      const res = await client(null)("GET", path);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("content-security-policy")).toBeNull();
    }
  });
});
