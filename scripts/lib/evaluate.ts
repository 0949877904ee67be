import { LocalAiProvider } from "../../workers/ai/local";
import type { Language } from "../../workers/ai/provider";
import { DEFAULT_RULES } from "../../workers/domain/rules";
import { analyzeMessage, decide, evaluateTranscript } from "../../workers/domain/triggers";
import type { Corpus, MessageRow, Split, TranscriptRow } from "./corpus";
import { accuracy, prf } from "./metrics";

/**
 * The figures of the handoff engine on labeled data, computed the way a workspace with default rules runs
 * live: the offline provider analyses each message and `decide` reads it. Shared by `npm run eval` and the
 * CI gate, so both print and check the same numbers.
 */
export interface MessageFigures {
  messages: number;
  human: ReturnType<typeof prf>;
  negative: ReturnType<typeof prf>;
  rejects: ReturnType<typeof prf>;
  /** Goes to a person from the start under the default category rules. */
  sensitive: ReturnType<typeof prf>;
  category: number | null;
  categoryNonGeneral: number | null;
  errors: { human: string[]; negative: string[]; category: string[] };
}

export interface TranscriptFigures {
  transcripts: number;
  decision: number | null;
  triggerRecall: number | null;
  decisionErrors: string[];
}

interface MessagePrediction {
  row: MessageRow;
  human: boolean;
  negative: boolean;
  rejects: boolean;
  sensitive: boolean;
  category: string;
}

const provider = new LocalAiProvider();

export async function evaluateMessages(rows: readonly MessageRow[]): Promise<MessageFigures> {
  const preds: MessagePrediction[] = [];
  for (const row of rows) {
    const analysis = await analyzeMessage(provider, row.text);
    const decision = decide(DEFAULT_RULES, [{ role: "customer", text: row.text, meta: { analysis } }]);
    preds.push({
      row,
      human: analysis.wantsHuman,
      negative: analysis.sentiment.score <= DEFAULT_RULES.sentiment.negativeScore,
      rejects: analysis.rejectsAnswer,
      sensitive: decision.triggers.includes("category"),
      category: analysis.category,
    });
  }
  const binary = (label: "human" | "negative" | "rejects" | "sensitive") =>
    prf(
      preds.filter((p) => p.row[label] !== undefined).map((p) => [p.row[label] === true, p[label]] as const),
    );
  const wrong = (label: "human" | "negative") =>
    preds.filter((p) => p.row[label] !== undefined && p.row[label] !== p[label]).map((p) => p.row.id);
  const categorised = preds.filter((p) => p.row.category !== undefined);
  return {
    messages: rows.length,
    human: binary("human"),
    negative: binary("negative"),
    rejects: binary("rejects"),
    sensitive: binary("sensitive"),
    category: accuracy(categorised, (p) => p.row.category === p.category),
    categoryNonGeneral: accuracy(
      categorised.filter((p) => p.row.category !== "general"),
      (p) => p.row.category === p.category,
    ),
    errors: {
      human: wrong("human"),
      negative: wrong("negative"),
      category: categorised.filter((p) => p.row.category !== p.category).map((p) => p.row.id),
    },
  };
}

export async function evaluateTranscripts(rows: readonly TranscriptRow[]): Promise<TranscriptFigures> {
  const results = [];
  for (const row of rows) {
    results.push({ row, ...(await evaluateTranscript(provider, DEFAULT_RULES, row.messages)) });
  }
  const positives = results.filter((r) => r.row.handoff);
  return {
    transcripts: rows.length,
    decision: accuracy(results, (r) => r.decision.handoff === r.row.handoff),
    triggerRecall: accuracy(
      positives,
      (r) => r.row.trigger !== null && r.decision.triggers.includes(r.row.trigger),
    ),
    decisionErrors: results.filter((r) => r.decision.handoff !== r.row.handoff).map((r) => r.row.id),
  };
}

export interface SplitFigures {
  all: MessageFigures & TranscriptFigures;
  byLanguage: Partial<Record<Language, MessageFigures & TranscriptFigures>>;
}

/** Every figure of one split, overall and per language (transcripts carry the language of their writer). */
export async function evaluateSplit(corpus: Corpus, split: Split): Promise<SplitFigures> {
  const messages = corpus.messages.filter((r) => r.split === split);
  const transcripts = corpus.transcripts.filter((r) => r.split === split);
  const all = { ...(await evaluateMessages(messages)), ...(await evaluateTranscripts(transcripts)) };
  const byLanguage: SplitFigures["byLanguage"] = {};
  for (const lang of [...new Set(messages.map((r) => r.lang))].sort()) {
    byLanguage[lang] = {
      ...(await evaluateMessages(messages.filter((r) => r.lang === lang))),
      ...(await evaluateTranscripts(transcripts.filter((r) => r.lang === lang))),
    };
  }
  return { all, byLanguage };
}
