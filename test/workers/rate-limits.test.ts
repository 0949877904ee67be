import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { getDb } from "../../workers/db/client";
import { ensureWidgetKey } from "../../workers/db/widget-keys";
import { type ApiClient, client, newWorkspace } from "./helpers";
import { signedInAgent } from "./queue-helpers";

/**
 * The Rate Limiting binding (wrangler.toml) counts in windows aligned to the clock, so a burst can straddle
 * two: the first refusal comes after at least `limit` and at most `2 × limit` allowed calls.
 */
async function untilRefused(limit: number, call: () => ReturnType<ApiClient>) {
  let allowed = 0;
  for (;;) {
    const res = await call();
    if (res.status === 429) return { allowed, refusal: res };
    if (allowed++ > 2 * limit) throw new Error(`never refused; last answer ${res.status}`);
  }
}

const ip = () => `198.51.100.${Math.floor(Math.random() * 250)}-${crypto.randomUUID()}`;

describe("rate limits per caller", () => {
  it("refuse a flood of conversation starts from one address, and nobody else", async () => {
    const ws = await newWorkspace("Limits");
    const key = `pk_${crypto.randomUUID().replaceAll("-", "")}`;
    await ensureWidgetKey(getDb(env.DB), { workspaceId: ws.id, key, allowedOrigins: [] });
    const widget = client(key);
    const abuser = ip();
    const { allowed, refusal } = await untilRefused(30, () =>
      widget("POST", "/api/v1/widget/conversations", {}, { "cf-connecting-ip": abuser }),
    );
    expect(allowed).toBeGreaterThanOrEqual(30);
    expect(allowed).toBeLessThanOrEqual(60);
    expect(refusal.body.error).toMatchObject({ code: "rate_limited", details: { retryAfterSeconds: 60 } });
    expect(refusal.headers.get("retry-after")).toBe("60");
    // Another customer of the same site still gets in.
    const other = await widget("POST", "/api/v1/widget/conversations", {}, { "cf-connecting-ip": ip() });
    expect(other.status).toBe(201);
  });

  it("slow down guessing a password without locking the agent out from their own address", async () => {
    const { api } = await newWorkspace("Sign-in limits");
    const agent = await signedInAgent(api, { name: "Victim" });
    const me = (await api("GET", `/api/v1/agents/${agent.id}`)).body;
    const guesser = ip();
    const login = (password: string, from: string) =>
      client(null)("POST", "/api/v1/auth/login", { email: me.email, password }, { "cf-connecting-ip": from });
    const { allowed, refusal } = await untilRefused(10, () => login("wrong guess", guesser));
    expect(allowed).toBeGreaterThanOrEqual(10);
    expect(refusal.body.error.code).toBe("rate_limited");
    // Even the right password waits out the window from the guesser's address…
    expect((await login("a long enough password", guesser)).status).toBe(429);
    // …while the agent, elsewhere, signs in.
    expect((await login("a long enough password", ip())).status).toBe(200);
  });

  it("refuse REST messages over the limit into one conversation, store none of them, and leave others alone", async () => {
    const { api } = await newWorkspace("Message limits");
    const flooded = (await api("POST", "/api/v1/conversations", {})).body.id as string;
    const { allowed } = await untilRefused(60, () =>
      api("POST", `/api/v1/conversations/${flooded}/messages`, { text: "spam" }),
    );
    expect(allowed).toBeGreaterThanOrEqual(60);
    const history = (await api("GET", `/api/v1/conversations/${flooded}/messages?limit=1000`)).body;
    expect(history.messages.filter((m: { role: string }) => m.role === "customer")).toHaveLength(allowed);

    const calm = (await api("POST", "/api/v1/conversations", {})).body.id as string;
    expect((await api("POST", `/api/v1/conversations/${calm}/messages`, { text: "hello" })).status).toBe(201);
  });
});
