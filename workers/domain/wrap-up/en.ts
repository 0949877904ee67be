import type { WrapUpPhrases } from "./types";

export const en: WrapUpPhrases = {
  name: "English",
  commitment:
    /\b(i'll|i will|we'll|we will|i'm going to|we're going to|will (send|email|e-mail|call|get back|follow up|confirm)|follow[- ]up|tomorrow|next week|within \d+|by (monday|tuesday|wednesday|thursday|friday|end of))\b/,
  smallTalk: /^(hi|hello|hey|thanks?|thank you|you're welcome|bye|goodbye|have a (nice|good|great))\b/,
};
