import type { WidgetKey } from "../db/widget-keys";

/** Who is calling: a workspace's API key (an integration) or a signed-in agent of the agent app. */
export type Principal = { kind: "apiKey" } | { kind: "agent"; agentId: string; role: "agent" | "supervisor" };

/** Bindings and per-request variables every route sees. */
export type AppEnv = {
  Bindings: Env;
  Variables: {
    workspaceId: string;
    principal: Principal;
    bearer: string;
    /** Set on the widget's routes, by its publishable key. */
    widgetKey: WidgetKey;
  };
};
