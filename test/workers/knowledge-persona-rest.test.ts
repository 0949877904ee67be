import { describe, expect, it } from "vitest";
import { DEFAULT_PERSONA } from "../../workers/bot/persona";
import { newWorkspace } from "./helpers";

/** The default persona, as a workspace named "Persona test" has it: named after the workspace. */
const DEFAULTS = { ...DEFAULT_PERSONA, name: "Persona test Assistant" };

describe("persona REST", () => {
  it("starts with the defaults", async () => {
    const { api } = await newWorkspace("Persona test", { bot: true });
    const res = await api("GET", "/api/v1/persona");
    expect(res.status).toBe(200);
    expect(res.body).toEqual(DEFAULTS);
  });

  it("changes only the fields sent, and keeps them", async () => {
    const { api } = await newWorkspace("Persona test", { bot: true });
    const put = await api("PUT", "/api/v1/persona", { name: "Orbi", greeting: "Welcome to Orbit!" });
    expect(put.body).toEqual({ ...DEFAULT_PERSONA, name: "Orbi", greeting: "Welcome to Orbit!" });
    await api("PUT", "/api/v1/persona", { enabled: false });
    expect((await api("GET", "/api/v1/persona")).body).toEqual({
      ...DEFAULT_PERSONA,
      name: "Orbi",
      greeting: "Welcome to Orbit!",
      enabled: false,
    });
    await api("PUT", "/api/v1/persona", { greeting: null });
    expect((await api("GET", "/api/v1/persona")).body.greeting).toBeNull();
  });

  it("refuses a bad persona with a 400 naming the field, and changes nothing", async () => {
    const { api } = await newWorkspace("Persona test", { bot: true });
    for (const [body, field] of [
      [{ confidenceThreshold: 1.5 }, "confidenceThreshold"],
      [{ tone: "sarcastic" }, "tone"],
      [{ name: "" }, "name"],
      [{ mood: "happy" }, "mood"],
    ] as const) {
      const res = await api("PUT", "/api/v1/persona", body);
      expect(res.status).toBe(400);
      expect(res.body.error.details[0].field).toBe(field);
    }
    expect((await api("GET", "/api/v1/persona")).body).toEqual(DEFAULTS);
  });

  it("keeps each workspace's persona its own", async () => {
    const a = await newWorkspace("Persona test", { bot: true });
    const b = await newWorkspace("Persona test", { bot: true });
    await a.api("PUT", "/api/v1/persona", { name: "Only A" });
    expect((await b.api("GET", "/api/v1/persona")).body.name).toBe(DEFAULTS.name);
  });
});
