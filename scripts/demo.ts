/** The demo workspace that `npm start` seeds, and the key scripts use to drive it. */
export const DEMO_WORKSPACE = { id: "ws_demo", name: "Baton demo" } as const;
export const DEFAULT_DEMO_API_KEY = "bk_demo_local_only";

export function demoApiKey(): string {
  return process.env.BATON_DEMO_API_KEY || DEFAULT_DEMO_API_KEY;
}
