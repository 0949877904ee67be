/**
 * `npm run eval:bot [-- labeled|dev|blind]`: the offline bot on four labeled question sets against the demo
 * help centre: the labeled set (test/fixtures/bot/questions.jsonl, written with the articles at hand), the dev
 * set (data/bot/dev-questions.jsonl, written from the topics alone, in the six languages; retrieval is tuned on
 * these two) and two blind sets (data/bot/blind-questions*.jsonl, written the same way by other hands; never
 * tuned on, and their misses are never printed). Retrieval runs the Worker's own code and SQL (FTS5, bm25) on an
 * in-memory SQLite with the D1 migrations applied, so what is measured is what production ranks. Prints answer accuracy (in-scope
 * questions answered from the labeled article), the decline rate on out-of-scope questions, and how both move
 * with the confidence threshold.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { detectLanguage } from "../workers/ai/local/language";
import type { ChatTurn } from "../workers/ai/provider";
import { answerOffline } from "../workers/bot/answer";
import { DEFAULT_PERSONA, type Persona } from "../workers/bot/persona";
import { retrieveForTurn } from "../workers/db/knowledge";
import type { RetrievedArticle } from "../workers/knowledge/types";
import { DEMO_WORKSPACE } from "./demo";
import { seedDemoKnowledge } from "./demo-knowledge";
import { migratedSqliteDb } from "./sqlite-db";

interface Row {
  id: string;
  question: string;
  history?: ChatTurn[];
  /** The article that answers it; null for a question the bot must decline. */
  article: string | null;
  /** The language it is written in (the blind set says). */
  lang?: string;
}

const ROOT = path.join(import.meta.dirname, "..");
/** `misses`: whether the set's failures are listed; never for the blind set, which must stay unread. */
const SETS = [
  {
    name: "labeled set",
    file: path.join(ROOT, "test", "fixtures", "bot", "questions.jsonl"),
    misses: true,
  },
  { name: "dev set", file: path.join(ROOT, "data", "bot", "dev-questions.jsonl"), misses: true },
  { name: "blind set", file: path.join(ROOT, "data", "bot", "blind-questions.jsonl"), misses: false },
  { name: "blind set 2", file: path.join(ROOT, "data", "bot", "blind-questions-2.jsonl"), misses: false },
];

const db = migratedSqliteDb();
await seedDemoKnowledge(db, DEMO_WORKSPACE.id);

const only = process.argv[2];
for (const set of SETS.filter((s) => !only || s.name.startsWith(only))) {
  if (!existsSync(set.file)) {
    console.log(`(${set.name}: ${path.relative(ROOT, set.file)} not found, skipped)\n`);
    continue;
  }
  const rows: Row[] = readFileSync(set.file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Row);
  await report(set.name, rows, set.misses);
}

async function report(name: string, rows: readonly Row[], listMisses: boolean): Promise<void> {
  interface Case {
    row: Row;
    history: ChatTurn[];
    retrieved: RetrievedArticle[];
    language: string;
  }
  const cases: Case[] = [];
  const millis: number[] = [];
  for (const row of rows) {
    const history: ChatTurn[] = [...(row.history ?? []), { role: "customer", text: row.question }];
    const started = performance.now();
    const retrieved = await retrieveForTurn(db, DEMO_WORKSPACE.id, history);
    millis.push(performance.now() - started);
    cases.push({ row, history, retrieved, language: detectLanguage(row.question) });
  }

  function score(persona: Persona, of: readonly Case[] = cases) {
    let right = 0;
    let wrongArticle = 0;
    let falseDeclines = 0;
    let declined = 0;
    const misses: string[] = [];
    for (const c of of) {
      const answer = answerOffline(persona, c.row.question, c.retrieved, c.history, c.language);
      if (c.row.article === null) {
        if (answer.failed) declined++;
        else misses.push(`${c.row.id} answered from ${answer.citations[0]?.articleId}: ${c.row.question}`);
      } else if (answer.failed) {
        falseDeclines++;
        misses.push(`${c.row.id} declined (confidence ${answer.confidence}): ${c.row.question}`);
      } else if (answer.citations[0]?.articleId === c.row.article) {
        right++;
      } else {
        wrongArticle++;
        misses.push(`${c.row.id} answered from ${answer.citations[0]?.articleId}: ${c.row.question}`);
      }
    }
    const inScope = of.filter((c) => c.row.article !== null).length;
    const outOfScope = of.length - inScope;
    return {
      inScope,
      outOfScope,
      accuracy: right / inScope,
      declineRate: declined / outOfScope,
      right,
      wrongArticle,
      falseDeclines,
      declined,
      misses,
    };
  }

  const pct = (x: number) => x.toFixed(3);
  const result = score(DEFAULT_PERSONA);
  const sorted = [...millis].sort((a, b) => a - b);
  const p50 = sorted[Math.floor(sorted.length / 2)] ?? 0;

  console.log(
    `Bot eval, ${name}: ${rows.length} questions, threshold ${DEFAULT_PERSONA.confidenceThreshold}, offline composer\n`,
  );
  console.table([
    {
      metric: "answer accuracy (in-scope)",
      value: pct(result.accuracy),
      aim: "≥ 0.85",
      detail: `${result.right}/${result.inScope} right, ${result.wrongArticle} wrong article, ${result.falseDeclines} declined`,
    },
    {
      metric: "decline rate (out-of-scope)",
      value: pct(result.declineRate),
      aim: "≥ 0.9",
      detail: `${result.declined}/${result.outOfScope} declined`,
    },
  ]);
  console.log(`Retrieval p50 ${p50.toFixed(2)} ms per question (SQLite in Node).`);
  const languages = [...new Set(rows.flatMap((r) => (r.lang ? [r.lang] : [])))];
  if (languages.length > 0) {
    console.log("\nBy language:");
    console.table(
      languages.map((lang) => {
        const r = score(
          DEFAULT_PERSONA,
          cases.filter((c) => c.row.lang === lang),
        );
        return { lang, accuracy: `${r.right}/${r.inScope}`, declined: `${r.declined}/${r.outOfScope}` };
      }),
    );
  }
  console.log("\nBy confidence threshold:");
  console.table(
    [0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6].map((t) => {
      const r = score({ ...DEFAULT_PERSONA, confidenceThreshold: t });
      return { threshold: t, accuracy: pct(r.accuracy), "decline rate": pct(r.declineRate) };
    }),
  );
  if (listMisses && result.misses.length > 0) console.log(`\nMisses:\n  ${result.misses.join("\n  ")}`);
  console.log("");
}
