import { describe, expect, it } from "vitest";
import {
  DEFAULT_CONFIDENCE_THRESHOLD,
  DEFAULT_PERSONA,
  PersonaPatchSchema,
  PersonaSchema,
  personaFrom,
} from "../../../workers/bot/persona";

describe("persona", () => {
  it("has the documented defaults", () => {
    expect(DEFAULT_PERSONA).toEqual({
      name: "Assistant",
      tone: "friendly",
      greeting: null,
      confidenceThreshold: DEFAULT_CONFIDENCE_THRESHOLD,
      enabled: true,
      description: null,
    });
  });

  it("fills what a stored persona leaves out, and falls back to the defaults for an unreadable one", () => {
    expect(personaFrom({ name: "Orbi" })).toEqual({ ...DEFAULT_PERSONA, name: "Orbi" });
    expect(personaFrom(null)).toEqual(DEFAULT_PERSONA);
    expect(personaFrom({ confidenceThreshold: "high" })).toEqual(DEFAULT_PERSONA);
  });

  it("refuses a threshold outside 0…1, an unknown tone and unknown fields", () => {
    expect(PersonaSchema.safeParse({ confidenceThreshold: 1.5 }).success).toBe(false);
    expect(PersonaSchema.safeParse({ tone: "sarcastic" }).success).toBe(false);
    expect(PersonaSchema.safeParse({ mood: "happy" }).success).toBe(false);
  });

  it("keeps a patch to the fields sent, so a change never resets the others", () => {
    expect(PersonaPatchSchema.parse({ enabled: false })).toEqual({ enabled: false });
  });
});
