import { describe, expect, it } from "vitest";
import { newWorkspace } from "./helpers";
import { signedInAgent } from "./queue-helpers";

describe("canned replies", () => {
  it("a supervisor adds, changes and deletes them; every agent of the workspace lists them", async () => {
    const { api } = await newWorkspace();
    const sup = await signedInAgent(api, { name: "Sue", role: "supervisor" });
    const tom = await signedInAgent(api, { name: "Tom" });
    const created = await sup.session("POST", "/api/v1/canned-replies", {
      shortcut: "refund",
      text: "Your refund is on its way: 3 to 5 working days.",
    });
    expect(created.status).toBe(201);
    const listed = await tom.session("GET", "/api/v1/canned-replies");
    expect(listed.body.replies.map((r: { shortcut: string }) => r.shortcut)).toEqual(["refund"]);

    const changed = await sup.session("PATCH", `/api/v1/canned-replies/${created.body.id}`, {
      text: "Refunds take 3 to 5 working days.",
    });
    expect(changed.body).toMatchObject({ shortcut: "refund", text: "Refunds take 3 to 5 working days." });
    expect((await sup.session("DELETE", `/api/v1/canned-replies/${created.body.id}`)).status).toBe(204);
    expect((await tom.session("GET", "/api/v1/canned-replies")).body.replies).toEqual([]);
  });

  it("an agent cannot change them", async () => {
    const { api } = await newWorkspace();
    const tom = await signedInAgent(api, { name: "Tom" });
    const refused = await tom.session("POST", "/api/v1/canned-replies", { shortcut: "hi", text: "Hello!" });
    expect(refused.status).toBe(403);
    expect((await api("GET", "/api/v1/canned-replies")).body.replies).toEqual([]);
  });

  it("a bad shortcut or empty text is a 400 naming the field, and a taken shortcut a 409", async () => {
    const { api } = await newWorkspace();
    const bad = await api("POST", "/api/v1/canned-replies", { shortcut: "Refund Policy", text: "x" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([
      { field: "shortcut", reason: expect.stringContaining("lowercase") },
    ]);
    const blank = await api("POST", "/api/v1/canned-replies", { shortcut: "blank", text: "  " });
    expect(blank.body.error.details[0].field).toBe("text");
    await api("POST", "/api/v1/canned-replies", { shortcut: "hi", text: "Hello!" });
    const again = await api("POST", "/api/v1/canned-replies", { shortcut: "hi", text: "Hi there!" });
    expect(again.status).toBe(409);
    expect(again.body.error.details).toEqual([{ field: "shortcut", reason: "another canned reply uses it" }]);
    expect(
      (await api("GET", "/api/v1/canned-replies")).body.replies.map((r: { text: string }) => r.text),
    ).toEqual(["Hello!"]);
  });

  it("each workspace sees only its own", async () => {
    const a = await newWorkspace();
    const b = await newWorkspace();
    const mine = await a.api("POST", "/api/v1/canned-replies", { shortcut: "hi", text: "Hello from A" });
    expect((await b.api("GET", "/api/v1/canned-replies")).body.replies).toEqual([]);
    expect((await b.api("PATCH", `/api/v1/canned-replies/${mine.body.id}`, { text: "hacked" })).status).toBe(
      404,
    );
    expect((await b.api("DELETE", `/api/v1/canned-replies/${mine.body.id}`)).status).toBe(404);
    // The same shortcut is free in another workspace.
    expect(
      (await b.api("POST", "/api/v1/canned-replies", { shortcut: "hi", text: "Hello from B" })).status,
    ).toBe(201);
    expect((await a.api("GET", "/api/v1/canned-replies")).body.replies[0].text).toBe("Hello from A");
  });
});
