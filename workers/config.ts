/** The secret that signs conversation tokens; refusing to run without one beats signing with nothing. */
export function tokenSecret(env: Env): string {
  if (!env.TOKEN_SECRET)
    throw new Error("TOKEN_SECRET is not set: run `wrangler secret put TOKEN_SECRET --env production`");
  return env.TOKEN_SECRET;
}
