import { describe, expect, it } from "vitest";
import { client, newWorkspace } from "./helpers";
import { signedInAgent } from "./queue-helpers";

const NINE_TO_FIVE = [{ from: "09:00", to: "17:00" }];
const madridWeek = {
  timezone: "Europe/Madrid",
  weekly: {
    mon: NINE_TO_FIVE,
    tue: NINE_TO_FIVE,
    wed: NINE_TO_FIVE,
    thu: NINE_TO_FIVE,
    fri: NINE_TO_FIVE,
    sat: [],
    sun: [],
  },
};

describe("workspace settings over REST", () => {
  it("starts with the defaults: routing defaults, always open, email offered after five minutes", async () => {
    const { api } = await newWorkspace();
    const res = await api("GET", "/api/v1/settings");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      routing: { mode: "auto", widenAfterSeconds: 180, agentReplyTimeoutSeconds: 120 },
      businessHours: null,
      offerEmailAfterSeconds: 300,
    });
  });

  it("merges a partial PUT, keeps what it left out, and serves the result on the next GET", async () => {
    const { api } = await newWorkspace();
    await api("PUT", "/api/v1/settings", { routing: { widenAfterSeconds: 60 }, businessHours: madridWeek });
    const put = await api("PUT", "/api/v1/settings", {
      routing: { mode: "accept" },
      businessHours: { holidays: ["2026-12-25"] },
    });
    expect(put.status).toBe(200);
    const got = (await api("GET", "/api/v1/settings")).body;
    expect(got).toEqual(put.body);
    expect(got.routing).toMatchObject({
      mode: "accept",
      widenAfterSeconds: 60,
      agentReplyTimeoutSeconds: 120,
    });
    expect(got.businessHours).toEqual({ ...madridWeek, holidays: ["2026-12-25"] });
    expect(got.offerEmailAfterSeconds).toBe(300);

    await api("PUT", "/api/v1/settings", { businessHours: null });
    expect((await api("GET", "/api/v1/settings")).body.businessHours).toBeNull();
  });

  it("refuses a bad document with 400 naming each field, and saves nothing", async () => {
    const { api } = await newWorkspace();
    const bad = await api("PUT", "/api/v1/settings", {
      offerEmailAfterSeconds: 60,
      businessHours: {
        timezone: "Mars/Olympus",
        weekly: {
          ...madridWeek.weekly,
          mon: [{ from: "09:00", to: "08:30" }],
          tue: [{ from: "9am", to: "17:00" }],
        },
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("invalid_request");
    expect(bad.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      "businessHours.timezone",
      "businessHours.weekly.mon[0].to",
      "businessHours.weekly.tue[0].from",
    ]);
    expect((await api("GET", "/api/v1/settings")).body.offerEmailAfterSeconds).toBe(300);
  });

  it("refuses business hours switched on without a week, and unknown fields, by name", async () => {
    const { api } = await newWorkspace();
    const incomplete = await api("PUT", "/api/v1/settings", { businessHours: { timezone: "Europe/Madrid" } });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.error.message).toMatch(/^businessHours\.weekly:/);
    const unknown = await api("PUT", "/api/v1/settings", { routing: { turbo: true } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details).toEqual([{ field: "routing.turbo", reason: "is not a known field" }]);
    expect((await api("GET", "/api/v1/settings")).body.businessHours).toBeNull();
  });

  it("lets agents read the settings, and only supervisors and API keys change them", async () => {
    const { api } = await newWorkspace();
    const agent = await signedInAgent(api, { name: "Bea" });
    const supervisor = await signedInAgent(api, { name: "Sue", role: "supervisor" });
    expect((await agent.session("GET", "/api/v1/settings")).status).toBe(200);
    const refused = await agent.session("PUT", "/api/v1/settings", { offerEmailAfterSeconds: 30 });
    expect(refused.status).toBe(403);
    expect((await api("GET", "/api/v1/settings")).body.offerEmailAfterSeconds).toBe(300);
    const allowed = await supervisor.session("PUT", "/api/v1/settings", { offerEmailAfterSeconds: 30 });
    expect(allowed.status).toBe(200);
    expect((await agent.session("GET", "/api/v1/settings")).body.offerEmailAfterSeconds).toBe(30);
  });

  it("keeps each workspace's settings to itself", async () => {
    const one = await newWorkspace();
    const two = await newWorkspace();
    await one.api("PUT", "/api/v1/settings", { offerEmailAfterSeconds: 45 });
    expect((await two.api("GET", "/api/v1/settings")).body.offerEmailAfterSeconds).toBe(300);
  });

  it("is described in the OpenAPI document, with the patch as the PUT body", async () => {
    const doc = (await client(null)("GET", "/api/v1/openapi.json")).body;
    const path = doc.paths["/api/v1/settings"];
    expect(Object.keys(path).sort()).toEqual(["get", "put"]);
    expect(JSON.stringify(path.put.requestBody)).toContain("offerEmailAfterSeconds");
  });
});
