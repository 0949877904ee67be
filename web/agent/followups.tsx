import { useEffect, useState } from "preact/hooks";
import type { ConversationDetail, ConversationSummary } from "../../workers/protocol/conversation";
import type { Api } from "./api";
import { FormError } from "./form-error";
import { TranscriptLines } from "./transcript-lines";

/** The list changes when customers leave their email; a refresh every 15 s is plenty. */
const REFRESH_MS = 15_000;

const label = (c: ConversationSummary) => c.customer.name ?? c.customer.email ?? c.id;

/**
 * Customers who left their email while nobody could answer, oldest first: the first thing on the desk,
 * above the agent's own conversations. Reloaded when the agent comes online (the team is back).
 */
export function FollowupList(props: {
  client: Api;
  online: boolean;
  selected: string | null;
  refresh: number;
  onOpen: (id: string) => void;
}) {
  const { client, online, selected, refresh, onOpen } = props;
  const [followups, setFollowups] = useState<ConversationSummary[]>([]);
  useEffect(() => {
    const load = () =>
      client
        .followups()
        .then((r) => setFollowups(r.followups))
        .catch(() => undefined);
    load();
    const timer = setInterval(load, REFRESH_MS);
    return () => clearInterval(timer);
  }, [client, online, refresh]);
  if (followups.length === 0) return null;
  return (
    <section aria-label="Follow-ups">
      <h2>
        Follow-ups <span class="count">{followups.length}</span>
      </h2>
      <ul>
        {followups.map((f) => (
          <li key={f.id}>
            <button
              type="button"
              class="inbox-item"
              aria-current={f.id === selected ? "true" : undefined}
              onClick={() => onOpen(f.id)}
            >
              <strong>{label(f)}</strong>
              <span class="muted small">
                Left {f.customer.email} · {new Date(f.updatedAt).toLocaleString()}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One follow-up: the conversation so far, an answer by email, and resolve. */
export function FollowupPane(props: { id: string; client: Api; me: string; onClosed: () => void }) {
  const { id, client, me, onClosed } = props;
  const [detail, setDetail] = useState<ConversationDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () =>
    client
      .detail(id)
      .then(setDetail)
      .catch((err: Error) => setError(err.message));
  useEffect(() => {
    load();
  }, [id, client]);
  const act = async (action: () => Promise<unknown>, after: () => unknown) => {
    try {
      await action();
      setError(null);
      await after();
    } catch (err) {
      setError(err instanceof Error ? err.message : "That did not work");
    }
  };
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const box = (e.currentTarget as HTMLFormElement).elements.namedItem("answer") as HTMLTextAreaElement;
    const text = box.value.trim();
    if (!text) return;
    act(
      () => client.followupReply(id, text),
      () => {
        box.value = "";
        return load();
      },
    );
  };
  return (
    <section class="chat" aria-labelledby="followup-title">
      <header class="chat-head">
        <h2 id="followup-title">{detail ? label(detail) : "Follow-up"}</h2>
        <button class="primary" type="button" onClick={() => act(() => client.followupResolve(id), onClosed)}>
          Resolve
        </button>
      </header>
      <FormError error={error} />
      <ol class="transcript" aria-label="Transcript">
        {detail && (
          <TranscriptLines
            messages={detail.messages}
            me={me}
            channel={(m) => (m.meta.channel === "email" ? " · by email" : "")}
          />
        )}
      </ol>
      <form class="reply" onSubmit={submit}>
        <label for="answer">Answer by email to {detail?.customer.email}</label>
        <textarea id="answer" name="answer" rows={3} />
        <button class="primary" type="submit">
          Send by email
        </button>
      </form>
    </section>
  );
}
