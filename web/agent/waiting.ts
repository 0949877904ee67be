import { useEffect, useRef, useState } from "preact/hooks";
import type { ConversationDetail } from "../../workers/protocol/conversation";
import type { QueueSnapshot } from "../../workers/protocol/queue-frames";
import type { Api } from "./api";

/** How often the line is read again; it changes in seconds, not milliseconds. */
const REFRESH_MS = 5000;

/**
 * The line as it is now, read every few seconds, and the waiting conversations' details (for the
 * customers' names), each fetched once.
 */
export function useLine(client: Api) {
  const [queue, setQueue] = useState<QueueSnapshot | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [details, setDetails] = useState<Record<string, ConversationDetail>>({});
  const asked = useRef(new Set<string>());
  useEffect(() => {
    const load = () =>
      client
        .queue()
        .then((q) => {
          setQueue(q);
          setError(null);
          for (const w of q.waiting) {
            if (asked.current.has(w.conversationId)) continue;
            asked.current.add(w.conversationId);
            client
              .detail(w.conversationId)
              .then((d) => setDetails((all) => ({ ...all, [d.id]: d })))
              .catch(() => asked.current.delete(w.conversationId));
          }
        })
        .catch((err: Error) => setError(err.message));
    load();
    const timer = setInterval(load, REFRESH_MS);
    return () => clearInterval(timer);
  }, [client]);
  return { queue, error, details };
}
