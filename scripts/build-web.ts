import { rmSync } from "node:fs";
import path from "node:path";
import { build } from "vite";
import { buildWidget, WIDGET_BUDGET_BYTES } from "./widget-bundle";

/**
 * Builds the agent app and the widget into web/dist (served by the Worker's static assets), and prints the
 * widget's size: it loads on customers' pages, so its weight is a product feature.
 */
const web = path.join(import.meta.dirname, "..", "web");
const dist = path.join(web, "dist");

rmSync(dist, { recursive: true, force: true });
await build({ configFile: path.join(web, "agent", "vite.config.ts"), logLevel: "warn" });
const widget = await buildWidget(dist);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `web/dist built. ${widget.file}: ${kb(widget.bytes)}, ${kb(widget.gzipped)} gzipped (budget ${kb(
    WIDGET_BUDGET_BYTES,
  )}; before issue 14: 34.8 KB); loader widget.js: ${widget.loaderBytes} B gzipped`,
);
