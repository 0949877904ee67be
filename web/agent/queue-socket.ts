import PartySocket from "partysocket";
import type { AgentStatus } from "../../workers/protocol/agents";
import { parseFrame } from "../../workers/protocol/frames";
import {
  type QueueClientFrame,
  type QueueServerFrame,
  QueueServerFrameSchema,
} from "../../workers/protocol/queue-frames";
import { apiBase } from "./config";

/** The server closes a socket silent for 45 s; a ping every 15 s is answered without waking the object. */
const PING_MS = 15_000;

/**
 * The agent's workspace queue socket: presence, status and assignments. Once the app knows the agent's
 * status (they chose one, or the first snapshot told it) it is sent again on every reconnect, so a dropped
 * connection comes back in that state. Before that nothing is sent: a reloaded app must not overwrite the
 * line's truth with a guess.
 */
export function connectQueue(options: {
  workspaceId: string;
  token: string;
  status: () => AgentStatus | null;
  onFrame: (frame: QueueServerFrame) => void;
  onConnected: (connected: boolean) => void;
}) {
  const base = apiBase();
  const socket = new PartySocket({
    host: base.host,
    protocol: base.protocol === "https:" ? "wss" : "ws",
    party: "queue",
    room: options.workspaceId,
    // The session rides as a subprotocol, so it never sits in a URL (logs, history); the server answers "baton".
    protocols: ["baton", `token.${options.token}`],
  });
  const send = (frame: QueueClientFrame) => {
    if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
  };
  socket.addEventListener("open", () => {
    options.onConnected(true);
    const status = options.status();
    if (status) send({ type: "status", status });
  });
  socket.addEventListener("close", () => options.onConnected(false));
  socket.addEventListener("message", (event: MessageEvent) => {
    if (event.data === "pong") return;
    const parsed = QueueServerFrameSchema.safeParse(parseFrame(event.data));
    if (parsed.success) options.onFrame(parsed.data);
  });
  const ping = setInterval(() => {
    if (socket.readyState === WebSocket.OPEN) socket.send("ping");
  }, PING_MS);
  return {
    send,
    close() {
      clearInterval(ping);
      socket.close();
    },
  };
}
