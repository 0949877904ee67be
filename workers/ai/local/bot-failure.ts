import { above, handoffModel } from "./model";

/** Bot replies recur (the same decline, the same answer): their readings are kept, up to this many. */
const REMEMBERED = 512;
const readings = new Map<string, boolean>();

/** A bot reply that admits it cannot help, does not know, or did not understand, in any of the languages. */
export function botAdmitsFailure(text: string): boolean {
  let failed = readings.get(text);
  if (failed === undefined) {
    const model = handoffModel();
    failed = model.scoreBotReply(text) >= model.thresholds.failure;
    if (readings.size >= REMEMBERED) readings.delete(readings.keys().next().value as string);
    readings.set(text, failed);
  }
  return failed;
}

/** The customer turns the bot's answer down ("that's not it", "already tried that", "no me sirve"). */
export function rejectsAnswer(text: string): boolean {
  return above("rejects", text);
}
