import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

/**
 * The agent app, served by the Worker's static assets under `/app/` and, by `npm run deploy:app`, from the
 * root of a Pages project: relative asset paths work in both. `public/config.json` says where the API is.
 */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: { outDir: fileURLToPath(new URL("../dist/app", import.meta.url)), emptyOutDir: true },
});
