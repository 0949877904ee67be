import { describe, expect, it } from "vitest";
import { FLOOD_REFUSALS, SOCKET_BUDGETS } from "../../durable-objects/conversation/socket-budget";
import { MAX_FRAME_CHARS } from "../../workers/protocol/frames";
import type { Message } from "../../workers/protocol/message";
import { newWorkspace } from "./helpers";
import { openSocket } from "./socket-helpers";

async function conversation(options: { bot?: boolean } = {}) {
  const { api } = await newWorkspace("Socket limits", options);
  const { body } = await api("POST", "/api/v1/conversations", {});
  return { api, id: body.id as string, token: body.customerToken as string };
}

const customerMessages = (messages: Message[]) => messages.filter((m) => m.role === "customer");

describe("a customer flooding the conversation socket", () => {
  it("has an oversized frame refused before it is read, and the socket keeps working", async () => {
    const { api, id, token } = await conversation();
    const socket = await openSocket(id, token);
    try {
      socket.ws.send(`{"type":"message","clientId":"big","text":"${"a".repeat(MAX_FRAME_CHARS)}"}`);
      socket.send({ type: "message", clientId: "small", text: "still here" });
      await socket.waitFor(() => socket.messages().some((m) => m.clientId === "small"));
      expect(socket.frames).toContainEqual(
        expect.objectContaining({ type: "error", code: "frame_too_large" }),
      );
      const { body } = await api("GET", `/api/v1/conversations/${id}`);
      expect(customerMessages(body.messages).map((m) => m.clientId)).toEqual(["small"]);
    } finally {
      socket.close();
    }
  });

  it("gets every message over its budget refused by clientId, none of them stored, and others unaffected", async () => {
    const { api, id, token } = await conversation();
    const socket = await openSocket(id, token);
    const sent = 30;
    try {
      for (let i = 0; i < sent; i++) socket.send({ type: "message", clientId: `f-${i}`, text: `spam ${i}` });
      // Every frame is answered: its acknowledgement or a refusal naming it.
      const answered = () =>
        new Set(
          socket.frames
            .flatMap((f) =>
              f.type === "message"
                ? [f.message.clientId ?? []]
                : f.type === "error"
                  ? [f.clientId ?? []]
                  : [],
            )
            .flat(),
        );
      await socket.waitFor(() => answered().size >= sent, 10_000);
      const refused = socket.frames.filter((f) => f.type === "error" && f.code === "rate_limited");
      const acked = customerMessages(socket.messages());
      expect(acked.length).toBeGreaterThanOrEqual(SOCKET_BUDGETS.message.burst);
      expect(acked.length + refused.length).toBe(sent);
      expect(refused.length).toBeGreaterThan(0);
      const { body } = await api("GET", `/api/v1/conversations/${id}/messages?limit=1000`);
      expect(customerMessages(body.messages).map((m) => m.clientId)).toEqual(acked.map((m) => m.clientId));

      // Another conversation acknowledges at once.
      const other = await conversation();
      const calm = await openSocket(other.id, other.token);
      try {
        calm.send({ type: "message", clientId: "c-1", text: "hello" });
        await calm.waitFor(() => calm.messages().some((m) => m.clientId === "c-1"));
      } finally {
        calm.close();
      }
    } finally {
      socket.close();
    }
  });

  it("has the socket of a customer who keeps sending regardless closed, with nothing more stored", async () => {
    const { api, id, token } = await conversation();
    const socket = await openSocket(id, token);
    const sent = SOCKET_BUDGETS.message.burst + FLOOD_REFUSALS + 20;
    try {
      for (let i = 0; i < sent; i++) socket.send({ type: "message", clientId: `f-${i}`, text: `spam ${i}` });
      expect(await socket.closedWithin(5000)).toMatchObject({ code: 1008 });
      const refused = socket.frames.filter((f) => f.type === "error" && f.code === "rate_limited");
      expect(refused).toHaveLength(FLOOD_REFUSALS - 1);
      const { body } = await api("GET", `/api/v1/conversations/${id}/messages?limit=1000`);
      expect(customerMessages(body.messages)).toHaveLength(SOCKET_BUDGETS.message.burst);
    } finally {
      socket.close();
    }
  });

  it("tells a refused sender when to send again, and the message sent again then is stored", async () => {
    const { id, token } = await conversation();
    const socket = await openSocket(id, token);
    const over = SOCKET_BUDGETS.message.burst + 1;
    try {
      for (let i = 0; i < over; i++) socket.send({ type: "message", clientId: `m-${i}`, text: `hello ${i}` });
      await socket.waitFor(() =>
        socket.frames.some((f) => f.type === "error" && f.clientId === `m-${over - 1}`),
      );
      const refusal = socket.frames.find((f) => f.type === "error" && f.code === "rate_limited");
      const wait = refusal?.type === "error" ? refusal.retryAfterMs : undefined;
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(1000 / SOCKET_BUDGETS.message.perSecond);
      // As the widget and the app do: the same message, after the stated time.
      await new Promise((resolve) => setTimeout(resolve, wait));
      socket.send({ type: "message", clientId: `m-${over - 1}`, text: `hello ${over - 1}` });
      await socket.waitFor(() => socket.messages().some((m) => m.clientId === `m-${over - 1}`));
    } finally {
      socket.close();
    }
  });

  it("gets one answer from the bot for a burst of messages, to the latest", async () => {
    const { api, id } = await conversation({ bot: true });
    const burst = ["hello", "how do I connect Slack?", "it's for my team", "we use the pro plan"];
    const posts = await Promise.all(
      burst.map((text) => api("POST", `/api/v1/conversations/${id}/messages`, { text })),
    );
    expect(posts.map((p) => p.status)).toEqual([201, 201, 201, 201]);
    // Every post returns once its turn is over, so the history is final here.
    const { body } = await api("GET", `/api/v1/conversations/${id}`);
    const afterGreeting = (body.messages as Message[]).slice(1);
    const answers = afterGreeting.filter((m) => m.role === "bot");
    expect(answers.length).toBeLessThan(burst.length);
    expect(afterGreeting.at(-1)?.role).toBe("bot");
  });
});
