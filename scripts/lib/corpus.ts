import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { CategorySchema, LanguageSchema } from "../../workers/ai/provider";

/** Where the labeled corpus lives: one folder per language (see data/triggers/README.md). */
export const CORPUS_DIR = new URL("../../data/triggers/", import.meta.url).pathname;

export const SplitSchema = z.enum(["train", "dev", "test"]);
export type Split = z.infer<typeof SplitSchema>;

/** A label a row does not give is unknown for that head (rows moved from old sentence tables label one). */
export const MessageRowSchema = z.strictObject({
  id: z.string().min(1),
  lang: LanguageSchema,
  text: z.string().min(1),
  human: z.boolean().optional(),
  negative: z.boolean().optional(),
  category: CategorySchema.optional(),
  sensitive: z.boolean().optional(),
  rejects: z.boolean().optional(),
  voice: z.string().optional(),
  split: SplitSchema,
});
export type MessageRow = z.infer<typeof MessageRowSchema>;

export const BotReplyRowSchema = z.strictObject({
  id: z.string().min(1),
  lang: LanguageSchema,
  text: z.string().min(1),
  failure: z.boolean(),
  split: SplitSchema,
});
export type BotReplyRow = z.infer<typeof BotReplyRowSchema>;

export const TranscriptRowSchema = z.strictObject({
  id: z.string().min(1),
  lang: LanguageSchema.optional(),
  handoff: z.boolean(),
  trigger: z
    .enum([
      "explicit_request",
      "repeated_failure",
      "negative_sentiment",
      "category",
      "keyword_rule",
      "turn_limit",
    ])
    .nullable(),
  messages: z.array(z.strictObject({ role: z.enum(["customer", "bot"]), text: z.string().min(1) })).min(1),
  split: SplitSchema,
});
export type TranscriptRow = z.infer<typeof TranscriptRowSchema>;

export interface Corpus {
  messages: MessageRow[];
  botReplies: BotReplyRow[];
  transcripts: TranscriptRow[];
  /** SHA-256 over every file read, so a model records exactly what it was trained on. */
  hash: string;
}

const KINDS = [
  ["messages.", MessageRowSchema],
  ["bot-replies.", BotReplyRowSchema],
  ["conversations.", TranscriptRowSchema],
] as const;

/** Parses one JSON Lines file with `schema`; any bad line throws with its file and line number. */
export function readJsonl<T>(file: string, schema: z.ZodType<T>): T[] {
  const rows: T[] = [];
  for (const [n, line] of readFileSync(file, "utf8").split("\n").entries()) {
    if (line.trim() === "") continue;
    const parsed = schema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${n + 1}: ${z.prettifyError(parsed.error)}`);
    rows.push(parsed.data);
  }
  return rows;
}

/** Every corpus file, in a stable order; ids must be unique across the corpus. */
export function readCorpus(dir = CORPUS_DIR): Corpus {
  const corpus: Corpus = { messages: [], botReplies: [], transcripts: [], hash: "" };
  const digest = createHash("sha256");
  const langs = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  for (const lang of langs) {
    for (const name of readdirSync(join(dir, lang)).sort()) {
      if (!name.endsWith(".jsonl")) continue;
      const file = join(dir, lang, name);
      digest.update(readFileSync(file));
      if (name.startsWith("messages.")) corpus.messages.push(...readJsonl(file, MessageRowSchema));
      else if (name.startsWith("bot-replies.")) corpus.botReplies.push(...readJsonl(file, BotReplyRowSchema));
      else if (name.startsWith("conversations."))
        corpus.transcripts.push(...readJsonl(file, TranscriptRowSchema));
      else
        throw new Error(
          `${file}: not a corpus file (expected ${KINDS.map(([p]) => `${p}*.jsonl`).join(", ")})`,
        );
    }
  }
  const seen = new Set<string>();
  for (const row of [...corpus.messages, ...corpus.botReplies, ...corpus.transcripts]) {
    if (seen.has(row.id)) throw new Error(`corpus: the id ${row.id} is used twice`);
    seen.add(row.id);
  }
  corpus.hash = digest.digest("hex").slice(0, 16);
  return corpus;
}

/** The split a new row gets: a stable 70 / 15 / 15 draw from its id, so adding rows never moves old ones. */
export function splitFor(id: string): Split {
  const bucket = createHash("sha256").update(id).digest().readUInt16BE(0) % 100;
  return bucket < 70 ? "train" : bucket < 85 ? "dev" : "test";
}
