import { describe, expect, it } from "vitest";
import { TEST_SECRETS } from "../secrets";
import { client, newWorkspace } from "./helpers";

const operator = client(TEST_SECRETS.PLATFORM_TOKEN);

describe("POST /workspaces", () => {
  it("creates a second tenant with its own key and supervisor, sharing nothing with the first", async () => {
    const first = await newWorkspace();
    await first.api("POST", "/api/v1/conversations", {});
    const res = await operator("POST", "/api/v1/workspaces", {
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

  it("refuses a workspace's credentials, even an admin key or a supervisor, with 403, and creates nothing", async () => {
    const { id, api } = await newWorkspace();
    const { body: scoped } = await api("POST", "/api/v1/api-keys", { name: "Bot", scopes: ["admin"] });
    await api("POST", "/api/v1/agents", {
      name: "Sue",
      email: "sue@ops.example",
      password: "a long enough password",
      skills: [],
      role: "supervisor",
    });
    const { body: session } = await client(null)("POST", "/api/v1/auth/login", {
      email: "sue@ops.example",
      password: "a long enough password",
      workspaceId: id,
    });
    for (const token of [null, "bk_not_a_key", "dev-only-test-platform-token-0123456789abcdeX"]) {
      const res = await client(token)("POST", "/api/v1/workspaces", { name: "Nope" });
      expect(res.status, String(token)).toBe(401);
      expect(res.body.error.code).toBe("unauthorized");
    }
    for (const token of [scoped.key, session.token]) {
      const res = await client(token)("POST", "/api/v1/workspaces", {
        name: "Nope",
        supervisor: { name: "N", email: "nope@ops.example", password: "a long enough password" },
      });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe("forbidden");
    }
    const nope = await client(null)("POST", "/api/v1/auth/login", {
      email: "nope@ops.example",
      password: "a long enough password",
    });
    expect(nope.status).toBe(401);
  });

  it("answers bad input from the operator with the field and why", async () => {
    const bad = await operator("POST", "/api/v1/workspaces", { name: "" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].field).toBe("name");
  });
});
