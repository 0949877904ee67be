import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { getDb } from "../../workers/db/client";
import { ensureWidgetKey } from "../../workers/db/widget-keys";
import { type ApiClient, client, newWorkspace } from "./helpers";

const REFUND = "I was charged twice and I want a refund";

async function waitingPriority(api: ApiClient, id: string): Promise<number> {
  await api("POST", `/api/v1/conversations/${id}/messages`, { text: REFUND });
  const line = (await api("GET", "/api/v1/queue")).body;
  const item = line.waiting.find((w: { conversationId: string }) => w.conversationId === id);
  if (!item) throw new Error(`not waiting: ${JSON.stringify(line)}`);
  return item.priority;
}

describe("a page cannot make its visitor a VIP", () => {
  it("attributes.vip from the widget is stored unverified and gives no head start; from the API it does", async () => {
    const { id: workspaceId, api } = await newWorkspace();
    const key = `pk_${crypto.randomUUID().replaceAll("-", "")}`;
    await ensureWidgetKey(getDb(env.DB), { workspaceId, key, allowedOrigins: [] });
    const widget = client(key);

    const fromPage = await widget("POST", "/api/v1/widget/conversations", {
      customer: { name: "Mallory", attributes: { vip: true } },
    });
    const plain = await api("POST", "/api/v1/conversations", { customer: { name: "Ada" } });
    const fromBackend = await api("POST", "/api/v1/conversations", {
      customer: { name: "Vic", attributes: { vip: true } },
    });

    const stored = (await api("GET", `/api/v1/conversations/${fromPage.body.id}`)).body.customer;
    expect(stored).toEqual({ name: "Mallory", unverifiedAttributes: { vip: true } });
    const [page, ada, vic] = [
      await waitingPriority(api, fromPage.body.id),
      await waitingPriority(api, plain.body.id),
      await waitingPriority(api, fromBackend.body.id),
    ];
    expect(page).toBeLessThan(vic - 200);
    expect(Math.abs(page - ada)).toBeLessThan(60);
  });
});
