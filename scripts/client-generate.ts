/**
 * `npm run client:generate`: writes the OpenAPI document the Worker serves to client/openapi.json and the
 * typed client's types (client/schema.d.ts, openapi-typescript) from it. The Worker's modules import
 * `cloudflare:workers`, which only workerd provides; building the document needs none of it at run time,
 * so that import gets an empty stand-in here. test/workers/typed-client.test.ts fails when the committed
 * document and the served one differ.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { registerHooks } from "node:module";

const STAND_IN = `data:text/javascript,${encodeURIComponent(
  "export class DurableObject {} export class WorkerEntrypoint {} export const env = {};",
)}`;
registerHooks({
  resolve: (specifier, context, next) =>
    specifier === "cloudflare:workers" ? { url: STAND_IN, shortCircuit: true } : next(specifier, context),
});

const { OPENAPI_CONFIG, createApp } = await import("../workers/http/app");
const document = createApp().getOpenAPI31Document(OPENAPI_CONFIG);
writeFileSync("client/openapi.json", `${JSON.stringify(document, null, 2)}\n`);
// Run from the registry's copy: its TypeScript peer (5.x) is not the project's (7.x).
execFileSync("npx", ["-y", "openapi-typescript@7.13.0", "client/openapi.json", "-o", "client/schema.d.ts"], {
  stdio: "inherit",
});
console.log(
  `client/openapi.json: ${Object.keys(document.paths ?? {}).length} paths; client/schema.d.ts written`,
);
