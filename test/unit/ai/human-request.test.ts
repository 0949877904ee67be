import { describe, expect, it } from "vitest";
import { wantsHuman } from "../../../workers/ai/local/human-request";

describe("request for a human", () => {
  it.each([
    "I want to talk to a human",
    "representative",
    "HUMAN",
    "Not a bot. A person. Please.",
    "can you put me in touch with an actual person?",
    "get someone on the phone with me",
    "I'd like a callback from your sales team",
    "is there somebody real I could speak to",
    "¿Puedo hablar con un agente?",
    "pásame con una persona de verdad",
    "Je voudrais parler à un conseiller",
    "Est-ce que je peux parler à quelqu'un ?",
    "Kann ich bitte mit einem Menschen sprechen?",
    "Verbinden Sie mich mit dem Kundendienst",
    "Quero falar com um atendente",
    "Quero ser atendido por uma pessoa",
    "Vorrei parlare con un operatore",
    "mi metta in contatto con un assistente umano",
    "real human needed",
    "Mi può rispondere una persona vera?",
    "Können Sie mich zu einem Menschen durchstellen?",
  ])("hears a request in %j", (text) => {
    expect(wantsHuman(text)).toBe(true);
  });

  it.each([
    "our travel agent booked the flight",
    "the monitoring agent uses 40% CPU",
    "which user-agent header should my scraper send?",
    "does your API support AI agents?",
    "how do I add another agent seat to my plan?",
    "I don't need anyone, just tell me where the export is",
    "no need for a human, the answer worked",
    "a person from your team already fixed it, thanks",
    "Is there a human-readable changelog?",
    "can I get a live preview of the widget",
    "no hace falta hablar con nadie",
    "Ich muss mit niemandem sprechen, danke",
    "não preciso falar com ninguém",
    "l'agente software non si connette al server",
    "Is live agent support included in the Pro plan?",
    "Is a person allowed to have two accounts?",
  ])("does not mistake %j for one", (text) => {
    expect(wantsHuman(text)).toBe(false);
  });
});
