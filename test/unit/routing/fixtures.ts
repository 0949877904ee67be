import {
  type AgentState,
  AgentStateSchema,
  DEFAULT_ROUTING_SETTINGS,
  type RoutingSettings,
  type WaitingItem,
  WaitingItemSchema,
} from "../../../workers/domain/routing";

/** A fixed clock: every test reads times relative to it. */
export const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
export const seconds = (s: number) => s * 1000;

export function agent(id: string, fields: Partial<AgentState> = {}): AgentState {
  return AgentStateSchema.parse({
    id,
    name: id,
    skills: [],
    status: "online",
    activeConversationIds: [],
    idleSince: T0 - seconds(600),
    ...fields,
  });
}

export function item(conversationId: string, fields: Partial<WaitingItem> = {}): WaitingItem {
  return WaitingItemSchema.parse({ conversationId, skill: null, queuedAt: T0, ...fields });
}

/** An agent already holding `n` conversations. */
export function busy(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `held-${i}`);
}

export function settings(fields: Partial<RoutingSettings> = {}): RoutingSettings {
  return { ...DEFAULT_ROUTING_SETTINGS, ...fields };
}
