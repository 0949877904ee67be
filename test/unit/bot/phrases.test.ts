import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../../workers/ai/local/language";
import { DEFAULT_PERSONA } from "../../../workers/bot/persona";
import { greeting, handoffNotice, phrases } from "../../../workers/bot/phrases";
import { DEFAULT_RULES } from "../../../workers/domain/rules";
import { decide, type EngineMessage } from "../../../workers/domain/triggers";
import { TRIGGER_ORDER } from "../../../workers/domain/triggers/types";

const LANGUAGES = ["en", "es", "fr", "de", "pt", "it"] as const;

describe("fixed phrases", () => {
  it.each(LANGUAGES)(
    "in %s, the engine counts the bot's flagged declines and never its greeting or notices",
    (lang) => {
      const customer = (text: string): EngineMessage => ({ role: "customer", text });
      const history: EngineMessage[] = [
        { role: "bot", text: greeting(DEFAULT_PERSONA, lang), meta: { event: "greeting" } },
        customer("?"),
        { role: "bot", text: phrases(lang).decline, meta: { botFailure: true } },
        customer("?"),
        ...TRIGGER_ORDER.map((t): EngineMessage => ({ role: "system", text: handoffNotice(lang, t) })),
        customer("?"),
      ];
      expect(decide(DEFAULT_RULES, history).signals.botFailures).toBe(1);
    },
  );

  it.each(LANGUAGES.filter((l) => l !== "en"))("%s phrases are written in that language", (lang) => {
    expect(detectLanguage(phrases(lang).decline)).toBe(lang);
    expect(detectLanguage(handoffNotice(lang, "explicit_request"))).toBe(lang);
  });

  it("gives every trigger its own plain-words reason in every language", () => {
    for (const lang of LANGUAGES) {
      const notices = TRIGGER_ORDER.map((t) => handoffNotice(lang, t));
      expect(new Set(notices).size).toBe(TRIGGER_ORDER.length);
    }
    expect(handoffNotice("en", "explicit_request")).toBe(
      "I'm handing you over to a member of our team as you asked to talk to a person. They will see our whole conversation, so you won't need to repeat anything.",
    );
  });

  it("says a person is taking over even without a trigger", () => {
    expect(handoffNotice("fr", null)).toMatch(/^Je vous transfère à une personne de notre équipe\. /);
  });

  it("falls back to English for a language it does not speak", () => {
    expect(phrases("ja")).toBe(phrases("en"));
    expect(handoffNotice("xx", "turn_limit")).toBe(handoffNotice("en", "turn_limit"));
  });

  it("greets with the persona's name, or the workspace's own greeting as written", () => {
    expect(greeting({ name: "Orbi", greeting: null }, "es")).toBe(
      "¡Hola! Soy Orbi, el asistente virtual. ¿En qué puedo ayudarte?",
    );
    expect(greeting({ name: "Orbi", greeting: "Welcome to Orbit!" }, "de")).toBe("Welcome to Orbit!");
  });
});
