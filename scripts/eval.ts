/**
 * `npm run --silent eval -- FILE.jsonl [--report]`: runs the live engine (DEFAULT_RULES, offline provider)
 * over labeled chats in the shape of shared/eval. Prints one JSON line per row; with --report, the scores
 * of the eval README instead (the same figures as shared/eval/score.py).
 *
 * `npm run eval -- --split dev|test [--json]`: the same figures on one split of the corpus (data/triggers),
 * overall and per language, as a table (or JSON). The test split's figures gate CI (test/unit/eval).
 */
import { readFileSync } from "node:fs";
import { LocalAiProvider } from "../workers/ai/local";
import { detectLanguage } from "../workers/ai/local/language";
import { DEFAULT_RULES } from "../workers/domain/rules";
import { analyzeMessage, evaluateTranscript } from "../workers/domain/triggers";
import { type MessageRow, readCorpus, SplitSchema, type TranscriptRow } from "./lib/corpus";
import { evaluateMessages, evaluateSplit, evaluateTranscripts, type MessageFigures } from "./lib/evaluate";

interface FileMessage {
  id: string;
  text: string;
  human?: boolean;
  negative?: boolean;
  category?: MessageRow["category"];
}
interface FileTranscript {
  id: string;
  messages: TranscriptRow["messages"];
  handoff?: boolean;
  trigger?: TranscriptRow["trigger"];
}
type Row = FileMessage | FileTranscript;

const provider = new LocalAiProvider();

async function predict(row: Row): Promise<Record<string, unknown>> {
  if ("text" in row) {
    const a = await analyzeMessage(provider, row.text);
    return {
      id: row.id,
      human: a.wantsHuman,
      negative: a.sentiment.score <= DEFAULT_RULES.sentiment.negativeScore,
      category: a.category,
      sentiment: a.sentiment.score,
    };
  }
  const { decision, turn } = await evaluateTranscript(provider, DEFAULT_RULES, row.messages);
  return {
    id: row.id,
    handoff: decision.handoff,
    trigger: decision.trigger,
    triggers: decision.triggers,
    turn,
  };
}

function readRows(file: string): Row[] {
  const rows: Row[] = [];
  for (const [n, line] of readFileSync(file, "utf8").split("\n").entries()) {
    if (line.trim() === "") continue;
    try {
      const row = JSON.parse(line) as Partial<FileMessage & FileTranscript>;
      if (typeof row.id === "string" && (typeof row.text === "string" || Array.isArray(row.messages))) {
        rows.push(row as Row);
        continue;
      }
    } catch {
      // reported below, like any other unusable line
    }
    process.stderr.write(`${file}:${n + 1}: skipped, not a message or transcript row\n`);
  }
  return rows;
}

/** The README's figures, named as score.py names them. */
async function fileReport(rows: readonly Row[]): Promise<Record<string, unknown>> {
  const messages: MessageRow[] = rows
    .filter((r): r is FileMessage => "text" in r)
    .map((r) => ({
      ...r,
      lang: detectLanguage(r.text),
      human: r.human === true,
      negative: r.negative === true,
      split: "dev",
    }));
  const transcripts: TranscriptRow[] = rows
    .filter((r): r is FileTranscript => "messages" in r)
    .map((r) => ({ ...r, handoff: r.handoff === true, trigger: r.trigger ?? null, split: "dev" }));
  const out: Record<string, unknown> = { rows: rows.length, answered: rows.length };
  if (messages.length > 0) {
    const m = await evaluateMessages(messages);
    Object.assign(out, {
      human: m.human,
      negative: m.negative,
      category_accuracy: m.category,
      human_errors: m.errors.human,
      negative_errors: m.errors.negative,
    });
  }
  if (transcripts.length > 0) {
    const t = await evaluateTranscripts(transcripts);
    Object.assign(out, {
      decision_accuracy: t.decision,
      trigger_recall: t.triggerRecall,
      decision_errors: t.decisionErrors,
    });
  }
  return out;
}

function tableLine(
  name: string,
  f: MessageFigures & { decision: number | null; triggerRecall: number | null },
) {
  const n = (x: number | null) => (x === null ? "  -  " : x.toFixed(3));
  const pr = (x: { precision: number; recall: number }) => `${n(x.precision)}/${n(x.recall)}`;
  return [
    name.padEnd(4),
    String(f.messages).padStart(5),
    `human ${pr(f.human)}`,
    `negative ${pr(f.negative)} F1 ${n(f.negative.f1)}`,
    `category ${n(f.category)} (non-general ${n(f.categoryNonGeneral)})`,
    `rejects F1 ${n(f.rejects.f1)}`,
    `sensitive F1 ${n(f.sensitive.f1)}`,
    `transcripts ${n(f.decision)} / trigger recall ${n(f.triggerRecall)}`,
  ].join("  ");
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const splitAt = args.indexOf("--split");
  if (splitAt >= 0) {
    const split = SplitSchema.parse(args[splitAt + 1]);
    // `--corpus DIR` scores a folder laid out like data/triggers: how a new blind round gets its first score.
    const corpusAt = args.indexOf("--corpus");
    const figures = await evaluateSplit(readCorpus(corpusAt >= 0 ? args[corpusAt + 1] : undefined), split);
    if (args.includes("--json")) {
      process.stdout.write(`${JSON.stringify(figures)}\n`);
      return;
    }
    console.log(
      `${split} split: human and negative precision/recall, category accuracy, transcript decisions`,
    );
    console.log(tableLine("all", figures.all));
    for (const [lang, f] of Object.entries(figures.byLanguage)) console.log(tableLine(lang, f));
    return;
  }
  const file = args.find((a) => !a.startsWith("--"));
  if (!file) {
    process.stderr.write(
      "usage: npm run --silent eval -- FILE.jsonl [--report] | --split dev|test [--corpus DIR] [--json]\n",
    );
    process.exitCode = 2;
    return;
  }
  const rows = readRows(file);
  if (args.includes("--report")) {
    process.stdout.write(`${JSON.stringify(await fileReport(rows))}\n`);
    return;
  }
  for (const row of rows) process.stdout.write(`${JSON.stringify(await predict(row))}\n`);
}

await main();
