import { useEffect, useRef, useState } from "preact/hooks";
import type { Api } from "./api";
import { Brief } from "./brief";
import { customerLabel, type InboxItem } from "./inbox";
import { ReplyCountdown } from "./reply-countdown";
import { speaker, systemLine } from "./speaker";
import { TransferForm } from "./transfer-form";
import { useConversation } from "./use-conversation";

type Props = {
  item: InboxItem;
  client: Api;
  me: string;
  /** Set while the line warns that the first reply is due (ISO time). */
  replyDueAt: string | null;
  onOnIt: () => void;
  /** The agent replied: the line's clock stopped, the warning is over. */
  onReplied: () => void;
  onAccept: () => void;
  onClosed: () => void;
};

/** One conversation: the brief beside the full transcript (the bot's turns too), the reply box and actions. */
export function ConversationPane({
  item,
  client,
  me,
  replyDueAt,
  onOnIt,
  onReplied,
  onAccept,
  onClosed,
}: Props) {
  const [token, setToken] = useState(item.token);
  const [error, setError] = useState<string | null>(null);
  const [transferring, setTransferring] = useState(false);
  const offer = item.mode === "offer";
  const { transcript, sendText } = useConversation(
    item.id,
    offer ? null : token,
    item.detail.messages,
    async () => (await client.conversationToken(item.id)).conversationToken,
  );
  const log = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (token || offer) return;
    client
      .conversationToken(item.id)
      .then((r) => setToken(r.conversationToken))
      .catch((err: Error) => setError(err.message));
  }, [client, item.id, token, offer]);
  useEffect(() => {
    log.current?.scrollTo({ top: log.current.scrollHeight });
  }, [transcript.messages.length, transcript.pending.length]);

  const act = async (action: () => Promise<unknown>) => {
    try {
      await action();
      onClosed();
    } catch (err) {
      setError(err instanceof Error ? err.message : "That did not work");
    }
  };
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const box = (e.currentTarget as HTMLFormElement).elements.namedItem("reply") as HTMLTextAreaElement;
    const text = box.value.trim();
    if (!text) return;
    sendText(text);
    box.value = "";
    onReplied();
  };

  return (
    <div class="conversation">
      <section class="chat" aria-labelledby="chat-title">
        <header class="chat-head">
          <h2 id="chat-title">{customerLabel(item.detail)}</h2>
          <div class="row">
            {offer ? (
              <button class="primary" type="button" onClick={onAccept}>
                Accept
              </button>
            ) : (
              <>
                <button class="secondary" type="button" onClick={() => setTransferring((t) => !t)}>
                  Transfer
                </button>
                <button class="primary" type="button" onClick={() => act(() => client.resolve(item.id))}>
                  Resolve
                </button>
              </>
            )}
          </div>
        </header>
        {replyDueAt && <ReplyCountdown dueAt={replyDueAt} onOnIt={onOnIt} />}
        {transferring && (
          <TransferForm
            client={client}
            conversationId={item.id}
            onDone={onClosed}
            onCancel={() => setTransferring(false)}
          />
        )}
        {error && (
          <p class="form-error" role="alert">
            {error}
          </p>
        )}
        <ol class="transcript" ref={log} aria-label="Transcript" aria-live="polite">
          {transcript.messages.map((m) =>
            m.role === "system" ? (
              <li key={m.seq} class="notice">
                {systemLine(m)}
              </li>
            ) : (
              <li key={m.seq} class={`line ${m.role}`}>
                <span class="who">{speaker(m, me)}</span>
                <p>{m.text}</p>
              </li>
            ),
          )}
          {transcript.pending.map((p) => (
            <li key={p.clientId} class="line agent pending">
              <span class="who">You · {p.failed ? "not sent" : "sending…"}</span>
              <p>{p.text}</p>
            </li>
          ))}
        </ol>
        <p class="muted small typing" aria-live="polite">
          {transcript.typing === "customer" ? "The customer is typing…" : ""}
        </p>
        {!offer && (
          <form class="reply" onSubmit={submit}>
            <label class="sr-only" for="reply">
              Reply to the customer
            </label>
            <textarea
              id="reply"
              name="reply"
              rows={2}
              placeholder="Write a reply…"
              onKeyDown={(e) => {
                if (e.key === "Enter" && !e.shiftKey) {
                  e.preventDefault();
                  e.currentTarget.form?.requestSubmit();
                }
              }}
            />
            <button class="primary" type="submit" disabled={!token}>
              Send
            </button>
          </form>
        )}
      </section>
      <Brief
        reasons={item.reasons}
        detail={{ ...item.detail, handoff: transcript.brief ?? item.detail.handoff }}
      />
    </div>
  );
}
