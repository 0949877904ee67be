/**
 * A few weeks of finished conversations for the demo workspace, written to D1 as the outbox leaves them, so
 * the supervisor dashboard's charts mean something on first run. Deterministic (seeded), closed
 * conversations only (resolved, abandoned or kept by the bot), so nothing reaches an agent's inbox. Each
 * `npm start` replaces the previous history with one ending today.
 */

import { seededRandom } from "./lib/random";

const PREFIX = "cv_demohist_";
const DAY_MS = 86_400_000;

type Trigger = { trigger: string; weight: number; category: string; unnecessary: number; text: string };
const TRIGGERS: Trigger[] = [
  {
    trigger: "explicit_request",
    weight: 40,
    category: "general",
    unnecessary: 0.05,
    text: "Can I talk to a person please?",
  },
  {
    trigger: "category",
    weight: 25,
    category: "billing",
    unnecessary: 0.08,
    text: "I was charged twice, I want a refund",
  },
  {
    trigger: "negative_sentiment",
    weight: 15,
    category: "technical",
    unnecessary: 0.25,
    text: "This is the third time the sync fails, really annoying",
  },
  {
    trigger: "repeated_failure",
    weight: 12,
    category: "technical",
    unnecessary: 0.1,
    text: "That didn't help, the export is still empty",
  },
  {
    trigger: "keyword_rule",
    weight: 8,
    category: "account",
    unnecessary: 0.4,
    text: "How do I cancel my subscription plan?",
  },
];
const BOT_KEPT = ["How do I connect Slack?", "Where do I change my password?", "Can I export my invoices?"];

/** The trigger a roll in [0, total weight) lands on. */
function weighted(roll: number): Trigger {
  let left = roll;
  for (const t of TRIGGERS) {
    left -= t.weight;
    if (left < 0) return t;
  }
  return TRIGGERS[0] as Trigger;
}

export type DemoAgent = { id: string; name: string; skills: readonly string[] };
type Row = { sql: string; params: unknown[] };

/** The statements that write the history (after deleting the previous one). */
export function demoHistory(workspaceId: string, agents: readonly DemoAgent[], now: Date, days = 28): Row[] {
  const rand = seededRandom(20260301);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
  const between = (lo: number, hi: number) => lo + rand() * (hi - lo);
  const iso = (ms: number) => new Date(ms).toISOString();
  const rows: Row[] = [
    { sql: `DELETE FROM handoff_ratings WHERE conversation_id LIKE '${PREFIX}%'`, params: [] },
    { sql: `DELETE FROM messages WHERE conversation_id LIKE '${PREFIX}%'`, params: [] },
    { sql: `DELETE FROM handoffs WHERE conversation_id LIKE '${PREFIX}%'`, params: [] },
    { sql: `DELETE FROM conversations WHERE id LIKE '${PREFIX}%'`, params: [] },
  ];
  const start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - days * DAY_MS;
  const total = TRIGGERS.reduce((n, t) => n + t.weight, 0);
  let n = 0;
  for (let day = 0; day < days; day++) {
    const weekend = new Date(start + day * DAY_MS).getUTCDay() % 6 === 0;
    const count = Math.round(between(weekend ? 5 : 12, weekend ? 9 : 20));
    // The rules get tuned over the weeks: the handoff rate drifts from about 42 % down to 30 %.
    const handoffChance = 0.42 - (0.12 * day) / days;
    for (let i = 0; i < count; i++) {
      const id = `${PREFIX}${String(++n).padStart(4, "0")}`;
      const created = start + day * DAY_MS + between(8, 20) * 3_600_000;
      const customer = JSON.stringify({ name: `Customer ${n}`, email: `customer${n % 180}@example.com` });
      const messages: [number, string, string, object, number][] = [];
      let status = "bot";
      if (rand() >= handoffChance) {
        messages.push([1, "customer", pick(BOT_KEPT), {}, created]);
        messages.push([
          2,
          "bot",
          "Here is how: open Settings, then Integrations.",
          { botFailure: false },
          created + 5_000,
        ]);
      } else {
        const t = weighted(rand() * total);
        const agent = agents.find((a) => a.skills.includes(t.category)) ?? (agents[0] as DemoAgent);
        const queued = created + between(20, 180) * 1000;
        messages.push([1, "customer", t.text, {}, created + 10_000]);
        messages.push([
          2,
          "system",
          "",
          { event: "status", from: "bot", to: "queued", trigger: t.trigger },
          queued,
        ]);
        const abandoned = rand() < 0.06;
        const assigned = abandoned ? null : queued + between(10, 240 + (day % 7) * 20) * 1000;
        rows.push({
          sql: "INSERT INTO handoffs (id, conversation_id, workspace_id, seq, trigger, triggers, explanation, category, skill, agent_id, created_at, queued_at, assigned_at) VALUES (?, ?, ?, 1, ?, ?, '', ?, ?, ?, ?, ?, ?)",
          params: [
            `${id}:1`,
            id,
            workspaceId,
            t.trigger,
            JSON.stringify([t.trigger]),
            t.category,
            t.category,
            abandoned ? null : agent.id,
            iso(queued),
            iso(queued),
            assigned === null ? null : iso(assigned),
          ],
        });
        if (assigned === null) {
          status = "abandoned";
          messages.push([
            3,
            "system",
            "",
            { event: "status", from: "queued", to: "abandoned", reason: "customer_left" },
            queued + between(300, 600) * 1000,
          ]);
        } else {
          status = "resolved";
          const replied = assigned + between(15, 120) * 1000;
          const resolved = replied + between(180, 1200) * 1000;
          messages.push([
            3,
            "system",
            "",
            { event: "status", from: "queued", to: "assigned", agentId: agent.id, agentName: agent.name },
            assigned,
          ]);
          messages.push([
            4,
            "agent",
            `Hi, I'm ${agent.name}. I have your details here, let me sort this out.`,
            { agentId: agent.id, agentName: agent.name },
            replied,
          ]);
          messages.push([5, "system", "", { event: "status", from: "assigned", to: "resolved" }, resolved]);
          messages.push([6, "system", "", { event: "csat_request" }, resolved]);
          if (rand() < 0.7) {
            const score = Math.min(5, Math.max(1, Math.round(between(2.6, 5.4))));
            messages.push([7, "system", "", { event: "csat", score }, resolved + 60_000]);
          }
          if (rand() < 0.6) {
            rows.push({
              sql: "INSERT INTO handoff_ratings (conversation_id, handoff_id, workspace_id, agent_id, needed, summary_accuracy, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
              params: [
                id,
                `${id}:1`,
                workspaceId,
                agent.id,
                rand() < t.unnecessary ? 0 : 1,
                Math.round(between(3, 5.4)),
                iso(resolved),
              ],
            });
          }
        }
      }
      const last = messages.at(-1) as (typeof messages)[number];
      rows.push({
        sql: "INSERT INTO conversations (id, workspace_id, status, customer, last_seq, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        params: [id, workspaceId, status, customer, last[0], iso(created), iso(last[4])],
      });
      for (const [seq, role, text, meta, at] of messages) {
        rows.push({
          sql: "INSERT INTO messages (conversation_id, seq, id, workspace_id, role, text, meta, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          params: [id, seq, `${id}-m${seq}`, workspaceId, role, text, JSON.stringify(meta), iso(at)],
        });
      }
    }
  }
  return rows;
}

/** Writes the history in batches (D1 takes a limited number of statements per batch). */
export async function seedDemoHistory(db: D1Database, workspaceId: string, agents: readonly DemoAgent[]) {
  const rows = demoHistory(workspaceId, agents, new Date());
  for (let i = 0; i < rows.length; i += 200) {
    await db.batch(rows.slice(i, i + 200).map((r) => db.prepare(r.sql).bind(...r.params)));
  }
  return rows.length;
}
