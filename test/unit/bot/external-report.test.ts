import { describe, expect, it } from "vitest";
import { externalBotMeta } from "../../../workers/bot/external-report";

describe("a reply from your own bot", () => {
  it("is a failure when flagged, or under the persona's confidence threshold, and the flag wins", () => {
    expect(externalBotMeta({ failed: true }, 0.4)).toEqual({ source: "external", botFailure: true });
    expect(externalBotMeta({ confidence: 0.2 }, 0.4)).toMatchObject({ confidence: 0.2, botFailure: true });
    expect(externalBotMeta({ confidence: 0.9 }, 0.4)).toMatchObject({ botFailure: false });
    expect(externalBotMeta({ confidence: 0.1, failed: false }, 0.4)).toMatchObject({ botFailure: false });
  });

  it("says nothing about failure when it reports nothing, so the model reads the text", () => {
    expect(externalBotMeta({}, 0.4)).toEqual({ source: "external" });
  });
});
