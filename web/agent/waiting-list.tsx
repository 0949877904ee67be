import { useState } from "preact/hooks";
import type { Api } from "./api";
import { clock, customerLabel } from "./inbox";
import { useLine } from "./waiting";

/** Who waits in the line, by name, oldest first; an agent may take one for themself. */
export function WaitingList({ client, me }: { client: Api; me: string }) {
  const { queue, error, details } = useLine(client);
  const [notice, setNotice] = useState<string | null>(null);
  const take = async (id: string) => {
    try {
      await client.assign(id, me);
      setNotice("It's yours: it is in Mine now.");
    } catch (err) {
      setNotice(err instanceof Error ? err.message : "Could not take it");
    }
  };
  return (
    <>
      {(error ?? notice) && (
        <p class="muted small" role="status">
          {error ?? notice}
        </p>
      )}
      {queue?.waiting.length === 0 && <p class="muted empty">Nobody is waiting.</p>}
      <ul>
        {queue?.waiting.map((w) => {
          const detail = details[w.conversationId];
          return (
            <li key={w.conversationId} class="inbox-item static">
              <span class="item-top">
                <strong>{detail ? customerLabel(detail) : "Loading…"}</strong>
                <time class="muted small" dateTime={w.queuedAt}>
                  {clock(w.queuedAt)}
                </time>
              </span>
              <span class="small">
                #{w.position} · {w.skill ?? "any skill"}
              </span>
              <button type="button" class="secondary" onClick={() => take(w.conversationId)}>
                Take
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
