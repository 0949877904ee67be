import { runDurableObjectAlarm } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createBatonClient } from "../../client";
import committed from "../../client/openapi.json";
import { BASE, client, newWorkspace } from "./helpers";

const baton = (token: string) =>
  createBatonClient({ baseUrl: BASE, token, fetch: (request) => exports.default.fetch(request) });

describe("the typed client", () => {
  it("is generated from the document the Worker serves (run npm run client:generate after an API change)", async () => {
    const served = await client(null)("GET", "/api/v1/openapi.json");
    expect(served.body).toEqual(committed);
  });

  it("drives a conversation from start to the metrics with typed calls and typed errors", async () => {
    const { apiKey } = await newWorkspace();
    const api = baton(apiKey);
    const started = await api.POST("/api/v1/conversations", { body: { customer: { name: "Ada" } } });
    const id = started.data?.id ?? "";
    expect(started.data?.status).toBe("bot");
    const posted = await api.POST("/api/v1/conversations/{id}/messages", {
      params: { path: { id } },
      body: { text: "I want to talk to a person", role: "customer" },
    });
    expect(posted.data?.conversation.status).toBe("queued");
    // The list reads D1, which the conversation's outbox reaches on its alarm.
    await runDurableObjectAlarm(env.Conversation.getByName(id));
    const listed = await api.GET("/api/v1/conversations", {
      params: { query: { status: "queued", limit: 10 } },
    });
    expect(listed.data?.conversations.map((c) => c.id)).toEqual([id]);
    const metrics = await api.GET("/api/v1/metrics", {
      params: { query: { from: "2020-01-01", to: "2020-01-02", tz: "UTC", fcrDays: 7 } },
    });
    expect(metrics.data?.conversations).toBe(0);
    const missing = await api.GET("/api/v1/conversations/{id}", { params: { path: { id: "cv_nope" } } });
    expect(missing.error?.error.code).toBe("not_found");
  });
});
