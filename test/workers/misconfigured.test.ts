import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../workers/index";
import { BASE } from "./helpers";

const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext;

describe("a Worker deployed with the development secret", () => {
  it("refuses every API call and socket with 503 misconfigured instead of signing forgeable tokens", async () => {
    const deployed = { ...env, BATON_DEV: undefined };
    const api = await worker.fetch(new Request(`${BASE}/api/v1/openapi.json`), deployed, ctx);
    expect(api.status).toBe(503);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe("misconfigured");
    const socket = await worker.fetch(
      new Request(`${BASE}/parties/conversation/cv_x?token=t`, { headers: { Upgrade: "websocket" } }),
      deployed,
      ctx,
    );
    expect(socket.status).toBe(503);
  });

  it("the same Worker with the tests' local marker serves", async () => {
    const res = await worker.fetch(new Request(`${BASE}/api/v1/openapi.json`), env, ctx);
    expect(res.status).toBe(200);
  });
});
