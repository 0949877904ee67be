import { describe, expect, it } from "vitest";
import type { Message } from "../../workers/protocol/message";
import { newWorkspace } from "./helpers";
import { openSocket } from "./socket-helpers";

describe("after the chat", () => {
  it("takes one rating per request, over the socket or REST, and refuses one nobody asked for", async () => {
    const { api } = await newWorkspace();
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    await api("POST", `/api/v1/conversations/${conv.id}/messages`, { text: "hello" });
    expect((await api("POST", `/api/v1/conversations/${conv.id}/csat`, { score: 5 })).status).toBe(409);
    await api("POST", `/api/v1/conversations/${conv.id}/resolve`);
    expect((await api("POST", `/api/v1/conversations/${conv.id}/csat`, { score: 6 })).status).toBe(400);

    const socket = await openSocket(conv.id, conv.customerToken);
    try {
      socket.send({ type: "csat", score: 4, comment: "quick, thanks" });
      await socket.waitFor(() => socket.messages().some((m) => m.meta.event === "csat"));
    } finally {
      socket.close();
    }
    const rated = (await api("GET", `/api/v1/conversations/${conv.id}`)).body;
    expect(rated.messages.at(-1)).toMatchObject({
      role: "system",
      meta: { event: "csat", score: 4, comment: "quick, thanks" },
    });
    expect((await api("POST", `/api/v1/conversations/${conv.id}/csat`, { score: 1 })).status).toBe(409);
    const csats = rated.messages.filter((m: Message) => m.meta.event === "csat");
    expect(csats).toHaveLength(1);
  });
});

describe("category → skill", () => {
  it("follows the workspace's overrides in the routing settings", async () => {
    const { api } = await newWorkspace();
    await api("PUT", "/api/v1/settings", { routing: { skillByCategory: { billing: "finance" } } });
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    await api("POST", `/api/v1/conversations/${conv.id}/messages`, {
      text: "I was charged twice and I want a refund",
    });
    const d = (await api("GET", `/api/v1/conversations/${conv.id}`)).body;
    expect(d.handoff).toMatchObject({ category: "billing", skill: "finance" });
  });
});
