import type { StoredContact } from "../domain/backtest";
import type { EngineMessage } from "../domain/triggers/index";
import { readableMeta } from "../protocol/message";

/** The longest bot part replayed per conversation, as `POST /evaluate` allows. */
const MAX_MESSAGES = 200;

const PICKED = `WITH picked AS (SELECT id, created_at FROM conversations
  WHERE workspace_id = ?1 AND created_at >= ?2 AND created_at < ?3 ORDER BY created_at DESC LIMIT ?4)`;

/**
 * The latest `limit` conversations created in [from, to), each as its first contact with the bot: the
 * customer's and the bot's messages up to the first handoff (the message that caused it included), or up
 * to the first resolve when none came. Four indexed reads in one batch.
 */
export async function loadContacts(
  d1: D1Database,
  workspaceId: string,
  range: { from: string; to: string; limit: number },
): Promise<StoredContact[]> {
  const q = (sql: string) =>
    d1.prepare(`${PICKED} ${sql}`).bind(workspaceId, range.from, range.to, range.limit);
  const [picked, handoffs, resolves, messages] = await d1.batch<Record<string, string | number | null>>([
    q("SELECT id, created_at FROM picked ORDER BY created_at DESC"),
    q(`SELECT conversation_id, seq, trigger FROM (SELECT h.conversation_id, h.seq, h.trigger,
         ROW_NUMBER() OVER (PARTITION BY h.conversation_id ORDER BY h.created_at, h.seq) AS k
       FROM handoffs h JOIN picked p ON p.id = h.conversation_id WHERE h.workspace_id = ?1) WHERE k = 1`),
    q(`SELECT m.conversation_id, MIN(m.seq) AS seq FROM messages m JOIN picked p ON p.id = m.conversation_id
       WHERE m.role = 'system' AND json_extract(m.meta, '$.event') = 'status'
         AND json_extract(m.meta, '$.to') = 'resolved' GROUP BY 1`),
    q(`SELECT m.conversation_id, m.seq, m.role, m.text, m.meta FROM messages m JOIN picked p ON p.id = m.conversation_id
       WHERE m.role IN ('customer', 'bot') ORDER BY m.conversation_id, m.seq`),
  ]);
  const first = new Map((handoffs?.results ?? []).map((h) => [String(h.conversation_id), h]));
  const resolved = new Map((resolves?.results ?? []).map((r) => [String(r.conversation_id), Number(r.seq)]));
  const byConversation = new Map<string, EngineMessage[]>();
  for (const m of messages?.results ?? []) {
    const id = String(m.conversation_id);
    const handoff = first.get(id);
    const end = handoff ? Number(handoff.seq) + 1 : (resolved.get(id) ?? Number.POSITIVE_INFINITY);
    const list = byConversation.get(id) ?? [];
    if (Number(m.seq) >= end || list.length >= MAX_MESSAGES) continue;
    list.push({
      role: m.role === "bot" ? "bot" : "customer",
      text: String(m.text),
      meta: readableMeta(JSON.parse(String(m.meta ?? "{}"))) as EngineMessage["meta"],
    });
    byConversation.set(id, list);
  }
  return (picked?.results ?? []).map((c) => {
    const id = String(c.id);
    const handoff = first.get(id);
    return {
      conversationId: id,
      createdAt: String(c.created_at),
      messages: byConversation.get(id) ?? [],
      actualTrigger: handoff ? String(handoff.trigger ?? "unknown") : null,
      handedOff: handoff !== undefined,
    };
  });
}
