import type { ChatTurn } from "../ai/provider";
import { type AiBinding, TEXT_MODEL } from "../ai/workers-ai";
import type { RetrievedArticle } from "../knowledge/types";
import { answerOffline, type BotAnswer, type Citation, declined } from "./answer";
import { AnswerStream } from "./answer-stream";
import { modelDeltas } from "./model-stream";
import type { Persona } from "./persona";
import { answerMessages } from "./prompt";

export const DEFAULT_ANSWER_TIMEOUT_MS = 8000;
/** Answers are chat-sized; the cap also bounds what a runaway model costs. */
const MAX_TOKENS = 320;

export interface WorkersAiAnswerOptions {
  model?: string;
  /** Called when the answer falls back to the offline composer (time-out, error, unusable output). */
  onFallback?: (reason: unknown) => void;
}

class Timeout extends Error {}
class EmptyAnswer extends Error {}

function rejectOnAbort(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
}

/**
 * The bot's answer written by a Workers AI instruct model, grounded in the retrieved articles and streamed:
 * `onToken` receives the text as it is generated (citation markers removed). The returned `text` is final;
 * when the model fails midway (`timeoutMs` for the whole answer, an error, malformed or empty output) the
 * offline answer is returned instead, so a streamed draft must be replaced by it.
 *
 * The model is only asked when retrieval is confident enough to answer offline: below the threshold there is
 * nothing to ground an answer in, and the bot declines without a model call. When the model says the
 * articles do not answer (NO_ANSWER), the bot declines with confidence 0.
 */
export async function answerWithWorkersAi(
  ai: AiBinding,
  persona: Persona,
  question: string,
  retrieved: readonly RetrievedArticle[],
  history: readonly ChatTurn[],
  language: string,
  onToken?: (delta: string) => void,
  timeoutMs = DEFAULT_ANSWER_TIMEOUT_MS,
  options: WorkersAiAnswerOptions = {},
): Promise<BotAnswer> {
  const offline = answerOffline(persona, question, retrieved, history, language);
  if (offline.failed) return offline;
  const articles = retrieved.filter((a) => a.coverage >= persona.confidenceThreshold);
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new Timeout(`no answer within ${timeoutMs} ms`)),
    timeoutMs,
  );
  try {
    const messages = answerMessages(persona, question, articles, history, language);
    const output = await Promise.race([
      // Inside a promise, so a binding that throws synchronously falls back too.
      Promise.resolve().then(() =>
        ai.run(options.model ?? TEXT_MODEL, {
          messages,
          stream: true,
          max_tokens: MAX_TOKENS,
          temperature: 0.2,
        }),
      ),
      rejectOnAbort(controller.signal),
    ]);
    const stream = new AnswerStream(onToken);
    for await (const delta of modelDeltas(output, controller.signal)) stream.push(delta);
    if (controller.signal.aborted) throw controller.signal.reason;
    const { text, cited, noAnswer } = stream.end();
    if (noAnswer) return { ...declined(language, 0), source: "workers-ai" };
    if (text === "") throw new EmptyAnswer("the model returned no text");
    const citations = [...cited]
      .map((n) => articles[n - 1])
      .filter((a): a is RetrievedArticle => a !== undefined)
      .map((a): Citation => ({ articleId: a.articleId, title: a.title }));
    return {
      text,
      confidence: offline.confidence,
      // An answer without a marker still comes from the articles it was given; the best one stands for them.
      citations: citations.length > 0 ? citations : offline.citations,
      failed: false,
      source: "workers-ai",
    };
  } catch (reason) {
    options.onFallback?.(reason);
    return offline;
  } finally {
    clearTimeout(timer);
  }
}
