/**
 * The metrics' SQL (docs/metrics.md). Every statement starts from the same cohort: the workspace's
 * conversations created in [?2, ?3) that match the filters (?4 first trigger, ?5 skill, ?6 agent, ?7 team;
 * null: any). Each figure counts things of the cohort only, so a rate's numerator is a subset of its
 * denominator. Parameters after ?7 are the statement's own.
 */

/** A status change recorded in a conversation's history (a `system` message, see protocol/events.ts). */
const STATUS = `m.role = 'system' AND json_extract(m.meta, '$.event') = 'status'`;

const ASSIGNED_TO = (agent: string) =>
  `EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = b.id AND ${STATUS}
     AND json_extract(m.meta, '$.to') = 'assigned' AND ${agent})`;

// `+h.workspace_id`: keeps the planner on handoffs_conversation (one conversation's handoffs) instead of
// walking handoffs_workspace, whose order matches the ORDER BY, once per conversation.
const COHORT = `WITH base AS MATERIALIZED (
    SELECT c.id, c.created_at, c.customer,
      EXISTS (SELECT 1 FROM handoffs h WHERE h.conversation_id = c.id AND +h.workspace_id = ?1) AS handed,
      (SELECT h.trigger FROM handoffs h WHERE h.conversation_id = c.id AND +h.workspace_id = ?1
         ORDER BY h.created_at, h.seq LIMIT 1) AS first_trigger,
      (SELECT h.category FROM handoffs h WHERE h.conversation_id = c.id AND +h.workspace_id = ?1
         ORDER BY h.created_at, h.seq LIMIT 1) AS first_category
    FROM conversations c WHERE c.workspace_id = ?1 AND c.created_at >= ?2 AND c.created_at < ?3),
  cohort AS MATERIALIZED (SELECT * FROM base b WHERE
    (?4 IS NULL OR b.first_trigger = ?4)
    AND (?5 IS NULL OR EXISTS (SELECT 1 FROM handoffs h WHERE h.conversation_id = b.id AND h.skill = ?5))
    AND (?6 IS NULL OR ${ASSIGNED_TO("json_extract(m.meta, '$.agentId') = ?6")})
    AND (?7 IS NULL OR ${ASSIGNED_TO(
      "json_extract(m.meta, '$.agentId') IN (SELECT agent_id FROM team_members WHERE team_id = ?7 AND workspace_id = ?1)",
    )}))`;

const ABANDONED = `EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND ${STATUS}
  AND json_extract(m.meta, '$.to') = 'abandoned')`;

export const TOTALS = `${COHORT}
  SELECT COUNT(*) AS n, COALESCE(SUM(c.handed), 0) AS handed,
    COALESCE(SUM(c.handed AND ${ABANDONED}), 0) AS abandoned
  FROM cohort c`;

/** Each handed-off conversation once, under its first handoff's trigger, with agents' ratings of it. */
export const BY_TRIGGER = `${COHORT},
  rated AS (SELECT COALESCE(h.trigger, 'unknown') AS trigger, COUNT(*) AS rated, SUM(r.needed = 0) AS unnecessary
    FROM cohort c CROSS JOIN handoffs h ON h.conversation_id = c.id CROSS JOIN handoff_ratings r ON r.handoff_id = h.id
    WHERE +r.workspace_id = ?1 GROUP BY 1)
  SELECT COALESCE(c.first_trigger, 'unknown') AS trigger, COUNT(*) AS handoffs,
    COALESCE(MAX(rated.rated), 0) AS rated, COALESCE(MAX(rated.unnecessary), 0) AS unnecessary
  FROM cohort c LEFT JOIN rated ON rated.trigger = COALESCE(c.first_trigger, 'unknown')
  WHERE c.handed GROUP BY 1 ORDER BY 2 DESC, 1`;

export const BY_CATEGORY = `${COHORT}
  SELECT COALESCE(c.first_category, 'none') AS category, COUNT(*) AS handoffs
  FROM cohort c WHERE c.handed GROUP BY 1 ORDER BY 2 DESC, 1`;

const SECONDS = (later: string, earlier: string) => `(julianday(${later}) - julianday(${earlier})) * 86400.0`;

/** Every assigned handoff of the cohort: queued → assigned. */
export const TIME_TO_ASSIGN = `${COHORT}
  SELECT c.created_at AS created, ${SECONDS("h.assigned_at", "COALESCE(h.queued_at, h.created_at)")} AS s
  FROM cohort c CROSS JOIN handoffs h ON h.conversation_id = c.id
  WHERE +h.workspace_id = ?1 AND h.assigned_at IS NOT NULL`;

/** Each handoff: queued → the first agent message after it (and before the next handoff). */
export const FIRST_RESPONSE = `${COHORT},
  hs AS (SELECT h.conversation_id, h.seq, COALESCE(h.queued_at, h.created_at) AS at,
      LEAD(h.seq) OVER (PARTITION BY h.conversation_id ORDER BY h.seq) AS next_seq
    FROM cohort c CROSS JOIN handoffs h ON h.conversation_id = c.id WHERE +h.workspace_id = ?1)
  SELECT ${SECONDS(
    `(SELECT MIN(m.created_at) FROM messages m WHERE m.conversation_id = hs.conversation_id AND m.role = 'agent'
       AND m.seq > hs.seq AND (hs.next_seq IS NULL OR m.seq < hs.next_seq))`,
    "hs.at",
  )} AS s
  FROM hs`;

/** Each resolve by an agent: the first assignment since the previous resolve → this resolve. */
export const HANDLE = `${COHORT},
  st AS MATERIALIZED (SELECT m.conversation_id, m.seq, m.created_at, json_extract(m.meta, '$.to') AS to_status
    FROM cohort c CROSS JOIN messages m ON m.conversation_id = c.id WHERE ${STATUS}),
  res AS (SELECT conversation_id, seq, created_at,
      LAG(seq, 1, 0) OVER (PARTITION BY conversation_id ORDER BY seq) AS prev
    FROM st WHERE to_status = 'resolved')
  SELECT ${SECONDS("res.created_at", "MIN(a.created_at)")} AS s
  FROM res JOIN st a ON a.conversation_id = res.conversation_id AND a.to_status = 'assigned'
    AND a.seq > res.prev AND a.seq < res.seq
  GROUP BY res.conversation_id, res.seq`;

const WITHIN = (at: string) => `strftime('%Y-%m-%dT%H:%M:%fZ', ${at}, '+' || ?8 || ' days')`;
const SAME_CUSTOMER = (key: string) =>
  `(json_extract(c.customer, '$.${key}') IS NOT NULL
    AND lower(json_extract(o.customer, '$.${key}')) = lower(json_extract(c.customer, '$.${key}')))`;

/** Resolved conversations, and those the customer did not come back to within ?8 days of the first resolve. */
export const FIRST_CONTACT = `${COHORT},
  res AS (SELECT m.conversation_id, MIN(m.seq) AS seq, MIN(m.created_at) AS at
    FROM cohort c CROSS JOIN messages m ON m.conversation_id = c.id
    WHERE ${STATUS} AND json_extract(m.meta, '$.to') = 'resolved' GROUP BY 1)
  SELECT COUNT(*) AS resolved, COALESCE(SUM(
    NOT EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = res.conversation_id AND m.seq > res.seq
      AND ${STATUS} AND json_extract(m.meta, '$.from') = 'resolved' AND m.created_at < ${WITHIN("res.at")})
    AND NOT EXISTS (SELECT 1 FROM conversations o WHERE o.workspace_id = ?1 AND o.id <> c.id
      AND o.created_at >= res.at AND o.created_at < ${WITHIN("res.at")}
      AND (${SAME_CUSTOMER("id")} OR ${SAME_CUSTOMER("email")}))), 0) AS first_contact
  FROM res JOIN cohort c ON c.id = res.conversation_id`;

export const CSAT = `${COHORT}
  SELECT json_extract(m.meta, '$.event') AS event, json_extract(m.meta, '$.score') AS score, COUNT(*) AS n
  FROM cohort c CROSS JOIN messages m ON m.conversation_id = c.id
  WHERE m.role = 'system' AND json_extract(m.meta, '$.event') IN ('csat', 'csat_request') GROUP BY 1, 2`;

export const RATINGS = `${COHORT}
  SELECT COUNT(*) AS n, SUM(r.needed) AS needed, AVG(r.summary_accuracy) AS accuracy
  FROM cohort c CROSS JOIN handoffs h ON h.conversation_id = c.id CROSS JOIN handoff_ratings r ON r.handoff_id = h.id
  WHERE +r.workspace_id = ?1`;

/** Per local day (?8: a JSON array of [start, end) pairs), the conversations created and their ratings. */
export const SERIES = `${COHORT},
  days AS MATERIALIZED (SELECT CAST(d.key AS INTEGER) AS i, json_extract(d.value, '$[0]') AS start,
      json_extract(d.value, '$[1]') AS end FROM json_each(?8) d),
  scores AS (SELECT m.conversation_id, COUNT(*) AS n, SUM(json_extract(m.meta, '$.score')) AS total
    FROM cohort c CROSS JOIN messages m ON m.conversation_id = c.id
    WHERE m.role = 'system' AND json_extract(m.meta, '$.event') = 'csat' GROUP BY 1)
  SELECT days.i, COUNT(*) AS n, SUM(c.handed) AS handed, COALESCE(SUM(s.n), 0) AS csat_n,
    SUM(s.total) * 1.0 / SUM(s.n) AS csat_avg
  FROM cohort c JOIN days ON days.start <= c.created_at AND days.end > c.created_at
    LEFT JOIN scores s ON s.conversation_id = c.id
  GROUP BY days.i ORDER BY days.i`;
