import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { TEST_SECRETS } from "./test/secrets";

const migrations = await readD1Migrations(path.join(import.meta.dirname, "migrations"));

export default defineConfig({
  test: {
    projects: [
      {
        // Pure logic (engine, classifiers, routing policy, schemas): plain Node, no runtime needed.
        test: { name: "unit", include: ["test/unit/**/*.test.ts"], environment: "node" },
      },
      {
        // The real system (wrangler dev, built web) driven in headless Chromium; see test/browser/chromium.ts.
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          environment: "node",
          testTimeout: 30_000,
          // Each file starts its own wrangler dev; several starting at once on a loaded 2-core machine took 94 s.
          hookTimeout: 180_000,
          // A page under a loaded machine can take seconds to show what it will show; polls wait for it.
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            // Secrets are never in wrangler.toml: the tests bring their own (workers/config.ts).
            // One app origin besides the Worker's own, as a deployment with the agent app on Pages has.
            miniflare: {
              bindings: {
                TEST_MIGRATIONS: migrations,
                ...TEST_SECRETS,
                APP_ORIGINS: "https://agents.example.test",
                // The sitemap import tests read a local site (test/workers/import-site.ts).
                IMPORT_ALLOW_PRIVATE_HOSTS: "127.0.0.1",
              },
            },
          }),
        ],
        test: {
          name: "workers",
          include: ["test/workers/**/*.test.ts"],
          // Several tests wait for real alarms and time-outs (seconds); a busy 2-core CI machine stretches them.
          testTimeout: 20_000,
          setupFiles: ["test/workers/setup.ts"],
          globalSetup: ["test/workers/import-site.ts"],
        },
      },
    ],
  },
});
