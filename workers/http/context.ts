/** Bindings and per-request variables every route sees. */
export type AppEnv = {
  Bindings: Env;
  Variables: { workspaceId: string };
};
