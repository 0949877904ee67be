import { describe, expect, it } from "vitest";
import { newWorkspace } from "./helpers";
import { eventually } from "./queue-helpers";

describe("a customer's earlier conversations", () => {
  it("are listed by their e-mail (any letter case), in this workspace only", async () => {
    const a = await newWorkspace();
    const b = await newWorkspace();
    const ada = { customer: { name: "Ada", email: "ada@example.com" } };
    const first = (await a.api("POST", "/api/v1/conversations", ada)).body.id;
    await a.api("POST", `/api/v1/conversations/${first}/resolve`);
    const second = (await a.api("POST", "/api/v1/conversations", ada)).body.id;
    await a.api("POST", "/api/v1/conversations", { customer: { email: "bob@example.com" } });
    await b.api("POST", "/api/v1/conversations", ada);

    // The list reads D1, which each conversation's outbox reaches moments later.
    await eventually(async () => {
      const { body } = await a.api("GET", "/api/v1/conversations?customerEmail=ADA%40example.com");
      expect(body.conversations.map((c: { id: string }) => c.id).sort()).toEqual([first, second].sort());
    });
    const bad = await a.api("GET", "/api/v1/conversations?customerEmail=");
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].field).toBe("customerEmail");
  });
});
