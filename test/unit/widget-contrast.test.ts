import { describe, expect, it } from "vitest";
import { brandColours, contrastRatio, DEFAULT_ACCENT, parseHex } from "../../web/widget/contrast";

const ratio = (a: string, b: string) => contrastRatio(parseHex(a) ?? [], parseHex(b) ?? []);

describe("the widget's text on the workspace's brand colour", () => {
  it("measures contrast as WCAG does", () => {
    expect(ratio("#000", "#fff")).toBeCloseTo(21, 5);
    expect(ratio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    expect(ratio("#4f46e5", "#fff")).toBeCloseTo(ratio("#fff", "#4f46e5"), 10);
  });

  it("writes white on dark brands and black on light ones", () => {
    expect(brandColours("#1e3a8a").onAccent).toBe("#fff");
    expect(brandColours("#ffd400").onAccent).toBe("#000");
    expect(brandColours("#FDE").onAccent).toBe("#000");
  });

  it("reaches 4.5:1 for every colour (the RGB cube, every 15th step)", () => {
    let worst = 21;
    for (let r = 0; r <= 255; r += 15)
      for (let g = 0; g <= 255; g += 15)
        for (let b = 0; b <= 255; b += 15) {
          const hex = `#${[r, g, b].map((c) => c.toString(16).padStart(2, "0")).join("")}`;
          const { accent, onAccent } = brandColours(hex);
          worst = Math.min(worst, ratio(accent, onAccent));
        }
    expect(worst).toBeGreaterThanOrEqual(4.5);
  });

  it("falls back to the default for anything that is not a hex colour, so the tag never writes CSS", () => {
    expect(brandColours("red;}:host{display:none").accent).toBe(DEFAULT_ACCENT);
    expect(brandColours(undefined).accent).toBe(DEFAULT_ACCENT);
    expect(brandColours(" #abc ").accent).toBe("#abc");
  });
});
