import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

/** The agent app, served by the Worker's static assets under `/app/`. */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/app/",
  publicDir: false,
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: { outDir: fileURLToPath(new URL("../dist/app", import.meta.url)), emptyOutDir: true },
});
