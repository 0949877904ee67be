/**
 * The baseline of `npm run bench:load`: the least a Durable Object WebSocket chat can do. One object per
 * room, hibernating sockets like Baton's, and each frame stored in the object's SQLite before it is echoed
 * to every socket of the room. Whatever Baton costs above this is Baton's own work.
 */
import { type Connection, routePartykitRequest, Server } from "partyserver";

export class EchoServer extends Server {
  static override options = { hibernate: true };

  override onStart(): void {
    this.ctx.storage.sql.exec(
      "CREATE TABLE IF NOT EXISTS frames (seq INTEGER PRIMARY KEY, body TEXT NOT NULL)",
    );
  }

  override onMessage(_connection: Connection, raw: string | ArrayBuffer): void {
    const body = typeof raw === "string" ? raw : new TextDecoder().decode(raw);
    this.ctx.storage.sql.exec("INSERT INTO frames (body) VALUES (?)", body);
    this.broadcast(body);
  }
}

export default {
  // partyserver finds the `Echo` binding by name in whatever env it is given (echo.wrangler.toml).
  async fetch(request: Request, env: Record<string, unknown>) {
    return (
      (await routePartykitRequest(request, env as unknown as Env)) ??
      new Response("Not found", { status: 404 })
    );
  },
};
