import { describe, expect, it } from "vitest";
import { platformToken } from "../../workers/auth/platform-token";

const STRONG = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c";

describe("the platform operator's token", () => {
  it("is the configured secret when it is long enough", () => {
    expect(platformToken({ PLATFORM_TOKEN: STRONG })).toBe(STRONG);
  });

  it("closes operator routes when unset or short enough to guess", () => {
    expect(platformToken({})).toBeNull();
    expect(platformToken({ PLATFORM_TOKEN: "short-token" })).toBeNull();
  });

  it("accepts a development token only in a runtime marked local", () => {
    const dev = `dev-only-${STRONG}`;
    expect(platformToken({ PLATFORM_TOKEN: dev })).toBeNull();
    expect(platformToken({ PLATFORM_TOKEN: dev, BATON_DEV: "true" })).toBe(dev);
  });
});
