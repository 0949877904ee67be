/** The demo workspace that `npm start` seeds, and the key scripts use to drive it. */
export const DEMO_WORKSPACE = { id: "ws_demo", name: "Orbit" } as const;
export const DEFAULT_DEMO_API_KEY = "bk_demo_local_only";

export function demoApiKey(): string {
  return process.env.BATON_DEMO_API_KEY || DEFAULT_DEMO_API_KEY;
}

/** The demo page's publishable widget key: public by design, it can only start conversations. */
export const DEMO_WIDGET_KEY = "pk_demo_local_only";

/** The seeded agents; Bea signs in to the agent app with the password below. */
export const DEMO_AGENTS = [
  {
    id: "ag_demo_bea",
    name: "Bea",
    email: "bea@demo.baton.dev",
    skills: ["billing", "account"],
    maxConcurrent: 3,
    role: "supervisor" as const,
  },
  {
    id: "ag_demo_tom",
    name: "Tom",
    email: "tom@demo.baton.dev",
    skills: ["technical"],
    maxConcurrent: 3,
    role: "agent" as const,
  },
];
export const DEFAULT_DEMO_AGENT_PASSWORD = "baton-demo-password";

export function demoAgentPassword(): string {
  return process.env.BATON_DEMO_AGENT_PASSWORD || DEFAULT_DEMO_AGENT_PASSWORD;
}
