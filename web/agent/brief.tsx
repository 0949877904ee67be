import { Fragment } from "preact";
import { useEffect, useState } from "preact/hooks";
import type { Fact, Mood } from "../../workers/ai/provider";
import type {
  ConversationDetail,
  ConversationStatus,
  ConversationSummary,
  Handoff,
} from "../../workers/protocol/conversation";
import type { Message } from "../../workers/protocol/message";
import { formatWait } from "../shared/dom";
import type { Api } from "./api";
import { CustomerIdentity } from "./customer-identity";
import { clock } from "./inbox";
import { MessageText } from "./message-text";
import { MoodTrail } from "./mood-trail";
import { transferNote } from "./speaker";

const MOOD_WORDS: Record<Mood["now"], string> = { calm: "Calm", upset: "Upset", "very upset": "Very upset" };
const FACT_LABELS: Record<Fact["kind"], string> = {
  email: "E-mail",
  url: "Link",
  amount: "Amount",
  error: "Error",
  reference: "Reference",
  date: "Date",
  phone: "Phone",
  device: "Device",
  quote: "They quoted",
};

/** What the agent needs before the first word: why it came to them, the summary, who the customer is. */
export function Brief({
  reasons,
  detail,
  client,
  live,
}: {
  reasons: string[];
  detail: ConversationDetail;
  client: Api;
  /** The open conversation's live messages and the brief as `brief` frames changed it, for the mood trail. */
  live: { messages: readonly Message[]; brief: Handoff | null };
}) {
  const { handoff, customer } = detail;
  const waited = handoff?.estimatedWaitSeconds ?? null;
  const note = transferNote(detail.messages);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls on its own, so keyboards must reach it (axe: scrollable-region-focusable)
    <section class="brief" aria-labelledby="brief-title" tabIndex={0}>
      <h2 id="brief-title">Brief</h2>
      {(handoff?.transfer || note) && (
        <>
          <h3>Passed on by {handoff?.transfer?.fromAgentName ?? "the previous agent"}</h3>
          {(handoff?.transfer?.note ?? note) && (
            <p class="handover-note">{handoff?.transfer?.note ?? note}</p>
          )}
        </>
      )}
      <h3>Why it came to you</h3>
      {handoff?.rep && <p class="handed-by">Handed over by AI rep {handoff.rep.name}</p>}
      <ul class="reasons">
        {reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {handoff?.summary && (
        <>
          <h3>Summary</h3>
          <p>{handoff.summary}</p>
        </>
      )}
      {handoff?.customerGoal && (
        <>
          <h3>The customer wants</h3>
          <p>{handoff.customerGoal}</p>
        </>
      )}
      {handoff && handoff.sinceHandoff.length > 0 && (
        <>
          <h3>Since the handoff, the customer wrote</h3>
          <ul>
            {handoff.sinceHandoff.map((line, i) => (
              <li key={`${i}:${line}`}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {handoff?.mood && (
        <>
          <h3>Mood</h3>
          <p>
            {MOOD_WORDS[handoff.mood.now]}
            {handoff.mood.trend === "worse"
              ? ", and getting worse"
              : handoff.mood.trend === "better"
                ? ", calming down"
                : ""}
            {handoff.mood.upsetMessages > 1 ? ` (${handoff.mood.upsetMessages} upset messages)` : ""}
          </p>
          <MoodTrail conversationId={detail.id} client={client} messages={live.messages} brief={live.brief} />
        </>
      )}
      {handoff && handoff.customerTried.length > 0 && (
        <>
          <h3>The customer already tried</h3>
          <ul>
            {handoff.customerTried.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </>
      )}
      {handoff && handoff.facts.length > 0 && (
        <>
          <h3>Details they gave</h3>
          <dl class="facts">
            {handoff.facts.map((f) => (
              <Fragment key={`${f.kind}:${f.value}`}>
                <dt>{FACT_LABELS[f.kind]}</dt>
                <dd>{f.value}</dd>
              </Fragment>
            ))}
          </dl>
        </>
      )}
      {handoff && handoff.attempted.length > 0 && (
        <>
          <h3>The bot already suggested</h3>
          <ul>
            {handoff.attempted.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </>
      )}
      <h3>Customer</h3>
      <CustomerIdentity customer={customer} />
      <dl class="facts customer">
        {customer.topic && (
          <>
            <dt>Topic</dt>
            <dd>{customer.topic.label}</dd>
          </>
        )}
        {handoff?.skill && (
          <>
            <dt>Skill</dt>
            <dd>{handoff.skill}</dd>
          </>
        )}
        {waited !== null && (
          <>
            <dt>Expected wait</dt>
            <dd>{formatWait(waited)}</dd>
          </>
        )}
      </dl>
      <Attributes title="From your backend" values={customer.attributes} />
      <Attributes title="From the page (unverified)" values={customer.unverifiedAttributes} />
      <EarlierConversations client={client} email={customer.email ?? null} current={detail.id} />
    </section>
  );
}

/** Attributes one per row, the key above its value, so long keys and URLs wrap instead of squeezing the rest. */
function Attributes({ title, values }: { title: string; values: Record<string, unknown> | undefined }) {
  const entries = Object.entries(values ?? {});
  if (entries.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <dl class="attributes">
        {entries.map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{typeof value === "string" ? <MessageText text={value} /> : JSON.stringify(value)}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

const OUTCOMES: Record<ConversationStatus, string> = {
  bot: "With the bot",
  queued: "Waiting",
  assigned: "With an agent",
  resolved: "Resolved",
  offline: "Waiting for an email answer",
  abandoned: "Customer left",
};

/** The customer's other conversations (by e-mail), newest first, with how each ended. */
function EarlierConversations({
  client,
  email,
  current,
}: {
  client: Api;
  email: string | null;
  current: string;
}) {
  const [earlier, setEarlier] = useState<ConversationSummary[] | null>(null);
  useEffect(() => {
    if (!email) return;
    client
      .history(email)
      .then((r) => setEarlier(r.conversations.filter((c) => c.id !== current)))
      .catch(() => setEarlier(null));
  }, [client, email, current]);
  if (!email) return null;
  return (
    <>
      <h3>Earlier conversations</h3>
      {earlier === null ? (
        <p class="muted small">Loading…</p>
      ) : earlier.length === 0 ? (
        <p class="muted small">None: this is their first.</p>
      ) : (
        <ul class="earlier">
          {earlier.map((c) => (
            <li key={c.id}>
              {clock(c.createdAt)} · {OUTCOMES[c.status]}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
