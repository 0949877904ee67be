import { env } from "cloudflare:workers";

export type SeedHandoff = [
  trigger: string,
  queued: string,
  assigned: string | null,
  more?: { seq?: number; category?: string; skill?: string },
];

/** A history entry: its seq, when, who, and its meta (a status change, a rating request, an agent's author). */
export type SeedMessage = { seq: number; at: string; role?: "system" | "agent"; meta: object };

export type Seed = {
  id: string;
  created: string;
  customer?: object;
  handoffs?: SeedHandoff[];
  /** System events stamped with the conversation's creation time (seq 100 on). */
  system?: object[];
  messages?: SeedMessage[];
};

/** Writes conversations as the outbox leaves them in D1, so each figure can be computed by hand. */
export async function seed(workspaceId: string, conversations: Seed[]) {
  const statements: D1PreparedStatement[] = [];
  const message = (c: Seed, m: SeedMessage) =>
    env.DB.prepare(
      "INSERT INTO messages (conversation_id, seq, id, workspace_id, role, text, meta, created_at) VALUES (?, ?, ?, ?, ?, '', ?, ?)",
    ).bind(c.id, m.seq, `${c.id}-m${m.seq}`, workspaceId, m.role ?? "system", JSON.stringify(m.meta), m.at);
  for (const c of conversations) {
    statements.push(
      env.DB.prepare(
        "INSERT INTO conversations (id, workspace_id, status, customer, last_seq, created_at, updated_at) VALUES (?, ?, 'resolved', ?, 0, ?, ?)",
      ).bind(c.id, workspaceId, JSON.stringify(c.customer ?? {}), c.created, c.created),
    );
    (c.handoffs ?? []).forEach(([trigger, queued, assigned, more], i) => {
      const seq = more?.seq ?? i + 1;
      statements.push(
        env.DB.prepare(
          "INSERT INTO handoffs (id, conversation_id, workspace_id, seq, trigger, triggers, explanation, category, skill, created_at, queued_at, assigned_at) VALUES (?, ?, ?, ?, ?, '[]', '', ?, ?, ?, ?, ?)",
        ).bind(
          `${c.id}:${seq}`,
          c.id,
          workspaceId,
          seq,
          trigger,
          more?.category ?? null,
          more?.skill ?? null,
          queued,
          queued,
          assigned,
        ),
      );
    });
    (c.system ?? []).forEach((meta, i) => {
      statements.push(message(c, { seq: 100 + i, at: c.created, meta }));
    });
    for (const m of c.messages ?? []) statements.push(message(c, m));
  }
  await env.DB.batch(statements);
}

/** An agent's rating of a handoff (`<conversationId>:<seq>`). */
export async function rate(workspaceId: string, handoffId: string, needed: boolean, accuracy: number) {
  await env.DB.prepare(
    "INSERT INTO handoff_ratings (conversation_id, handoff_id, workspace_id, agent_id, needed, summary_accuracy, created_at) VALUES (?, ?, ?, 'ag_1', ?, ?, '2026-03-05T00:00:00Z')",
  )
    .bind(handoffId.split(":")[0], handoffId, workspaceId, needed ? 1 : 0, accuracy)
    .run();
}
