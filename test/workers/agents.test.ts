import { describe, expect, it } from "vitest";
import { client, newWorkspace } from "./helpers";

const bea = { name: "Bea", email: "Bea@Example.com", skills: ["billing"], password: "correct horse battery" };

describe("agents and teams", () => {
  it("creates, lists, changes and removes agents, never showing a password hash", async () => {
    const { api } = await newWorkspace();
    const created = await api("POST", "/api/v1/agents", bea);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: "Bea",
      email: "bea@example.com",
      skills: ["billing"],
      maxConcurrent: 3,
      role: "agent",
      status: "offline",
    });
    expect(JSON.stringify(created.body)).not.toMatch(/password|pbkdf2/i);
    const id = created.body.id;
    expect(
      (await api("PATCH", `/api/v1/agents/${id}`, { maxConcurrent: 5, skills: ["billing", "legal"] })).body,
    ).toMatchObject({ maxConcurrent: 5, skills: ["billing", "legal"] });
    expect((await api("PATCH", `/api/v1/agents/${id}`, { name: "Beatrice" })).body).toMatchObject({
      name: "Beatrice",
      maxConcurrent: 5,
      skills: ["billing", "legal"],
    });
    expect((await api("GET", "/api/v1/agents")).body.agents.map((a: { id: string }) => a.id)).toEqual([id]);
    expect((await api("DELETE", `/api/v1/agents/${id}`)).status).toBe(204);
    expect((await api("GET", `/api/v1/agents/${id}`)).status).toBe(404);
  });

  it("refuses bad agent input with the field named, and a duplicate email with 409", async () => {
    const { api } = await newWorkspace();
    const bad = await api("POST", "/api/v1/agents", {
      name: "",
      email: "nope",
      skills: ["Billing!"],
      maxConcurrent: 0,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      "email",
      "maxConcurrent",
      "name",
      "skills[0]",
    ]);
    await api("POST", "/api/v1/agents", bea);
    const dup = await api("POST", "/api/v1/agents", { ...bea, email: "bea@example.com" });
    expect(dup.status).toBe(409);
    expect((await api("PATCH", "/api/v1/agents/ag_nobody", {})).status).toBe(400);
  });

  it("sets status for integrations, and an agent may set only their own", async () => {
    const { api } = await newWorkspace();
    const a = (await api("POST", "/api/v1/agents", bea)).body;
    const b = (
      await api("POST", "/api/v1/agents", {
        name: "Cy",
        email: "cy@example.com",
        password: "another password",
      })
    ).body;
    expect((await api("PUT", `/api/v1/agents/${a.id}/status`, { status: "online" })).body.status).toBe(
      "online",
    );
    expect((await api("PUT", `/api/v1/agents/${a.id}/status`, { status: "busy" })).status).toBe(400);
    const login = await client(null)("POST", "/api/v1/auth/login", {
      email: "cy@example.com",
      password: "another password",
    });
    const cy = client(login.body.token);
    expect((await cy("PUT", `/api/v1/agents/${b.id}/status`, { status: "away" })).body.status).toBe("away");
    expect((await cy("PUT", `/api/v1/agents/${a.id}/status`, { status: "offline" })).status).toBe(403);
    expect((await cy("POST", "/api/v1/agents", { name: "X", email: "x@example.com" })).status).toBe(403);
    expect((await cy("GET", "/api/v1/agents")).status).toBe(200);
  });

  it("manages teams of the workspace's own agents", async () => {
    const { api } = await newWorkspace();
    const other = await newWorkspace();
    const a = (await api("POST", "/api/v1/agents", bea)).body;
    const stranger = (await other.api("POST", "/api/v1/agents", { name: "Z", email: "z@example.com" })).body;
    const team = await api("POST", "/api/v1/teams", {
      name: "Billing",
      skills: ["billing"],
      agentIds: [a.id],
    });
    expect(team.status).toBe(201);
    expect(team.body).toMatchObject({ name: "Billing", agentIds: [a.id] });
    expect((await api("GET", `/api/v1/agents/${a.id}`)).body.teamIds).toEqual([team.body.id]);
    const foreign = await api("PATCH", `/api/v1/teams/${team.body.id}`, { agentIds: [stranger.id] });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.details[0].field).toBe("agentIds");
    expect((await api("POST", "/api/v1/teams", { name: "Billing" })).status).toBe(409);
    expect((await other.api("GET", `/api/v1/teams/${team.body.id}`)).status).toBe(404);
    expect((await api("DELETE", `/api/v1/teams/${team.body.id}`)).status).toBe(204);
    expect((await api("GET", `/api/v1/agents/${a.id}`)).body.teamIds).toEqual([]);
  });
});

describe("agent sign-in", () => {
  it("signs in with email and password, then acts as that agent until signing out", async () => {
    const { api, id: workspaceId } = await newWorkspace();
    const solo = { ...bea, email: "solo@example.com" };
    const a = (await api("POST", "/api/v1/agents", solo)).body;
    const anon = client(null);
    expect(
      (await anon("POST", "/api/v1/auth/login", { email: solo.email, password: "wrong password" })).status,
    ).toBe(401);
    const login = await anon("POST", "/api/v1/auth/login", {
      email: "SOLO@example.com",
      password: solo.password,
    });
    expect(login.status).toBe(200);
    expect(login.body.token).toMatch(/^as_/);
    const session = client(login.body.token);
    const me = await session("GET", "/api/v1/auth/me");
    expect(me.body, JSON.stringify(me.body)).toMatchObject({ id: a.id, name: "Bea" });
    const conv = await session("POST", "/api/v1/conversations", {});
    expect(conv.body.workspaceId).toBe(workspaceId);
    expect((await session("POST", "/api/v1/auth/logout")).status).toBe(204);
    expect((await session("GET", "/api/v1/auth/me")).status).toBe(401);
  });

  it("asks which workspace when the same sign-in works in two", async () => {
    const one = await newWorkspace();
    const two = await newWorkspace();
    const twin = { name: "Twin", email: "twin@example.com", password: "same password twice" };
    await one.api("POST", "/api/v1/agents", twin);
    await two.api("POST", "/api/v1/agents", twin);
    const anon = client(null);
    const ambiguous = await anon("POST", "/api/v1/auth/login", {
      email: twin.email,
      password: twin.password,
    });
    expect(ambiguous.status).toBe(409);
    expect(ambiguous.body.error.code).toBe("workspace_required");
    // The other workspaces are never named.
    expect(JSON.stringify(ambiguous.body)).not.toContain(one.id);
    const chosen = await anon("POST", "/api/v1/auth/login", {
      ...twin,
      name: undefined,
      workspaceId: two.id,
    });
    expect(chosen.status).toBe(200);
    expect((await client(chosen.body.token)("GET", "/api/v1/auth/me")).body.id).toBe(chosen.body.agent.id);
  });

  it("twenty agents with the same email in other workspaces do not lock an agent out", async () => {
    const victim = {
      name: "Vi",
      email: `vi-${crypto.randomUUID()}@example.com`,
      password: "victim's password",
    };
    for (let i = 0; i < 20; i++) {
      const other = await newWorkspace(`attacker ${i}`);
      await other.api("POST", "/api/v1/agents", { ...victim, password: "attacker password" });
    }
    const home = await newWorkspace();
    await home.api("POST", "/api/v1/agents", victim);
    const res = await client(null)("POST", "/api/v1/auth/login", {
      ...victim,
      name: undefined,
      workspaceId: home.id,
    });
    expect(res.status).toBe(200);
    expect(res.body.workspaceId).toBe(home.id);
  });

  it("an agent without a password cannot sign in", async () => {
    const { api } = await newWorkspace();
    await api("POST", "/api/v1/agents", { name: "No Pass", email: "np@example.com" });
    const res = await client(null)("POST", "/api/v1/auth/login", {
      email: "np@example.com",
      password: "anything at all",
    });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("invalid_credentials");
  });
});
