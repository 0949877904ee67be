import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { newWorkspace } from "./helpers";

/** Conversations as the outbox writes them, several in the same millisecond, so pages must not skip ties. */
async function seedList(workspaceId: string) {
  const rows: [string, string, object, string, string | null][] = [
    ["a", "resolved", { email: "Ann@Example.com" }, "2026-03-01T10:00:00.000Z", "ag_1"],
    ["b", "assigned", { id: "cust-b" }, "2026-03-02T10:00:00.000Z", "ag_2"],
    ["c", "queued", {}, "2026-03-02T10:00:00.000Z", null],
    ["d", "bot", {}, "2026-03-02T10:00:00.000Z", null],
    ["e", "assigned", {}, "2026-03-03T10:00:00.000Z", "ag_1"],
  ];
  await env.DB.batch(
    rows.flatMap(([id, status, customer, at, agent]) => [
      env.DB.prepare(
        "INSERT INTO conversations (id, workspace_id, status, customer, last_seq, created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?)",
      ).bind(`${workspaceId}-${id}`, workspaceId, status, JSON.stringify(customer), at, at),
      ...(agent
        ? [
            env.DB.prepare(
              "INSERT INTO handoffs (id, conversation_id, workspace_id, seq, triggers, explanation, agent_id, created_at) VALUES (?, ?, ?, 1, '[]', '', ?, ?)",
            ).bind(`${workspaceId}-${id}:1`, `${workspaceId}-${id}`, workspaceId, agent, at),
          ]
        : []),
    ]),
  );
}

describe("GET /conversations", () => {
  it("pages through every conversation once, most recently active first, ties included", async () => {
    const { id, api } = await newWorkspace();
    await seedList(id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await api("GET", `/api/v1/conversations?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(res.status).toBe(200);
      seen.push(...res.body.conversations.map((c: { id: string }) => c.id.slice(id.length + 1)));
      cursor = res.body.next;
    } while (cursor);
    expect(seen).toEqual(["e", "d", "c", "b", "a"]);
  });

  it("filters by statuses, agent, customer and creation time, together", async () => {
    const { id, api } = await newWorkspace();
    await seedList(id);
    const ids = async (query: string) =>
      (await api("GET", `/api/v1/conversations?${query}`)).body.conversations.map((c: { id: string }) =>
        c.id.slice(id.length + 1),
      );
    expect(await ids("status=queued,assigned")).toEqual(["e", "c", "b"]);
    expect(await ids("agentId=ag_1")).toEqual(["e", "a"]);
    expect(await ids("agentId=ag_1&status=resolved")).toEqual(["a"]);
    expect(await ids("customerEmail=ann@example.com")).toEqual(["a"]);
    expect(await ids("customerId=cust-b")).toEqual(["b"]);
    expect(await ids("createdFrom=2026-03-02T00:00:00Z&createdTo=2026-03-03T00:00:00Z")).toEqual([
      "d",
      "c",
      "b",
    ]);
  });

  it("never lists another workspace's conversations, and refuses a made-up cursor or status", async () => {
    const mine = await newWorkspace();
    const theirs = await newWorkspace();
    await seedList(theirs.id);
    expect((await mine.api("GET", "/api/v1/conversations")).body.conversations).toEqual([]);
    for (const [query, field] of [
      ["cursor=not-a-cursor", "cursor"],
      ["status=queued,closed", "status"],
    ]) {
      const res = await mine.api("GET", `/api/v1/conversations?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error.details[0].field).toBe(field);
    }
  });
});

describe("POST /conversations/{id}/reopen", () => {
  it("gives a resolved conversation back to the bot, once", async () => {
    const { api } = await newWorkspace();
    const other = await newWorkspace();
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    expect((await api("POST", `/api/v1/conversations/${conv.id}/reopen`)).status).toBe(409);
    await api("POST", `/api/v1/conversations/${conv.id}/resolve`);
    expect((await other.api("POST", `/api/v1/conversations/${conv.id}/reopen`)).status).toBe(404);
    const reopened = await api("POST", `/api/v1/conversations/${conv.id}/reopen`);
    expect(reopened.status).toBe(200);
    expect(reopened.body.conversation.status).toBe("bot");
    const again = await api("POST", `/api/v1/conversations/${conv.id}/reopen`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("invalid_transition");
  });
});
