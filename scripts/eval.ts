/**
 * `npm run --silent eval -- FILE.jsonl [--report]`: runs the live engine (DEFAULT_RULES, offline provider)
 * over labeled chats. Prints one JSON line per row and nothing else on stdout; with --report, the scores of
 * the eval README instead (the same figures as shared/eval/score.py).
 */
import { readFileSync } from "node:fs";
import { LocalAiProvider } from "../workers/ai/local";
import { DEFAULT_RULES } from "../workers/domain/rules";
import { analyzeMessage, evaluateTranscript } from "../workers/domain/triggers";

interface MessageRow {
  id: string;
  text: string;
  human?: boolean;
  negative?: boolean;
  category?: string;
}
interface TranscriptRow {
  id: string;
  messages: Array<{ role: "customer" | "bot" | "agent" | "system"; text: string }>;
  handoff?: boolean;
  trigger?: string | null;
}
type Row = MessageRow | TranscriptRow;
type Prediction = Record<string, unknown> & { id: string };

const provider = new LocalAiProvider();

async function predict(row: Row): Promise<Prediction> {
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

function prf(pairs: ReadonlyArray<readonly [boolean, boolean]>) {
  const tp = pairs.filter(([g, p]) => g && p).length;
  const fp = pairs.filter(([g, p]) => !g && p).length;
  const fn = pairs.filter(([g, p]) => g && !p).length;
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The figures of shared/eval/README.md, named as score.py names them. */
function report(rows: readonly Row[], preds: ReadonlyMap<string, Prediction>): Record<string, unknown> {
  const out: Record<string, unknown> = {
    rows: rows.length,
    answered: rows.filter((r) => preds.has(r.id)).length,
  };
  const msgs = rows.filter((r): r is MessageRow => "text" in r);
  const convs = rows.filter((r): r is TranscriptRow => "messages" in r);
  const pred = (id: string): Prediction => preds.get(id) ?? { id };
  if (msgs.length > 0) {
    out.human = prf(msgs.map((r) => [r.human === true, pred(r.id).human === true] as const));
    out.negative = prf(msgs.map((r) => [r.negative === true, pred(r.id).negative === true] as const));
    out.category_accuracy = round(
      msgs.filter((r) => r.category === pred(r.id).category).length / msgs.length,
    );
    out.human_errors = msgs
      .filter((r) => (r.human === true) !== (pred(r.id).human === true))
      .map((r) => r.id);
    out.negative_errors = msgs
      .filter((r) => (r.negative === true) !== (pred(r.id).negative === true))
      .map((r) => r.id);
  }
  if (convs.length > 0) {
    const right = convs.filter((r) => (r.handoff === true) === (pred(r.id).handoff === true));
    out.decision_accuracy = round(right.length / convs.length);
    const positives = convs.filter((r) => r.handoff === true);
    const labeledFired = positives.filter((r) => {
      const fired = pred(r.id).triggers;
      return Array.isArray(fired) && fired.includes(r.trigger);
    });
    out.trigger_recall = positives.length > 0 ? round(labeledFired.length / positives.length) : null;
    out.decision_errors = convs
      .filter((r) => (r.handoff === true) !== (pred(r.id).handoff === true))
      .map((r) => r.id);
  }
  return out;
}

function readRows(file: string): Row[] {
  const rows: Row[] = [];
  for (const [n, line] of readFileSync(file, "utf8").split("\n").entries()) {
    if (line.trim() === "") continue;
    try {
      const row = JSON.parse(line) as Partial<MessageRow & TranscriptRow>;
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

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--"));
  if (!file) {
    process.stderr.write("usage: npm run --silent eval -- FILE.jsonl [--report]\n");
    process.exitCode = 2;
    return;
  }
  const rows = readRows(file);
  const preds = new Map<string, Prediction>();
  for (const row of rows) preds.set(row.id, await predict(row));
  if (args.includes("--report")) {
    process.stdout.write(`${JSON.stringify(report(rows, preds))}\n`);
    return;
  }
  process.stdout.write(rows.map((r) => `${JSON.stringify(preds.get(r.id))}\n`).join(""));
}

await main();
