import type { Message } from "../../workers/protocol/message";
import type { Pending } from "../shared/transcript";
import { clock } from "./inbox";
import { MessageText } from "./message-text";
import { speaker, systemLine } from "./speaker";

type Props = {
  messages: Message[];
  pending?: Pending[];
  me: string;
  /** Added after the speaker's name, e.g. " · by email". */
  channel?: (m: Message) => string;
};

/**
 * The transcript as agents read it: every line with its time and who wrote it (the bot, the customer, each
 * agent by name, the system), internal notes set apart, links clickable and markup shown as typed.
 */
export function TranscriptLines({ messages, pending = [], me, channel }: Props) {
  return (
    <>
      {messages.map((m) =>
        m.role === "system" ? (
          <li key={m.seq} class="notice">
            {systemLine(m)} <time dateTime={m.createdAt}>{clock(m.createdAt)}</time>
          </li>
        ) : (
          <li key={m.seq} class={`line ${m.role}`}>
            <span class="who">
              {speaker(m, me)}
              {channel?.(m)} · <time dateTime={m.createdAt}>{clock(m.createdAt)}</time>
            </span>
            <MessageText text={m.text} />
          </li>
        ),
      )}
      {pending.map((p) => (
        <li key={p.clientId} class="line agent pending">
          <span class="who">You · {p.failed ? "not sent" : "sending…"}</span>
          <MessageText text={p.text} />
        </li>
      ))}
    </>
  );
}
