import type { AiProvider } from "../../ai/provider";
import type { Rules } from "../rules";
import { analyzeMessage } from "./analysis";
import { decide } from "./engine";
import type { Decision, EngineMessage } from "./types";

export interface TranscriptResult {
  /** The decision at the first customer message that handed off, or at the last one when none did. */
  decision: Decision;
  /** Index among customer messages (0-based) where the handoff happened; null when none did. */
  turn: number | null;
}

/**
 * Replays a transcript as the live conversation would run: each customer message is analysed with
 * `provider` and decided with the history so far; the first handoff ends the replay, as it ends the bot's
 * ownership. Used by the eval command and the dry-run endpoint.
 */
export async function evaluateTranscript(
  provider: AiProvider,
  rules: Rules,
  messages: ReadonlyArray<Pick<EngineMessage, "role" | "text"> & Partial<Pick<EngineMessage, "meta">>>,
): Promise<TranscriptResult> {
  const history: EngineMessage[] = [];
  let decision = decide(rules, history);
  let turn = -1;
  for (const m of messages) {
    if (m.role !== "customer") {
      history.push({ ...m });
      continue;
    }
    turn++;
    const analysis = m.meta?.analysis ?? (await analyzeMessage(provider, m.text));
    history.push({ ...m, meta: { ...m.meta, analysis } });
    decision = decide(rules, history);
    if (decision.handoff) return { decision, turn };
  }
  return { decision, turn: null };
}
