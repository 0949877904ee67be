import { describe, expect, it } from "vitest";
import type { Message } from "../../workers/protocol/message";
import { type ApiClient, newWorkspace } from "./helpers";
import { eventually, signedInAgent } from "./queue-helpers";

/** A customer who asked for a person while nobody was online, and left their email. */
async function leftEmail(api: ApiClient, email: string) {
  const { body: conv } = await api("POST", "/api/v1/conversations", {});
  await api("POST", `/api/v1/conversations/${conv.id}/messages`, { text: "I was charged twice, refund me" });
  const res = await api("POST", `/api/v1/conversations/${conv.id}/email`, { email });
  expect(res.body.conversation.status).toBe("offline");
  return conv.id as string;
}

describe("follow-ups: customers who left an email", () => {
  it("are listed oldest first, answered by email through the delivery hook, and resolved", async () => {
    const { api } = await newWorkspace();
    const first = await leftEmail(api, "ada@example.com");
    const second = await leftEmail(api, "bob@example.com");
    const tom = await signedInAgent(api, { name: "Tom", skills: ["technical"] });

    const listed = await eventually(async () => {
      const res = await tom.session("GET", "/api/v1/followups");
      expect(res.body.followups.map((f: { id: string }) => f.id)).toEqual([first, second]);
      return res.body.followups;
    });
    expect(listed[0].customer.email).toBe("ada@example.com");

    const reply = await tom.session("POST", `/api/v1/followups/${first}/reply`, {
      text: "Hi Ada, the double charge is refunded.",
    });
    expect(reply.status).toBe(200);
    expect(reply.body.delivery).toBe("not_configured");
    expect(reply.body.message).toMatchObject({
      role: "agent",
      meta: {
        event: "followup_reply",
        channel: "email",
        to: "ada@example.com",
        agentId: tom.id,
        agentName: "Tom",
      },
    });

    expect((await tom.session("POST", `/api/v1/followups/${first}/resolve`)).status).toBe(200);
    await eventually(async () => {
      const res = await tom.session("GET", "/api/v1/followups");
      expect(res.body.followups.map((f: { id: string }) => f.id)).toEqual([second]);
    });
    const history = (await api("GET", `/api/v1/conversations/${first}`)).body.messages as Message[];
    expect(history.some((m) => m.text === "Hi Ada, the double charge is refunded.")).toBe(true);
    expect((await tom.session("POST", `/api/v1/followups/${first}/reply`, { text: "again" })).status).toBe(
      409,
    );
  });
});
