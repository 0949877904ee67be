export { analyzeLocally, analyzeMessage } from "./analysis";
export { decide } from "./engine";
export { evaluateTranscript, type TranscriptResult } from "./transcript";
export {
  type Decision,
  DecisionSchema,
  type EngineMessage,
  type MessageAnalysis,
  MessageAnalysisSchema,
  type Signals,
  SignalsSchema,
  TRIGGER_ORDER,
  type TriggerName,
  TriggerNameSchema,
} from "./types";
