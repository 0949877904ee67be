import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";
import { LANGUAGES } from "../web/widget/i18n/languages";
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
  await mkdir(outDir, { recursive: true });
  // Each language but English is its own file, fetched only by pages that speak it.
  const languages: Record<string, string> = {};
  for (const [code, strings] of Object.entries(LANGUAGES)) {
    const json = JSON.stringify(strings);
    languages[code] = versioned(`widget-${code}`, json, "json");
    await writeFile(path.join(outDir, languages[code]), json);
  }
  await build({
    configFile: path.join(WEB, "widget", "vite.config.ts"),
    logLevel: "warn",
    build: { outDir },
    define: { __BATON_LANGUAGES__: JSON.stringify(languages) },
  });
  const built = path.join(outDir, "widget.js");
  const code = await readFile(built);
  const file = versioned("widget", code, "js");
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

/** `name-<hash of content>.ext`: a new release is a new name, so the file can be cached for a year. */
function versioned(name: string, content: string | Buffer, ext: string): string {
  return `${name}-${createHash("sha256").update(content).digest("hex").slice(0, 12)}.${ext}`;
}
