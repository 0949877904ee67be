import { useEffect, useRef, useState } from "preact/hooks";
import type { ConversationDetail, ConversationSummary } from "../../workers/protocol/conversation";
import type { Api } from "./api";
import { FormError } from "./form-error";
import { clock, customerRating } from "./inbox";
import { TranscriptLines } from "./transcript-lines";

const label = (c: ConversationSummary) => c.customer.name ?? c.customer.email ?? `Visitor ${c.id.slice(-4)}`;

/**
 * The conversations this agent resolved, latest first, a page at a time, with the customer's rating once it
 * arrives. Read when the list is opened, after each of the agent's resolves (`refresh`) and on Refresh; a
 * rating that arrives later comes on the queue socket (`rated`), so nothing polls.
 */
export function ResolvedList(props: {
  client: Api;
  me: string;
  refresh: number;
  /** Ratings the line announced since the list was read (`rated` frames). */
  rated: Record<string, number>;
  selected: string | null;
  onOpen: (id: string) => void;
}) {
  const { client, me, refresh, rated, selected, onOpen } = props;
  const [pages, setPages] = useState<{ items: ConversationSummary[]; next: string | null } | null>(null);
  const [ratings, setRatings] = useState<Record<string, number | null>>({});
  const [reloads, setReloads] = useState(0);
  const [error, setError] = useState<string | null>(null);

  const load = async (cursor: string | null) => {
    try {
      const page = await client.resolved(me, cursor);
      setError(null);
      setPages((p) => ({
        items: cursor && p ? [...p.items, ...page.conversations] : page.conversations,
        next: page.next,
      }));
      // One that cannot be read (an imported record without its live object) still shows, without a rating.
      const details = await Promise.allSettled(page.conversations.map((c) => client.detail(c.id)));
      setRatings((r) => ({
        ...r,
        ...Object.fromEntries(
          details.flatMap((d) => (d.status === "fulfilled" ? [[d.value.id, customerRating(d.value)]] : [])),
        ),
      }));
    } catch (err) {
      setError(err instanceof Error ? err.message : "Could not load the resolved conversations");
    }
  };
  // Read again when the agent resolves or asks, never on each render.
  useEffect(() => {
    load(null);
  }, [client, me, refresh, reloads]);

  return (
    <section aria-label="Resolved">
      <div class="row list-head">
        <button type="button" class="link" onClick={() => setReloads((n) => n + 1)}>
          Refresh
        </button>
      </div>
      <FormError error={error} />
      {pages === null ? (
        <p class="muted empty">Loading…</p>
      ) : pages.items.length === 0 ? (
        <p class="muted empty">Nothing resolved yet.</p>
      ) : (
        <ul>
          {pages.items.map((c) => {
            // Not in `ratings`: the detail could not be read, so nothing is said about a rating.
            const rating = rated[c.id] ?? ratings[c.id];
            return (
              <li key={c.id}>
                <button
                  type="button"
                  class="inbox-item"
                  aria-current={c.id === selected ? "true" : undefined}
                  onClick={() => onOpen(c.id)}
                >
                  <span class="item-top">
                    <strong>{label(c)}</strong>
                    <time class="muted small" dateTime={c.updatedAt}>
                      {clock(c.updatedAt)}
                    </time>
                  </span>
                  {rating !== undefined && (
                    <span class="small">
                      {rating === null ? "No rating yet" : `Customer rated ${rating}/5`}
                    </span>
                  )}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {pages?.next && (
        <button type="button" class="secondary more" onClick={() => load(pages.next)}>
          Show older
        </button>
      )}
    </section>
  );
}

/** A resolved conversation, read only, with Reopen: it comes back to this agent's Mine through the line. */
export function ResolvedPane(props: {
  id: string;
  client: Api;
  me: string;
  onReopened: (id: string) => void;
}) {
  const { id, client, me, onReopened } = props;
  const [detail, setDetail] = useState<ConversationDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    title.current?.focus();
    client
      .detail(id)
      .then(setDetail)
      .catch((err: Error) => setError(err.message));
  }, [id, client]);
  const reopen = async () => {
    setBusy(true);
    try {
      await client.reopen(id, me);
      onReopened(id);
    } catch (err) {
      setError(err instanceof Error ? err.message : "Could not reopen");
      setBusy(false);
    }
  };
  const rating = detail ? customerRating(detail) : null;
  return (
    <section class="chat" aria-labelledby="resolved-title">
      <header class="chat-head">
        <h2 id="resolved-title" tabIndex={-1} ref={title}>
          {detail ? `${label(detail)} (resolved)` : "Loading…"}
        </h2>
        <button
          class="primary"
          type="button"
          disabled={busy || detail?.status !== "resolved"}
          onClick={reopen}
        >
          Reopen
        </button>
      </header>
      <FormError error={error} />
      {detail && (
        <p class="muted small pane-note">
          {rating === null ? "No rating yet" : `Customer rated ${rating}/5`}
          {detail.status !== "resolved" ? " · open again" : ""}
        </p>
      )}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls on its own, so keyboards must reach it (axe: scrollable-region-focusable) */}
      <ol class="transcript" aria-label="Transcript" tabIndex={0}>
        {detail && <TranscriptLines messages={detail.messages} me={me} />}
      </ol>
    </section>
  );
}
