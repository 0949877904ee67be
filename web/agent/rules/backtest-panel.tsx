import { useEffect, useRef, useState } from "preact/hooks";
import type { BacktestResult } from "../../../workers/protocol/backtest";
import type { ConversationDetail } from "../../../workers/protocol/conversation";
import type { Api } from "../api";
import { triggerBadge } from "../inbox";
import { TranscriptLines } from "../transcript-lines";

const percent = (rate: number | null) => (rate === null ? "–" : `${Math.round(rate * 100)} %`);
const outcome = (o: { handedOff: boolean; trigger: string | null }) =>
  o.handedOff ? `Handed off (${triggerBadge(o.trigger) ?? "unknown"})` : "Kept by the bot";

/** What "Try these rules" found: predicted next to actual handoff rate, and the conversations that change. */
export function BacktestPanel({ result, client }: { result: BacktestResult | null; client: Api }) {
  const [open, setOpen] = useState<string | null>(null);
  if (!result) {
    return (
      <section class="backtest" aria-label="Backtest">
        <h2>Backtest</h2>
        <p class="muted small">
          Try your rules to see how the latest conversations of the last 30 days would have gone with them.
        </p>
      </section>
    );
  }
  const listed = result.changed.length;
  return (
    <section class="backtest" aria-label="Backtest">
      <h2>Backtest</h2>
      <p class="small muted">
        {result.conversations} conversations from {result.from.slice(0, 10)} to {result.to.slice(0, 10)}
      </p>
      <dl class="rates">
        <div>
          <dt>Actual handoff rate</dt>
          <dd>
            {percent(result.actual.handoffRate)} <span class="muted small">({result.actual.handedOff})</span>
          </dd>
        </div>
        <div>
          <dt>Predicted handoff rate</dt>
          <dd>
            {percent(result.predicted.handoffRate)}{" "}
            <span class="muted small">({result.predicted.handedOff})</span>
          </dd>
        </div>
      </dl>
      <h3>
        {result.changedCount === 0
          ? "No conversation would change"
          : `${result.changedCount} conversations would change${listed < result.changedCount ? ` (the first ${listed} listed)` : ""}`}
      </h3>
      {listed > 0 && (
        <table>
          <thead>
            <tr>
              <th>Conversation</th>
              <th>Actually</th>
              <th>With these rules</th>
            </tr>
          </thead>
          <tbody>
            {result.changed.map((c) => (
              <tr key={c.conversationId}>
                <td>
                  <button type="button" class="link" onClick={() => setOpen(c.conversationId)}>
                    {c.conversationId}
                  </button>{" "}
                  <time class="muted small" dateTime={c.createdAt}>
                    {c.createdAt.slice(0, 10)}
                  </time>
                </td>
                <td>{outcome(c.actual)}</td>
                <td>
                  {outcome(c.predicted)}
                  {c.predicted.explanation && <span class="muted small"> {c.predicted.explanation}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open && <ConversationDialog id={open} client={client} onClose={() => setOpen(null)} />}
    </section>
  );
}

/** One changed conversation's transcript, read only, over the editor. */
function ConversationDialog({ id, client, onClose }: { id: string; client: Api; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [detail, setDetail] = useState<ConversationDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    dialog.current?.showModal();
    client
      .detail(id)
      .then(setDetail)
      .catch(() => setError("This conversation's transcript cannot be opened (it has no live record)."));
  }, [client, id]);
  return (
    <dialog
      ref={dialog}
      class="conversation-dialog"
      aria-labelledby="conversation-dialog-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id="conversation-dialog-title">Conversation {id}</h2>
      {error && <p role="alert">{error}</p>}
      {!detail && !error && <p class="muted">Loading…</p>}
      {detail && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls on its own, so keyboards must reach it (axe: scrollable-region-focusable)
        <ol class="transcript" aria-label="Transcript" tabIndex={0}>
          <TranscriptLines messages={detail.messages} me="" />
        </ol>
      )}
      <button type="button" class="secondary" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
