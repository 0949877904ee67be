/**
 * The token secret of the workers and browser tests. Public like everything in the repository, which is why
 * it carries the development prefix: only a runtime marked local (`BATON_DEV=true`) accepts it.
 */
export const TEST_SECRETS = {
  TOKEN_SECRET: "dev-only-test-secret-0123456789abcdef0123456789abcdef",
  BATON_DEV: "true",
  /** The platform operator's token (workers/auth/platform-token.ts): creates workspaces. */
  PLATFORM_TOKEN: "dev-only-test-platform-token-0123456789abcdef",
} as const;
