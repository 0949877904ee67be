import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(root, "node_modules/.bin/tsx");

function evalCli(rows: object[], ...flags: string[]): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "baton-eval-")), "rows.jsonl");
  writeFileSync(file, `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`);
  return execFileSync(tsx, [path.join(root, "scripts/eval.ts"), file, ...flags], {
    cwd: root,
    encoding: "utf8",
  });
}

describe("npm run eval", () => {
  const rows = [
    { id: "m1", text: "Quiero hablar con una persona", human: true, negative: false, category: "general" },
    {
      id: "c1",
      handoff: true,
      trigger: "repeated_failure",
      messages: [
        { role: "customer", text: "why are my reports empty" },
        { role: "bot", text: "Sorry, I don't have an answer for that." },
        { role: "customer", text: "weekly reports" },
        { role: "bot", text: "I didn't understand. Could you rephrase?" },
        { role: "customer", text: "reports" },
      ],
    },
  ];

  it("prints one JSON line per row and nothing else", () => {
    const lines = evalCli(rows).trimEnd().split("\n");
    const [message, transcript] = lines.map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(message).toEqual({
      id: "m1",
      human: true,
      negative: expect.any(Boolean),
      category: "general",
      sentiment: expect.any(Number),
    });
    // "negative" is the default rules' line on the sentiment score.
    expect(message.negative).toBe(message.sentiment <= -0.35);
    expect(transcript).toEqual({
      id: "c1",
      handoff: true,
      trigger: "repeated_failure",
      triggers: ["repeated_failure"],
      turn: 2,
    });
  }, 20_000);

  it("prints the README's scores with --report", () => {
    const report = JSON.parse(evalCli(rows, "--report"));
    expect(report).toMatchObject({
      rows: 2,
      answered: 2,
      human: { precision: 1, recall: 1, f1: 1 },
      category_accuracy: 1,
      decision_accuracy: 1,
      trigger_recall: 1,
    });
  }, 20_000);
});
