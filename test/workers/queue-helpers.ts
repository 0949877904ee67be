import { exports } from "cloudflare:workers";
import { expect } from "vitest";
import type { QueueServerFrame } from "../../workers/protocol/queue-frames";
import { type ApiClient, BASE, client } from "./helpers";

let counter = 0;

/** An agent with a password, signed in; `online()` makes them available through the REST status call. */
export async function signedInAgent(
  api: ApiClient,
  input: { name: string; skills?: string[]; maxConcurrent?: number; role?: "agent" | "supervisor" },
) {
  const email = `agent${++counter}-${Date.now()}@example.com`;
  const password = "a long enough password";
  const created = await api("POST", "/api/v1/agents", { ...input, email, password });
  if (created.status !== 201) throw new Error(JSON.stringify(created.body));
  const login = await client(null)("POST", "/api/v1/auth/login", { email, password });
  const session = client(login.body.token);
  return {
    id: created.body.id as string,
    token: login.body.token as string,
    session,
    online: () => session("PUT", `/api/v1/agents/${created.body.id}/status`, { status: "online" }),
  };
}

/** Polls until `check` stops throwing, for what the line does asynchronously (alarms). */
export async function eventually<T>(check: () => Promise<T>, ms = 3000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

/** An agent app's queue socket. */
export async function openQueueSocket(workspaceId: string, token: string) {
  const res = await exports.default.fetch(
    `${BASE}/parties/queue/${workspaceId}?token=${encodeURIComponent(token)}`,
    {
      headers: { Upgrade: "websocket" },
    },
  );
  const ws = res.webSocket;
  if (!ws) throw new Error(`upgrade refused: ${res.status}`);
  ws.accept();
  const frames: QueueServerFrame[] = [];
  ws.addEventListener("message", (e) => {
    // "pong" answers the app's "ping" heartbeat; everything else is a JSON frame.
    if (e.data !== "pong") frames.push(JSON.parse(e.data as string) as QueueServerFrame);
  });
  return {
    ws,
    frames,
    send: (frame: unknown) => ws.send(JSON.stringify(frame)),
    close: () => ws.close(1000, "done"),
  };
}

/**
 * A customer's billing complaint, handed over and assigned to `agent` (online, with the billing skill), as
 * the line does it: the conversation and the API client's view of it.
 */
export async function billingChatHeldBy(api: ApiClient, agent: { id: string }) {
  const { body: conv } = await api("POST", "/api/v1/conversations", {});
  await api("POST", `/api/v1/conversations/${conv.id}/messages`, { text: "I was charged twice, refund me" });
  await eventually(async () =>
    expect((await api("GET", `/api/v1/conversations/${conv.id}`)).body.handoff.agentId).toBe(agent.id),
  );
  return conv as { id: string; customerToken: string };
}
