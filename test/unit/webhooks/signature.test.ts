import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { REPLAY_WINDOW_SECONDS, signatureHeader, verifySignature } from "../../../workers/webhooks/signature";

const SECRET = "whsec_test";
const BODY = '{"id":"cv_1:2","type":"message.created"}';
const T = 1_800_000_000;

describe("webhook signatures", () => {
  it("is the hex HMAC-SHA256 of '<t>.<body>', as any language's HMAC computes it", async () => {
    const expected = createHmac("sha256", SECRET).update(`${T}.${BODY}`).digest("hex");
    expect(await signatureHeader(SECRET, BODY, T)).toBe(`t=${T},v1=${expected}`);
  });

  it("verifies its own signature within the replay window", async () => {
    const header = await signatureHeader(SECRET, BODY, T);
    expect(await verifySignature(SECRET, BODY, header, T + REPLAY_WINDOW_SECONDS)).toEqual({ ok: true });
  });

  it("refuses a changed body, another secret, an old signature and a malformed header", async () => {
    const header = await signatureHeader(SECRET, BODY, T);
    expect(await verifySignature(SECRET, `${BODY} `, header, T)).toEqual({ ok: false, reason: "mismatch" });
    expect(await verifySignature("whsec_other", BODY, header, T)).toEqual({ ok: false, reason: "mismatch" });
    expect(await verifySignature(SECRET, BODY, header, T + REPLAY_WINDOW_SECONDS + 1)).toEqual({
      ok: false,
      reason: "expired",
    });
    for (const bad of [null, "", "v1=abc", `t=${T}`, `t=soon,v1=${"0".repeat(64)}`]) {
      expect(await verifySignature(SECRET, BODY, bad, T)).toEqual({ ok: false, reason: "malformed" });
    }
  });
});
