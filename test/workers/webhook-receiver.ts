import { vi } from "vitest";
import { verifySignature } from "../../workers/webhooks/signature";

export const RECEIVER = "https://receiver.example/baton";

export type Received = { eventId: string | null; type: string; body: unknown; verified: boolean };

/**
 * The integration's server, the one part that cannot run here: it checks each delivery's signature as
 * docs/webhooks.md tells receivers to, and answers 503 to the first `failures` calls, then 200.
 */
export function receiver(secret: () => string, failures: number) {
  const received: Received[] = [];
  let calls = 0;
  const real = globalThis.fetch;
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const request = new Request(input, init);
    if (request.url !== RECEIVER) return real(input, init);
    const body = await request.text();
    const verified = await verifySignature(secret(), body, request.headers.get("Baton-Signature"));
    calls += 1;
    if (calls <= failures) return new Response("down for maintenance", { status: 503 });
    received.push({
      eventId: request.headers.get("Baton-Event-Id"),
      type: request.headers.get("Baton-Event-Type") ?? "",
      body: JSON.parse(body),
      verified: verified.ok,
    });
    return new Response("ok");
  });
  return received;
}
