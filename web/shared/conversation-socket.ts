import PartySocket from "partysocket";
import type { ClientFrame, ServerFrame } from "../../workers/protocol/frames";
import { parseFrame } from "../../workers/protocol/parse-frame";
import { RateLimitResend } from "./rate-limit-resend";

/** Any zod schema of the server's frames: the classic one (agent app) or the widget's light one. */
type FrameSchema = {
  safeParse(data: unknown): { success: true; data: ServerFrame } | { success: false };
};

export type ConversationSocketOptions = {
  /** The Baton origin, e.g. `https://chat.example.com`. */
  base: URL;
  conversationId: string;
  token: string;
  /**
   * A fresh token for each reconnect (the agent app: agents' tokens live minutes, and the server checks at
   * every connect that the conversation is still theirs). Without it the first token is reused (the widget).
   */
  renewToken?: () => Promise<string>;
  /** Read on every (re)connect, so the server replays exactly what this client has not seen. */
  lastSeq: () => number;
  /** Every frame is validated with it; one that fails (a newer server's) is skipped. */
  schema: FrameSchema;
  onFrame: (frame: ServerFrame) => void;
  /** Each time the socket opens (first time and after every reconnect). */
  onOpen?: () => void;
  onClose?: () => void;
};

/** One party's socket to one conversation: reconnects and resumes from `lastSeq`, validates every frame. */
export function connectConversation(options: ConversationSocketOptions) {
  let token = options.token;
  let first = true;
  // The token for this connect: the query asks for it first, the subprotocols wait for the same one.
  let current: Promise<string> = Promise.resolve(token);
  const socket = new PartySocket({
    host: options.base.host,
    protocol: options.base.protocol === "https:" ? "wss" : "ws",
    party: "conversation",
    room: options.conversationId,
    query: async () => {
      const renew = !first && options.renewToken;
      first = false;
      current = renew ? renew().catch(() => token) : Promise.resolve(token);
      token = await current;
      return { lastSeq: String(options.lastSeq()) };
    },
    // The token rides as a subprotocol, so it never sits in a URL (logs, history); the server answers "baton".
    protocols: async () => ["baton", `token.${await current}`],
  });
  const send = (frame: ClientFrame): boolean => {
    if (socket.readyState !== WebSocket.OPEN) return false;
    socket.send(JSON.stringify(frame));
    resend.sent(frame);
    return true;
  };
  // A message refused as rate_limited goes again by itself after the stated wait: it stays pending.
  const resend = new RateLimitResend(send);
  socket.addEventListener("message", (event: MessageEvent) => {
    const parsed = options.schema.safeParse(parseFrame(event.data));
    // A frame this client does not understand (a newer server) is skipped, never fatal.
    if (parsed.success && !resend.received(parsed.data)) options.onFrame(parsed.data);
  });
  socket.addEventListener("open", () => options.onOpen?.());
  socket.addEventListener("close", () => options.onClose?.());
  return {
    /** Sends now, or returns false while disconnected (the caller keeps it and resends on open). */
    send,
    /** Drops the connection and opens a new one (the network came back: the old socket may be dead). */
    reconnect() {
      socket.reconnect();
    },
    close() {
      socket.close();
    },
  };
}
