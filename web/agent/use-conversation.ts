import { useEffect, useRef, useState } from "preact/hooks";
import { type ClientFrame, ServerFrameSchema } from "../../workers/protocol/frames";
import type { Message } from "../../workers/protocol/message";
import { connectConversation } from "../shared/conversation-socket";
import { addPending, applyFrame, emptyTranscript, lastSeq, type Transcript } from "../shared/transcript";
import { apiBase } from "./config";

/**
 * The live conversation as this agent sees it: starts from the brief's transcript and resumes the socket
 * after its last `seq`, so nothing is shown twice. Sends with a clientId, resent on reconnect until echoed.
 */
export function useConversation(
  conversationId: string,
  token: string | null,
  initial: Message[],
  renewToken: () => Promise<string>,
) {
  const [transcript, setTranscript] = useState(() => emptyTranscript(initial));
  const ref = useRef<Transcript>(transcript);
  const socket = useRef<ReturnType<typeof connectConversation> | null>(null);

  useEffect(() => {
    if (!token) return;
    const set = (next: Transcript) => {
      ref.current = next;
      setTranscript(next);
    };
    const s = connectConversation({
      base: apiBase(),
      conversationId,
      token,
      renewToken,
      schema: ServerFrameSchema,
      lastSeq: () => lastSeq(ref.current),
      onFrame: (frame) => set(applyFrame(ref.current, frame)),
      onOpen: () => {
        for (const p of ref.current.pending) {
          s.send({ type: "message", clientId: p.clientId, text: p.text });
        }
      },
    });
    socket.current = s;
    return () => s.close();
    // renewToken is only called at reconnects: a new function identity must not reopen the socket.
  }, [conversationId, token]);

  return {
    transcript,
    sendText(text: string) {
      const clientId = `a-${crypto.randomUUID()}`;
      ref.current = addPending(ref.current, clientId, text);
      setTranscript(ref.current);
      socket.current?.send({ type: "message", clientId, text });
    },
    send(frame: ClientFrame) {
      socket.current?.send(frame);
    },
  };
}
