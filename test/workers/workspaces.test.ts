import { describe, expect, it } from "vitest";
import { client, newWorkspace } from "./helpers";

describe("POST /workspaces", () => {
  it("creates a second tenant with its own key and supervisor, sharing nothing with the first", async () => {
    const first = await newWorkspace();
    await first.api("POST", "/api/v1/conversations", {});
    const res = await first.api("POST", "/api/v1/workspaces", {
      name: "Second shop",
      supervisor: { name: "Sam", email: "sam@second.example", password: "a long enough password" },
    });
    expect(res.status).toBe(201);
    expect(res.body.workspace).toMatchObject({ name: "Second shop" });
    const second = client(res.body.apiKey);
    expect((await second("GET", "/api/v1/conversations")).body.conversations).toEqual([]);
    const login = await client(null)("POST", "/api/v1/auth/login", {
      email: "sam@second.example",
      password: "a long enough password",
      workspaceId: res.body.workspace.id,
    });
    expect(login.status).toBe(200);
    expect(login.body.agent).toMatchObject({ id: res.body.supervisorId, role: "supervisor" });
  });

  it("needs an admin key: a scoped key or an agent's session is refused and nothing is created", async () => {
    const { api } = await newWorkspace();
    const { body: scoped } = await api("POST", "/api/v1/api-keys", {
      name: "Bot",
      scopes: ["conversations:write"],
    });
    const refused = await client(scoped.key)("POST", "/api/v1/workspaces", { name: "Nope" });
    expect(refused.status).toBe(403);
    const bad = await api("POST", "/api/v1/workspaces", { name: "" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].field).toBe("name");
  });
});
