import { useEffect, useRef, useState } from "preact/hooks";
import { ServerFrameSchema } from "../../workers/protocol/frames";
import type { Message } from "../../workers/protocol/message";
import { connectConversation } from "../shared/conversation-socket";
import { addPending, applyFrame, emptyTranscript, lastSeq, type Transcript } from "../shared/transcript";
import type { Api } from "./api";
import { apiBase } from "./config";
import type { InboxItem } from "./inbox";

type Entry = { socket: ReturnType<typeof connectConversation> | null; closed: boolean };

/**
 * A socket for every conversation the agent holds, open while it is on their desk: previews, unread counts
 * and cues stay live for the ones not on screen. Each starts from the brief's transcript and resumes after
 * its last `seq`; sends carry a clientId and are resent on reconnect until echoed.
 */
export function useLiveConversations(
  items: InboxItem[],
  client: Api,
  onCustomerMessage: (conversationId: string, message: Message) => void,
) {
  const [transcripts, setTranscripts] = useState<Record<string, Transcript>>({});
  const ref = useRef<Record<string, Transcript>>({});
  const entries = useRef(new Map<string, Entry>());
  const onMessage = useRef(onCustomerMessage);
  onMessage.current = onCustomerMessage;

  const update = (id: string, change: (t: Transcript) => Transcript) => {
    ref.current = { ...ref.current, [id]: change(ref.current[id] ?? emptyTranscript()) };
    setTranscripts(ref.current);
  };

  useEffect(() => {
    const held = new Set(items.filter((i) => i.mode === "assigned").map((i) => i.id));
    for (const [id, entry] of entries.current) {
      if (held.has(id)) continue;
      entry.closed = true;
      entry.socket?.close();
      entries.current.delete(id);
      const { [id]: _, ...rest } = ref.current;
      ref.current = rest;
    }
    for (const item of items) {
      if (!held.has(item.id) || entries.current.has(item.id)) continue;
      ref.current = { ...ref.current, [item.id]: emptyTranscript(item.detail.messages) };
      entries.current.set(item.id, open(item));
    }
    setTranscripts(ref.current);
  }, [items]);

  useEffect(
    () => () => {
      for (const entry of entries.current.values()) {
        entry.closed = true;
        entry.socket?.close();
      }
    },
    [],
  );

  function open(item: InboxItem): Entry {
    const entry: Entry = { socket: null, closed: false };
    const renew = async () => (await client.conversationToken(item.id)).conversationToken;
    (item.token ? Promise.resolve(item.token) : renew())
      .then((token) => {
        if (entry.closed) return;
        const socket = connectConversation({
          base: apiBase(),
          conversationId: item.id,
          token,
          renewToken: renew,
          lastSeq: () => lastSeq(ref.current[item.id] ?? emptyTranscript()),
          schema: ServerFrameSchema,
          onFrame: (frame) => {
            const seen = lastSeq(ref.current[item.id] ?? emptyTranscript());
            update(item.id, (t) => applyFrame(t, frame));
            if (frame.type === "message" && frame.message.role === "customer" && frame.message.seq > seen)
              onMessage.current(item.id, frame.message);
          },
          onOpen: () => {
            for (const p of ref.current[item.id]?.pending ?? [])
              socket.send({ type: "message", clientId: p.clientId, text: p.text });
          },
        });
        entry.socket = socket;
      })
      .catch(() => undefined);
    return entry;
  }

  return {
    transcripts,
    /** A reply to the customer: shown as sending until the server's echo. */
    sendText(id: string, text: string) {
      const clientId = `a-${crypto.randomUUID()}`;
      update(id, (t) => addPending(t, clientId, text));
      entries.current.get(id)?.socket?.send({ type: "message", clientId, text });
    },
    /** An internal note; false while disconnected (the composer keeps the text). */
    sendNote(id: string, text: string): boolean {
      const socket = entries.current.get(id)?.socket;
      return socket?.send({ type: "note", clientId: `n-${crypto.randomUUID()}`, text }) ?? false;
    },
    /** The agent is typing (or stopped): the widget shows it. */
    typing(id: string, typing: boolean) {
      entries.current.get(id)?.socket?.send({ type: "typing", typing });
    },
    connected(id: string): boolean {
      return entries.current.get(id)?.socket !== null && entries.current.has(id);
    },
  };
}
