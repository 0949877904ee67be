import { describe, expect, it } from "vitest";
import { toCsv } from "../../web/agent/dashboard/csv";

describe("the dashboard's CSV export", () => {
  it("quotes commas, quotes and line breaks, leaves numbers and empties plain", () => {
    expect(
      toCsv([
        ["day", "rate"],
        ["2026-03-01", 0.25],
        ['say "hi", then', null],
        ["two\nlines", 3],
      ]),
    ).toBe('day,rate\r\n2026-03-01,0.25\r\n"say ""hi"", then",\r\n"two\nlines",3');
  });

  it("keeps a text that looks like a formula as text, but not a negative number", () => {
    expect(toCsv([["=HYPERLINK(1)", -1, "-5"]])).toBe("'=HYPERLINK(1),-1,'-5");
  });
});
