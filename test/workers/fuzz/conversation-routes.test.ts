import { describe } from "vitest";
import { fuzzRoutes } from "./fuzz-suite";

describe("every conversation route, fuzzed", () => {
  fuzzRoutes((r) => r.template.startsWith("/api/v1/conversations"));
});
