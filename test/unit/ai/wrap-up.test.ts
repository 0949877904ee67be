import { describe, expect, it } from "vitest";
import { LocalAiProvider } from "../../../workers/ai/local";
import type { ChatTurn } from "../../../workers/ai/provider";
import { type AiBinding, WorkersAiProvider } from "../../../workers/ai/workers-ai";

const history: ChatTurn[] = [
  { role: "customer", text: "I was charged twice for order 4411" },
  { role: "bot", text: "Refunds usually take 5 days." },
  { role: "agent", text: "Hi Ada, thanks for waiting!" },
  { role: "agent", text: "I found the duplicate charge on order 4411. I reversed the second payment." },
  { role: "agent", text: "I'll email you the refund receipt tomorrow. Anything else?" },
  { role: "customer", text: "no thanks" },
];
const brief = { customerGoal: "Get the duplicate charge on order 4411 refunded", summary: null };

const binding = (answer: () => Promise<unknown>): AiBinding => ({ run: answer });

describe("the wrap-up after a resolve", () => {
  it("offline: the briefed problem, what the agent did and what they promised, no small talk", async () => {
    const wrap = await new LocalAiProvider().wrapUp(history, brief, "en");
    expect(wrap).toEqual({
      problem: "Get the duplicate charge on order 4411 refunded",
      done: ["I found the duplicate charge on order 4411.", "I reversed the second payment."],
      followUps: ["I'll email you the refund receipt tomorrow."],
    });
  });

  it("offline without a handoff: the customer's line that states the problem, nothing invented", async () => {
    const wrap = await new LocalAiProvider().wrapUp(history.slice(0, 2), null, "en");
    expect(wrap).toEqual({ problem: "I was charged twice for order 4411", done: [], followUps: [] });
  });

  it("Workers AI: the model's JSON when it validates, the offline wrap-up when it does not or fails", async () => {
    const local = new LocalAiProvider();
    const model = { problem: "Double charge", done: ["Refunded"], followUps: ["Send receipt"] };
    const good = new WorkersAiProvider(
      binding(async () => ({ response: `Sure! ${JSON.stringify(model)}` })),
      local,
    );
    expect(await good.wrapUp(history, brief, "en")).toEqual(model);
    const offline = await local.wrapUp(history, brief, "en");
    for (const answer of [
      async () => ({ response: '{"problem": ""}' }),
      async () => ({ response: { problem: 3 } }),
      async () => ({ result: "not the documented shape" }),
      async () => {
        throw new Error("5xx");
      },
    ]) {
      expect(await new WorkersAiProvider(binding(answer), local).wrapUp(history, brief, "en")).toEqual(
        offline,
      );
    }
  });

  it("Workers AI is asked to write in the conversation's language", async () => {
    const asked: unknown[] = [];
    const model = { problem: "Doble cargo", done: ["Reembolsado"], followUps: [] };
    const provider = new WorkersAiProvider(
      binding(async (...args: unknown[]) => {
        asked.push(args);
        return { response: JSON.stringify(model) };
      }),
      new LocalAiProvider(),
    );
    expect(await provider.wrapUp(history, brief, "es")).toEqual(model);
    expect(JSON.stringify(asked)).toContain("Write it in Spanish.");
  });

  // One agent's reply per language: thanks (no action), what they did, and what they promised.
  const AGENT_LINES: Record<string, [string, string, string]> = {
    en: [
      "Thank you for waiting, Ada!",
      "I reversed the second payment on order 4411.",
      "I will send you the receipt tomorrow.",
    ],
    es: [
      "¡Gracias por esperar, Ada!",
      "He anulado el segundo pago del pedido 4411.",
      "Te enviaré el recibo mañana por correo.",
    ],
    fr: [
      "Merci de votre patience, Ada !",
      "J'ai annulé le deuxième paiement de la commande 4411.",
      "Je vous enverrai le reçu demain matin.",
    ],
    de: [
      "Danke für Ihre Geduld, Ada!",
      "Ich habe die zweite Zahlung der Bestellung 4411 storniert.",
      "Ich schicke Ihnen morgen die Quittung.",
    ],
    pt: [
      "Obrigado por esperar, Ada!",
      "Cancelei o segundo pagamento do pedido 4411.",
      "Vou enviar o recibo amanhã por e-mail.",
    ],
    it: [
      "Grazie per l'attesa, Ada!",
      "Ho annullato il secondo pagamento dell'ordine 4411.",
      "Le invierò la ricevuta domani mattina.",
    ],
  };
  it.each(Object.entries(AGENT_LINES))(
    "offline in %s: the agent's promise is a follow-up, their action is done, the thanks neither",
    async (language, [greeting, action, promise]) => {
      const chat: ChatTurn[] = [
        { role: "customer", text: "order 4411" },
        { role: "agent", text: `${greeting} ${action} ${promise}` },
      ];
      const wrap = await new LocalAiProvider().wrapUp(chat, brief, language);
      expect(wrap).toEqual({ problem: brief.customerGoal, done: [action], followUps: [promise] });
    },
  );
});
