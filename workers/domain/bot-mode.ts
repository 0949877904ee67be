import { z } from "zod";

/**
 * Who answers the customer while the bot owns a conversation (the triggers run on every customer message
 * whatever the mode):
 * - `builtin`: Baton's bot, with the persona (while `persona.enabled`);
 * - `external`: your own bot: each customer message the triggers leave with the bot is delivered to the
 *   endpoints subscribed to `bot.turn`, and your bot replies with `POST /conversations/{id}/messages`;
 * - `off`: nobody; only the triggers hand over (a turn limit of 1 sends every chat to a person).
 */
export const BotModeSchema = z.enum(["builtin", "external", "off"]);
export type BotMode = z.infer<typeof BotModeSchema>;

export const BotSettingsSchema = z.object({ mode: BotModeSchema.default("builtin") }).strict();
export type BotSettings = z.infer<typeof BotSettingsSchema>;

/** Whether Baton's own bot greets and answers: in `builtin` mode, with its persona switched on. */
export function builtInBotAnswers(bot: BotSettings, persona: { enabled: boolean }): boolean {
  return bot.mode === "builtin" && persona.enabled;
}

/** Whether a customer message the triggers left with the bot goes to your bot (`bot.turn`). */
export function externalBotAnswers(bot: BotSettings): boolean {
  return bot.mode === "external";
}
