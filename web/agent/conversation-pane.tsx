import { useEffect, useRef, useState } from "preact/hooks";
import type { CannedReply } from "../../workers/protocol/replies";
import type { Transcript } from "../shared/transcript";
import type { Api } from "./api";
import { Brief } from "./brief";
import { Composer } from "./composer";
import { customerLabel, type InboxItem } from "./inbox";
import { ReplyCountdown } from "./reply-countdown";
import { TranscriptLines } from "./transcript-lines";
import { TransferForm } from "./transfer-form";

type Props = {
  item: InboxItem;
  transcript: Transcript;
  /** The conversation's socket is open, so replies and notes can be sent. */
  ready: boolean;
  client: Api;
  me: string;
  canned: CannedReply[];
  /** Set while the line warns that the first reply is due (ISO time). */
  replyDueAt: string | null;
  onOnIt: () => void;
  onReply: (text: string) => void;
  onNote: (text: string) => boolean;
  onTyping: (typing: boolean) => void;
  onAccept: () => void;
  /** Resolve asked for: the desk gives a few seconds to undo it before it is sent. */
  onResolve: () => void;
  onTransferred: () => void;
};

/** One conversation: the brief beside the full transcript (the bot's turns too), the composer and actions. */
export function ConversationPane(props: Props) {
  const { item, transcript, ready, client, me, canned, replyDueAt } = props;
  const [transferring, setTransferring] = useState(false);
  const offer = item.mode === "offer";
  const log = useRef<HTMLOListElement>(null);
  const title = useRef<HTMLHeadingElement>(null);

  // Opening a conversation moves focus to its title, so a screen reader announces whose it is.
  useEffect(() => title.current?.focus(), [item.id]);
  useEffect(() => {
    log.current?.scrollTo({ top: log.current.scrollHeight });
  }, [transcript.messages.length, transcript.pending.length]);

  return (
    <div class="conversation">
      <section class="chat" aria-labelledby="chat-title">
        <header class="chat-head">
          <h2 id="chat-title" tabIndex={-1} ref={title}>
            {customerLabel(item.detail)}
          </h2>
          <div class="row">
            {offer ? (
              <button class="primary" type="button" onClick={props.onAccept}>
                Accept
              </button>
            ) : (
              <>
                <button
                  class="secondary"
                  type="button"
                  aria-expanded={transferring}
                  onClick={() => setTransferring((t) => !t)}
                >
                  Transfer
                </button>
                <button class="primary" type="button" onClick={props.onResolve}>
                  Resolve
                </button>
              </>
            )}
          </div>
        </header>
        {replyDueAt && <ReplyCountdown dueAt={replyDueAt} onOnIt={props.onOnIt} />}
        {transferring && (
          <TransferForm
            client={client}
            me={me}
            conversationId={item.id}
            onDone={props.onTransferred}
            onCancel={() => setTransferring(false)}
          />
        )}
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls on its own, so keyboards must reach it (axe: scrollable-region-focusable) */}
        <ol class="transcript" ref={log} aria-label="Transcript" aria-live="polite" tabIndex={0}>
          <TranscriptLines messages={transcript.messages} pending={transcript.pending} me={me} />
        </ol>
        <p class="muted small typing" aria-live="polite">
          {transcript.typing === "customer" ? "The customer is typing…" : ""}
        </p>
        {!offer && (
          <Composer
            conversationId={item.id}
            client={client}
            canned={canned}
            ready={ready}
            onReply={props.onReply}
            onNote={props.onNote}
            onTyping={props.onTyping}
          />
        )}
      </section>
      <Brief
        reasons={item.reasons}
        detail={{ ...item.detail, handoff: transcript.brief ?? item.detail.handoff }}
        client={client}
        live={transcript}
      />
    </div>
  );
}
