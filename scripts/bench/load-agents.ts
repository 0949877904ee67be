/**
 * The demo's two agents for `npm run bench:load`: signed in, online with their queue sockets open (pinged,
 * as the app does), so handed-off conversations are assigned; and the handed-off conversations resolved
 * after each size, so the next one starts with every slot free.
 */
import { DEFAULT_DEMO_AGENT_PASSWORD, DEMO_AGENTS } from "../demo";
import { type BenchSocket, open } from "./load-socket";

/** Conversations both agents can hold at once. */
export const AGENT_SLOTS = DEMO_AGENTS.reduce((sum, a) => sum + a.maxConcurrent, 0);

export async function agentsOnline(base: string, workspaceId: string): Promise<() => void> {
  const sockets: BenchSocket[] = [];
  for (const agent of DEMO_AGENTS) {
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: agent.email, password: DEFAULT_DEMO_AGENT_PASSWORD }),
    });
    const { token } = (await login.json()) as { token: string };
    const socket = await open(`${base.replace("http", "ws")}/parties/queue/${workspaceId}`, [
      "baton",
      `token.${token}`,
    ]);
    await socket.next((f) => f.type === "snapshot");
    socket.ws.send(JSON.stringify({ type: "status", status: "online" }));
    sockets.push(socket);
  }
  const ping = setInterval(() => {
    for (const s of sockets) s.ws.send("ping");
  }, 10_000);
  return () => {
    clearInterval(ping);
    for (const s of sockets) s.ws.close();
  };
}

export async function resolveAll(base: string, apiKey: string, conversationIds: string[]): Promise<void> {
  for (const id of conversationIds) {
    await fetch(`${base}/api/v1/conversations/${id}/resolve`, {
      method: "POST",
      headers: { authorization: `Bearer ${apiKey}` },
    });
  }
}
