import { rmSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";

/**
 * Builds the agent app and the widget into web/dist (served by the Worker's static assets), and prints the
 * widget's size: it loads on customers' pages, so its weight is a product feature.
 */
const WIDGET_AIM_BYTES = 15 * 1024;
const web = path.join(import.meta.dirname, "..", "web");
const dist = path.join(web, "dist");

rmSync(dist, { recursive: true, force: true });
for (const app of ["agent", "widget"]) {
  await build({
    configFile: path.join(web, app, "vite.config.ts"),
    logLevel: "warn",
  });
}
const widget = path.join(dist, "widget.js");
const gzipped = gzipSync(await readFile(widget), { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `web/dist built. widget.js: ${kb(statSync(widget).size)}, ${kb(gzipped)} gzipped (aim ${kb(WIDGET_AIM_BYTES)}${
    gzipped > WIDGET_AIM_BYTES ? "; over it: the zod schemas shared with the server are most of it" : ""
  })`,
);
