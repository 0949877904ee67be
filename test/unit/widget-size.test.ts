import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildWidget, WIDGET_BUDGET_BYTES } from "../../scripts/widget-bundle";

const out = mkdtempSync(path.join(tmpdir(), "baton-widget-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("the widget customers' pages download", () => {
  it("is under 20 KB gzipped, behind a loader tag of a few hundred bytes that names its versioned file", async () => {
    const bundle = await buildWidget(out);
    console.log(`widget: ${bundle.gzipped} B gzipped, loader ${bundle.loaderBytes} B`);
    expect(bundle.gzipped).toBeLessThan(WIDGET_BUDGET_BYTES);
    expect(bundle.loaderBytes).toBeLessThan(400);
    expect(bundle.file).toMatch(/^widget-[0-9a-f]{12}\.js$/);
    expect(readFileSync(path.join(out, "widget.js"), "utf8")).toContain(JSON.stringify(bundle.file));
    // The frames are still validated in the browser: zod's light build is in, its classic API is not.
    const code = readFileSync(path.join(out, bundle.file), "utf8");
    expect(code).toContain("invalid_union");
    expect(code).not.toContain("superRefine");
  }, 60_000);
});
