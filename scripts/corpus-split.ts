/**
 * `npm run corpus:split -- FILE.jsonl…`: gives every row of newly written corpus files its fixed split
 * (a stable 70 / 15 / 15 draw from its id). Rows that have a split keep it, so running it twice changes
 * nothing. Run it once when a file is added, before any model sees the file.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { splitFor } from "./lib/corpus";

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write("usage: npm run corpus:split -- FILE.jsonl…\n");
  process.exitCode = 2;
}
for (const file of files) {
  const counts = { train: 0, dev: 0, test: 0 };
  const lines = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const row = JSON.parse(l) as { id: string; split?: "train" | "dev" | "test" };
      row.split ??= splitFor(row.id);
      counts[row.split]++;
      return JSON.stringify(row);
    });
  writeFileSync(file, `${lines.join("\n")}\n`);
  console.log(`${file}: ${JSON.stringify(counts)}`);
}
