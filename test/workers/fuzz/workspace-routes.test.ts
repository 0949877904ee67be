import { describe } from "vitest";
import { fuzzRoutes } from "./fuzz-suite";

describe("every other route of the API, fuzzed", () => {
  fuzzRoutes((r) => !r.template.startsWith("/api/v1/conversations"));
});
