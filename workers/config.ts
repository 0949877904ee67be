import { parseAppOrigins } from "./app-origins";

/**
 * The Worker's secrets. Not in `wrangler.toml`: a `[vars]` value there ships with every `wrangler deploy`
 * and is public in the repository. Locally they come from `.dev.vars` (written by `npm start`, git-ignored),
 * in tests from `vitest.config.ts`, and in production from `wrangler secret put`.
 */
export type Secrets = { TOKEN_SECRET?: string; BATON_DEV?: string };

/**
 * Development and test secrets start with this, and only a runtime marked local (`BATON_DEV=true`, which
 * only `.dev.vars` and the test configuration set) accepts them: a deployed Worker given one refuses it.
 */
export const DEV_SECRET_PREFIX = "dev-only-";

/** Shorter secrets are guessable enough to forge tokens offline. */
const MIN_SECRET_LENGTH = 32;

/** Secrets that were once committed to the repository, so anyone can sign tokens with them. */
const PUBLISHED_SECRETS = new Set(["baton-local-dev-secret-change-me"]);

const PUT_SECRET =
  "set a random one with `openssl rand -hex 32 | wrangler secret put TOKEN_SECRET --env production`";

/** The secrets among a Worker's bindings (`Env` declares none: they are not in wrangler.toml). */
function secretsOf(env: object): Secrets {
  return { TOKEN_SECRET: stringBinding(env, "TOKEN_SECRET"), BATON_DEV: stringBinding(env, "BATON_DEV") };
}

function stringBinding(env: object, key: string): string | undefined {
  const value: unknown = Reflect.get(env, key);
  return typeof value === "string" ? value : undefined;
}

/** Why this Worker must not run with its configuration, or null when it may. */
export function configProblem(bindings: object): string | null {
  const origins = parseAppOrigins(stringBinding(bindings, "APP_ORIGINS"));
  if ("problem" in origins) return origins.problem;
  const env = secretsOf(bindings);
  const secret = env.TOKEN_SECRET;
  if (!secret) return `TOKEN_SECRET is not set: ${PUT_SECRET}`;
  if (PUBLISHED_SECRETS.has(secret)) return `TOKEN_SECRET is the public example value: ${PUT_SECRET}`;
  if (secret.startsWith(DEV_SECRET_PREFIX) && env.BATON_DEV !== "true")
    return `TOKEN_SECRET is a development secret, refused outside local development: ${PUT_SECRET}`;
  if (secret.length < MIN_SECRET_LENGTH)
    return `TOKEN_SECRET is shorter than ${MIN_SECRET_LENGTH} characters: ${PUT_SECRET}`;
  return null;
}

/** The secret that signs conversation tokens; refusing to run with a forgeable one beats signing with it. */
export function tokenSecret(bindings: object): string {
  const problem = configProblem(bindings);
  const secret = secretsOf(bindings).TOKEN_SECRET;
  if (problem || !secret) throw new Error(problem ?? "TOKEN_SECRET is not set");
  return secret;
}
