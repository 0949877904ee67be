/**
 * What the offline wrap-up needs to know of one language. Patterns run on the agent's sentence folded
 * (accents removed, lower case: `fold` in workers/ai/local/text.ts), so they are written without accents.
 */
export interface WrapUpPhrases {
  /** The language's English name, for the instruction to Workers AI ("Write it in Spanish"). */
  name: string;
  /** A promise of something after the chat: a first-person future, "tomorrow", "within 2 days"… */
  commitment: RegExp;
  /** A sentence that carries no action: greetings, thanks, sign-offs. */
  smallTalk: RegExp;
}
