import { describe, expect, it } from "vitest";
import { requiredScope } from "../../workers/auth/scopes";

describe("the scope a request needs", () => {
  it("reads and writes apart, per resource", () => {
    expect(requiredScope("GET", "/api/v1/conversations/cv_1/messages")).toBe("conversations:read");
    expect(requiredScope("POST", "/api/v1/conversations/cv_1/messages")).toBe("conversations:write");
    expect(requiredScope("PUT", "/api/v1/rules")).toBe("config:write");
    expect(requiredScope("GET", "/api/v1/metrics")).toBe("metrics:read");
    expect(requiredScope("DELETE", "/api/v1/webhooks/wh_1")).toBe("webhooks");
  });

  it("is admin for key management and for anything not mapped, so a new route starts closed", () => {
    expect(requiredScope("GET", "/api/v1/api-keys")).toBe("admin");
    expect(requiredScope("POST", "/api/v1/workspaces")).toBe("admin");
    expect(requiredScope("GET", "/api/v1/something-new")).toBe("admin");
    expect(requiredScope("GET", "/api/v1/constructor")).toBe("admin");
  });
});
