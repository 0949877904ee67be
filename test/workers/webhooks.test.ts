import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { WebhooksServer } from "../../durable-objects/webhooks/webhooks-server";
import { WebhookEventSchema } from "../../workers/webhooks/events";
import { type ApiClient, newWorkspace } from "./helpers";
import { eventually } from "./queue-helpers";
import { RECEIVER, receiver } from "./webhook-receiver";

const webhooks = (workspaceId: string) =>
  env.Webhooks.getByName(workspaceId) as DurableObjectStub<WebhooksServer>;
const conversation = (id: string) => env.Conversation.getByName(id);

async function subscribe(api: ApiClient, events: string[]) {
  const res = await api("POST", "/api/v1/webhooks", { url: RECEIVER, events });
  expect(res.status).toBe(201);
  return res.body as { id: string; secret: string };
}

/** A conversation that is created, hears from the customer, and is handed to a person. */
async function handedOff(api: ApiClient) {
  const { body: conv } = await api("POST", "/api/v1/conversations", { customer: { name: "Ada" } });
  await api("POST", `/api/v1/conversations/${conv.id}/messages`, { text: "my invoice is wrong" });
  await api("POST", `/api/v1/conversations/${conv.id}/handoff`, { reason: "VIP" });
  await runDurableObjectAlarm(conversation(conv.id));
  return conv.id as string;
}

afterEach(() => vi.restoreAllMocks());

describe("webhooks", () => {
  it("signs each subscribed event, retries a failing receiver with backoff, and delivers once it recovers", async () => {
    const { id: workspaceId, api } = await newWorkspace();
    let secret = "";
    const received = receiver(() => secret, 1);
    const endpoint = await subscribe(api, ["conversation.created", "handoff.triggered"]);
    secret = endpoint.secret;
    expect(secret).toMatch(/^whsec_/);

    const conversationId = await handedOff(api);
    await runDurableObjectAlarm(webhooks(workspaceId));

    const log = async () => (await api("GET", `/api/v1/webhooks/${endpoint.id}/deliveries`)).body.deliveries;
    // The receiver was down for the first attempt: that delivery waits for its retry, about 10 s later.
    const first = await eventually(async () => {
      const deliveries = await log();
      expect(deliveries).toHaveLength(2);
      return deliveries;
    });
    const failed = first.find(
      (d: { attempts: unknown[] }) =>
        d.attempts[0] && (d.attempts[0] as { statusCode: number }).statusCode === 503,
    );
    expect(failed.status).toBe("pending");
    const delay = Date.parse(failed.nextAttemptAt) - Date.parse(failed.attempts[0].at);
    expect(delay).toBeGreaterThanOrEqual(8_000);
    expect(delay).toBeLessThanOrEqual(12_000);

    // The alarm at the retry's time sends it again: the receiver is back.
    await runInDurableObject(webhooks(workspaceId), (instance) =>
      instance.deliverDue(Date.parse(failed.nextAttemptAt)),
    );
    const after = await log();
    expect(after.map((d: { status: string }) => d.status)).toEqual(["delivered", "delivered"]);
    expect(after.find((d: { id: string }) => d.id === failed.id).attempts).toHaveLength(2);

    expect(received.map((r) => r.type).sort()).toEqual(["conversation.created", "handoff.triggered"]);
    expect(received.every((r) => r.verified)).toBe(true);
    for (const r of received) {
      const event = WebhookEventSchema.parse(r.body);
      expect(event.id).toBe(r.eventId);
      expect(event.conversationId).toBe(conversationId);
    }
    const handoff = received.find((r) => r.type === "handoff.triggered")?.body as {
      data: { trigger: string };
    };
    expect(handoff.data.trigger).toBe("manual");
  });

  it("gives a redelivery the same event id and a fresh signature", async () => {
    const { id: workspaceId, api } = await newWorkspace();
    let secret = "";
    const received = receiver(() => secret, 0);
    const endpoint = await subscribe(api, ["conversation.created"]);
    secret = endpoint.secret;
    await handedOff(api);
    await runDurableObjectAlarm(webhooks(workspaceId));
    const [delivery] = await eventually(async () => {
      const { body } = await api("GET", `/api/v1/webhooks/${endpoint.id}/deliveries`);
      expect(body.deliveries[0]?.status).toBe("delivered");
      return body.deliveries;
    });

    const res = await api("POST", `/api/v1/webhooks/${endpoint.id}/deliveries/${delivery.id}/redeliver`);
    expect(res.status).toBe(202);
    await runDurableObjectAlarm(webhooks(workspaceId));
    await eventually(async () => expect(received).toHaveLength(2));
    expect(received[1]?.eventId).toBe(received[0]?.eventId);
    expect(received.every((r) => r.verified)).toBe(true);
  });

  it("sends nothing for events the endpoint did not ask for, and nothing to another workspace", async () => {
    const { id: workspaceId, api } = await newWorkspace();
    const other = await newWorkspace();
    const endpoint = await subscribe(api, ["csat.submitted"]);
    await handedOff(api);
    await runDurableObjectAlarm(webhooks(workspaceId));
    const { body } = await api("GET", `/api/v1/webhooks/${endpoint.id}/deliveries`);
    expect(body.deliveries).toEqual([]);
    expect((await other.api("GET", `/api/v1/webhooks/${endpoint.id}/deliveries`)).status).toBe(404);
    expect((await other.api("GET", "/api/v1/webhooks")).body.webhooks).toEqual([]);
  });

  it("refuses a bad endpoint with the field and why, and agents who are not supervisors", async () => {
    const { api } = await newWorkspace();
    const res = await api("POST", "/api/v1/webhooks", { url: "ftp://x.example", events: ["nope"] });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      "events[0]",
      "url",
    ]);
    expect((await api("GET", "/api/v1/webhooks")).body.webhooks).toEqual([]);
  });
});
