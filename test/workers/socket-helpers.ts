import { exports } from "cloudflare:workers";
import type { ServerFrame } from "../../workers/protocol/frames";
import { BASE } from "./helpers";

/** A client end of a conversation socket that buffers frames and waits for them with a time-out. */
export async function openSocket(
  conversationId: string,
  token: string,
  lastSeq?: number,
  headers: Record<string, string> = {},
) {
  const query = new URLSearchParams({
    token,
    ...(lastSeq !== undefined ? { lastSeq: String(lastSeq) } : {}),
  });
  const res = await exports.default.fetch(`${BASE}/parties/conversation/${conversationId}?${query}`, {
    headers: { Upgrade: "websocket", ...headers },
  });
  const ws = res.webSocket;
  if (!ws) throw new Error(`upgrade refused: ${res.status} ${await res.text()}`);
  ws.accept();
  const frames: ServerFrame[] = [];
  const waiters: (() => void)[] = [];
  ws.addEventListener("message", (e) => {
    frames.push(JSON.parse(e.data as string) as ServerFrame);
    for (const w of waiters.splice(0)) w();
  });
  /** How the server closed the socket (code and reason), once it does. */
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.addEventListener("close", (e) => resolve({ code: e.code, reason: e.reason })),
  );
  return {
    ws,
    frames,
    closed,
    /** The server's close, or a time-out error after `ms`. */
    async closedWithin(ms = 3000) {
      return Promise.race([
        closed,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error("still open")), ms)),
      ]);
    },
    send(frame: unknown) {
      ws.send(JSON.stringify(frame));
    },
    /** Resolves with the frames so far once `predicate` holds for them, or rejects after `ms`. */
    async waitFor(predicate: (frames: ServerFrame[]) => boolean, ms = 2000): Promise<ServerFrame[]> {
      const deadline = Date.now() + ms;
      while (!predicate(frames)) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`timed out; frames: ${JSON.stringify(frames)}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, left);
        });
      }
      return frames;
    },
    messages() {
      return frames.flatMap((f) => (f.type === "message" ? [f.message] : []));
    },
    close() {
      ws.close(1000, "done");
    },
  };
}

export async function upgradeStatus(conversationId: string, token: string): Promise<number> {
  const res = await exports.default.fetch(
    `${BASE}/parties/conversation/${conversationId}?token=${encodeURIComponent(token)}`,
    { headers: { Upgrade: "websocket" } },
  );
  res.webSocket?.accept();
  res.webSocket?.close();
  return res.status;
}
