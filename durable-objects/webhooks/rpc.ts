import type { WebhookEvent } from "../../workers/webhooks/events";
import type { Delivery } from "./webhooks-store";

/** What the Worker and Conversation DOs may call on a workspace's Webhooks DO. */
export interface WebhooksRpc {
  /** Stores a delivery per subscribed endpoint (an event id seen before is ignored) and wakes the sender. */
  publish(events: WebhookEvent[]): Promise<void>;
  /** The endpoints changed in D1: read them again before the next publish or delivery. */
  endpointsChanged(): Promise<void>;
  deliveries(endpointId: string, limit: number, before?: string): Promise<Delivery[]>;
  delivery(endpointId: string, deliveryId: string): Promise<Delivery | null>;
  /** Sends one again now; false when the endpoint has no such delivery. */
  redeliver(endpointId: string, deliveryId: string): Promise<boolean>;
}
