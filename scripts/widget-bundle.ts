import { createHash } from "node:crypto";
import { readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";
import { loaderSource } from "../web/widget/loader";

const WEB = path.join(import.meta.dirname, "..", "web");

/** The widget's budget on customers' pages, gzipped (issue 14: under 20 KB). */
export const WIDGET_BUDGET_BYTES = 20 * 1024;

export type WidgetBundle = { file: string; bytes: number; gzipped: number; loaderBytes: number };

/**
 * Builds the widget into `outDir` as `widget-<hash>.js` (immutable) and its loader `widget.js`, and measures
 * what a customer's browser downloads.
 */
export async function buildWidget(outDir: string): Promise<WidgetBundle> {
  await build({
    configFile: path.join(WEB, "widget", "vite.config.ts"),
    logLevel: "warn",
    build: { outDir },
  });
  const built = path.join(outDir, "widget.js");
  const code = await readFile(built);
  const file = `widget-${createHash("sha256").update(code).digest("hex").slice(0, 12)}.js`;
  await rename(built, path.join(outDir, file));
  const loader = loaderSource(file);
  await writeFile(built, loader);
  return {
    file,
    bytes: code.length,
    gzipped: gzipSync(code, { level: 9 }).length,
    loaderBytes: gzipSync(loader, { level: 9 }).length,
  };
}
