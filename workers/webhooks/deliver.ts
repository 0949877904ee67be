import { DELIVERY_TIMEOUT_MS } from "./schedule";
import { EVENT_ID_HEADER, EVENT_TYPE_HEADER, SIGNATURE_HEADER, signatureHeader } from "./signature";

export type AttemptResult = {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
};

/**
 * One POST of an event's body to an endpoint, signed at the moment of sending (so the signature's time is
 * within the receiver's replay window on every retry). Only a 2xx counts as delivered; a time-out, a network
 * error or any other status is a failed attempt, described for the delivery log.
 */
export async function attemptDelivery(
  send: typeof fetch,
  endpoint: { url: string; secret: string },
  delivery: { eventId: string; eventType: string; body: string },
  now = Date.now(),
): Promise<AttemptResult> {
  const started = Date.now();
  const signature = await signatureHeader(endpoint.secret, delivery.body, Math.floor(now / 1000));
  try {
    const res = await send(endpoint.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "Baton-Webhooks/1",
        [SIGNATURE_HEADER]: signature,
        [EVENT_ID_HEADER]: delivery.eventId,
        [EVENT_TYPE_HEADER]: delivery.eventType,
      },
      body: delivery.body,
      redirect: "manual",
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    });
    // The body is not read: a receiver's answer means nothing but its status.
    await res.body?.cancel();
    return {
      ok: res.status >= 200 && res.status < 300,
      statusCode: res.status,
      error: res.status >= 200 && res.status < 300 ? null : `answered ${res.status}`,
      durationMs: Date.now() - started,
    };
  } catch (err) {
    return {
      ok: false,
      statusCode: null,
      error: String(err).slice(0, 500),
      durationMs: Date.now() - started,
    };
  }
}
