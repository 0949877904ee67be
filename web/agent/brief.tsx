import { Fragment } from "preact";
import type { Fact, Mood } from "../../workers/ai/provider";
import type { ConversationDetail } from "../../workers/protocol/conversation";
import { formatWait } from "../shared/dom";

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
export function Brief({ reasons, detail }: { reasons: string[]; detail: ConversationDetail }) {
  const { handoff, customer } = detail;
  const attributes = Object.entries(customer.attributes ?? {});
  const waited = handoff?.estimatedWaitSeconds ?? null;
  return (
    <section class="brief" aria-labelledby="brief-title">
      <h2 id="brief-title">Brief</h2>
      <h3>Why it came to you</h3>
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
      {handoff?.transfer && (
        <>
          <h3>Passed on by {handoff.transfer.fromAgentName ?? "another agent"}</h3>
          {handoff.transfer.note && <p class="note">{handoff.transfer.note}</p>}
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
      <dl class="facts">
        <dt>Name</dt>
        <dd>{customer.name ?? "Not given"}</dd>
        <dt>Email</dt>
        <dd>{customer.email ?? "Not given"}</dd>
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
        {attributes.map(([name, value]) => (
          <Fragment key={name}>
            <dt>{name}</dt>
            <dd>{String(value)}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
