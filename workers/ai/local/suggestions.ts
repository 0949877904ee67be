import type { Category, ChatTurn } from "../provider";
import { classifyLocally } from "./classify";
import { scoreSentiment } from "./sentiment";
import { mainCustomerLine } from "./summary";

const BY_CATEGORY: Readonly<Record<Category, string>> = {
  general: "How can I help you today?",
  billing: "Let me pull up your billing history. Which invoice or charge is this about?",
  technical: "When did this start, and do you see an error message? I'll check our logs while we talk.",
  account: "I can help with your account. Could you confirm the email address you sign in with?",
  sales: "Happy to help with pricing. How many seats do you need, and which features matter most?",
  legal: "Thank you for raising this. I'm bringing in our legal team and will confirm next steps in writing.",
};

const BY_INTENT: ReadonlyArray<readonly [string, string]> = [
  ["refund", "I can see the charge. I'll start the refund now and confirm by email once it's issued."],
  [
    "billing_dispute",
    "I'm sorry about the duplicate charge. I'm checking it and will reverse anything taken in error.",
  ],
  [
    "cancel",
    "I can take care of the cancellation. Would you like it to take effect now or at the end of the period?",
  ],
  [
    "high_value",
    "Thanks for considering us. I'll prepare a quote; could you share the number of seats and your timeline?",
  ],
];

/** Template replies for the agent, chosen by the customer's topic and mood; the first is the best guess. */
export function suggestLocally(history: readonly ChatTurn[]): string[] {
  const last = history.filter((m) => m.role === "customer").at(-1);
  if (!last) return [BY_CATEGORY.general];
  const c = classifyLocally((mainCustomerLine(history) ?? last).text);
  const opener =
    scoreSentiment(last.text).label === "negative"
      ? "I'm sorry about the trouble. I'm here now and I'll sort this out with you."
      : "Hi, I'm taking over from the bot. Thanks for your patience.";
  const specific = BY_INTENT.find(([intent]) => c.intents.includes(intent))?.[1] ?? BY_CATEGORY[c.category];
  return [
    opener,
    specific,
    "Could you tell me a bit more, so I don't ask you to repeat what you told the bot?",
  ];
}
