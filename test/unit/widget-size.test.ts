import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildWidget, WIDGET_BUDGET_BYTES } from "../../scripts/widget-bundle";

const out = mkdtempSync(path.join(tmpdir(), "baton-widget-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("the widget customers' pages download", () => {
  it("is under 20 KB gzipped, behind a loader of a few hundred bytes, and names its languages' versioned files", async () => {
    const bundle = await buildWidget(out);
    console.log(`widget: ${bundle.gzipped} B gzipped, loader ${bundle.loaderBytes} B`);
    expect(bundle.gzipped).toBeLessThan(WIDGET_BUDGET_BYTES);
    expect(bundle.loaderBytes).toBeLessThan(400);
    expect(bundle.file).toMatch(/^widget-[0-9a-f]{12}\.js$/);
    expect(readFileSync(path.join(out, "widget.js"), "utf8")).toContain(JSON.stringify(bundle.file));
    // Frames are validated with valibot (test/unit/widget-wire.test.ts); none of zod's weight comes along.
    const code = readFileSync(path.join(out, bundle.file), "utf8");
    expect(code).not.toMatch(/ZodError|\$ZodType/);
    for (const lang of ["de", "es", "fr", "it", "pt"])
      expect(code).toMatch(new RegExp(`widget-${lang}-[0-9a-f]{12}\\.json`));
  }, 60_000);
});
