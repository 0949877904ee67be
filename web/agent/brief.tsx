import { Fragment } from "preact";
import type { ConversationDetail } from "../../workers/protocol/conversation";
import { formatWait } from "../shared/dom";

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
      {handoff && handoff.attempted.length > 0 && (
        <>
          <h3>The bot already tried</h3>
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
