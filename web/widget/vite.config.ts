import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

/** The widget: one self-contained classic script, `/widget.js`, that any page can embed with a tag. */
export default defineConfig({
  publicDir: fileURLToPath(new URL("../public", import.meta.url)),
  build: {
    outDir: fileURLToPath(new URL("../dist", import.meta.url)),
    emptyOutDir: false,
    lib: {
      entry: fileURLToPath(new URL("main.ts", import.meta.url)),
      formats: ["iife"],
      name: "BatonWidget",
      fileName: () => "widget.js",
    },
  },
});
