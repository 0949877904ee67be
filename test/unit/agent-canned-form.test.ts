import { describe, expect, it } from "vitest";
import { ApiFailure } from "../../web/agent/api";
import { formProblems, refusalProblems } from "../../web/agent/canned/field-errors";

describe("the canned reply form's errors", () => {
  it("names each field that the wire schema refuses, in words an agent reads", () => {
    expect(formProblems({ shortcut: "Refund Policy", text: "   " })).toEqual({
      shortcut: "lowercase letters and digits, words joined by -",
      text: "must not be empty",
    });
    expect(formProblems({ shortcut: "", text: "Hello" })).toEqual({ shortcut: "must not be empty" });
    expect(formProblems({ shortcut: "refund-policy", text: "Refunds take 5 days." })).toBeNull();
  });

  it("puts the API's refusal under its field, or over the form when it names none", () => {
    const taken = new ApiFailure(409, "The shortcut /refund is taken", [
      { field: "shortcut", reason: "another canned reply uses it" },
    ]);
    expect(refusalProblems(taken)).toEqual({ shortcut: "another canned reply uses it" });
    expect(refusalProblems(new ApiFailure(403, "Only supervisors change canned replies"))).toEqual({
      form: "Only supervisors change canned replies",
    });
  });
});
