import { useEffect, useState } from "preact/hooks";
import type { ConversationDetail } from "../../workers/protocol/conversation";
import type { Api } from "./api";
import { clock, customerLabel, customerRating } from "./inbox";

/** Ratings arrive after the resolve; a look every 15 s while the list is on screen is enough. */
const REFRESH_MS = 15_000;

/** The conversations this agent resolved lately, newest first, with the customer's rating once it arrives. */
export function ResolvedList({ client, me }: { client: Api; me: string }) {
  const [resolved, setResolved] = useState<ConversationDetail[] | null>(null);
  useEffect(() => {
    const load = () =>
      client
        .resolved()
        // One that cannot be read (an imported record without its live object) must not hide the others.
        .then(({ conversations }) => Promise.allSettled(conversations.map((c) => client.detail(c.id))))
        .then((settled) =>
          setResolved(
            settled.flatMap((r) =>
              r.status === "fulfilled" && r.value.handoff?.agentId === me ? [r.value] : [],
            ),
          ),
        )
        .catch(() => undefined);
    load();
    const timer = setInterval(load, REFRESH_MS);
    return () => clearInterval(timer);
  }, [client, me]);
  if (resolved === null) return <p class="muted empty">Loading…</p>;
  if (resolved.length === 0) return <p class="muted empty">Nothing resolved yet.</p>;
  return (
    <ul>
      {resolved.map((d) => {
        const rating = customerRating(d);
        return (
          <li key={d.id} class="inbox-item static">
            <span class="item-top">
              <strong>{customerLabel(d)}</strong>
              <time class="muted small" dateTime={d.updatedAt}>
                {clock(d.updatedAt)}
              </time>
            </span>
            <span class="small">{rating === null ? "No rating yet" : `Customer rated ${rating}/5`}</span>
          </li>
        );
      })}
    </ul>
  );
}
