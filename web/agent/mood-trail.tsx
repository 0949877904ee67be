import { useEffect, useState } from "preact/hooks";
import { MOOD_WINDOW } from "../../workers/domain/live-brief";
import type { Handoff } from "../../workers/protocol/conversation";
import type { Message } from "../../workers/protocol/message";
import type { Api } from "./api";
import { clock } from "./inbox";
import { moodInWords, moodMarks } from "./mood-marks";

/** Enough of the latest history to hold the mood window's customer messages in an ordinary chat. */
const PAGE = 100;

/**
 * The customer's mood message by message (the sentiment stored with each), as a row of bars: up for pleased,
 * down for unhappy, taller the stronger. A customer message's reading is stored after it is sent, so the
 * latest page is read when the trail opens and again on each `brief` frame (which follows the reading).
 */
export function MoodTrail(props: {
  conversationId: string;
  client: Api;
  messages: readonly Message[];
  brief: Handoff | null;
}) {
  const { conversationId, client, messages, brief } = props;
  const [page, setPage] = useState<Message[]>([]);
  const latest = messages.at(-1)?.seq ?? 0;
  // Read on opening (a brief frame sent while the socket was reconnecting is not replayed) and again when the
  // brief changes, not on every message.
  useEffect(() => {
    client
      .messagesBefore(conversationId, latest + 1, PAGE)
      .then((p) => setPage(p.messages))
      .catch(() => undefined);
  }, [brief, conversationId, client]);
  const marks = moodMarks([messages, page], MOOD_WINDOW);
  if (marks.length === 0) return null;
  return (
    <div class="mood-trail" role="img" aria-label={moodInWords(marks)}>
      {marks.map((m) => (
        <span key={m.seq} class="mood-mark" title={`${clock(m.at)}: ${m.label}`}>
          <span
            class={`bar ${m.label}`}
            style={{
              height: `${3 + Math.round(Math.abs(m.score) * 14)}px`,
              [m.score < 0 ? "top" : "bottom"]: "50%",
            }}
          />
        </span>
      ))}
    </div>
  );
}
