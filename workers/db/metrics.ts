import { percentile, ratio } from "../domain/metrics";
import type { Metrics } from "../protocol/metrics";

/**
 * The cohort is the conversations created in [from, to): every figure counts things of those conversations
 * only, so a rate's numerator is always a subset of its denominator (docs/metrics.md).
 */
const COHORT =
  "SELECT id FROM conversations WHERE workspace_id = ?1 AND created_at >= ?2 AND created_at < ?3";

export async function computeMetrics(
  d1: D1Database,
  workspaceId: string,
  from: string,
  to: string,
): Promise<Metrics> {
  const range = [workspaceId, new Date(from).toISOString(), new Date(to).toISOString()];
  const q = (sql: string) => d1.prepare(sql).bind(...range);
  const [total, triggers, waits, csat, ratings] = await d1.batch([
    q(
      `SELECT COUNT(*) AS n FROM conversations WHERE workspace_id = ?1 AND created_at >= ?2 AND created_at < ?3`,
    ),
    // Each handed-off conversation once, under the trigger of its first handoff.
    q(`WITH first AS (
         SELECT h.conversation_id, h.id, h.trigger, ROW_NUMBER() OVER (PARTITION BY h.conversation_id ORDER BY h.created_at, h.seq) AS k
         FROM handoffs h WHERE h.workspace_id = ?1 AND h.conversation_id IN (${COHORT}))
       SELECT COALESCE(f.trigger, 'unknown') AS trigger, COUNT(*) AS handoffs,
         (SELECT COUNT(*) FROM handoff_ratings r JOIN handoffs h2 ON h2.id = r.handoff_id
            WHERE r.workspace_id = ?1 AND h2.conversation_id IN (${COHORT}) AND COALESCE(h2.trigger, 'unknown') = COALESCE(f.trigger, 'unknown')) AS rated,
         (SELECT COUNT(*) FROM handoff_ratings r JOIN handoffs h2 ON h2.id = r.handoff_id
            WHERE r.workspace_id = ?1 AND r.needed = 0 AND h2.conversation_id IN (${COHORT}) AND COALESCE(h2.trigger, 'unknown') = COALESCE(f.trigger, 'unknown')) AS unnecessary
       FROM first f WHERE f.k = 1 GROUP BY 1 ORDER BY 2 DESC, 1`),
    q(`SELECT (julianday(assigned_at) - julianday(COALESCE(queued_at, created_at))) * 86400.0 AS s
       FROM handoffs WHERE workspace_id = ?1 AND assigned_at IS NOT NULL AND conversation_id IN (${COHORT})`),
    q(`SELECT json_extract(meta, '$.event') AS event, json_extract(meta, '$.score') AS score, COUNT(*) AS n
       FROM messages WHERE workspace_id = ?1 AND role = 'system' AND conversation_id IN (${COHORT})
         AND json_extract(meta, '$.event') IN ('csat', 'csat_request') GROUP BY 1, 2`),
    q(`SELECT COUNT(*) AS n, SUM(r.needed) AS needed, AVG(r.summary_accuracy) AS accuracy
       FROM handoff_ratings r JOIN handoffs h ON h.id = r.handoff_id
       WHERE r.workspace_id = ?1 AND h.conversation_id IN (${COHORT})`),
  ]);
  const conversations = (total?.results[0] as { n: number } | undefined)?.n ?? 0;
  const byTrigger = (triggers?.results ?? []) as {
    trigger: string;
    handoffs: number;
    rated: number;
    unnecessary: number;
  }[];
  const handedOff = byTrigger.reduce((n, t) => n + t.handoffs, 0);
  const seconds = ((waits?.results ?? []) as { s: number }[]).map((r) => Math.max(0, Math.round(r.s)));
  const csatRows = (csat?.results ?? []) as { event: string; score: number | null; n: number }[];
  const scores = csatRows.filter((r) => r.event === "csat" && r.score !== null);
  const responses = scores.reduce((n, r) => n + r.n, 0);
  const requests = csatRows.filter((r) => r.event === "csat_request").reduce((n, r) => n + r.n, 0);
  const rated = (ratings?.results[0] ?? { n: 0, needed: 0, accuracy: null }) as {
    n: number;
    needed: number | null;
    accuracy: number | null;
  };
  return {
    from,
    to,
    conversations,
    handedOff,
    handoffRate: ratio(handedOff, conversations),
    botContainment: ratio(conversations - handedOff, conversations),
    byTrigger: byTrigger.map((t) => ({
      trigger: t.trigger,
      handoffs: t.handoffs,
      share: ratio(t.handoffs, handedOff),
      rated: t.rated,
      ratedUnnecessary: t.unnecessary,
      unnecessaryShare: ratio(t.unnecessary, t.rated),
    })),
    timeToAssignSeconds: {
      p50: percentile(seconds, 50),
      p90: percentile(seconds, 90),
      count: seconds.length,
    },
    csat: {
      requests,
      // A customer answers each request at most once; a rating without a stored request still counts.
      responses,
      responseRate: ratio(Math.min(responses, requests), requests),
      average:
        responses === 0
          ? null
          : Math.round((scores.reduce((s, r) => s + (r.score ?? 0) * r.n, 0) / responses) * 100) / 100,
      distribution: Object.fromEntries(
        [1, 2, 3, 4, 5].map((k) => [
          String(k),
          scores.filter((r) => r.score === k).reduce((n, r) => n + r.n, 0),
        ]),
      ),
    },
    handoffRatings: {
      count: rated.n,
      neededShare: ratio(rated.needed ?? 0, rated.n),
      averageSummaryAccuracy: rated.accuracy === null ? null : Math.round(rated.accuracy * 100) / 100,
    },
  };
}
