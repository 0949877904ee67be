import type { ClientFrame, ServerFrame } from "../../workers/protocol/frames";

type MessageFrame = Extract<ClientFrame, { type: "message" }>;

/**
 * Sends again, after the time the server stated, a message it refused as `rate_limited`: same clientId, so
 * it is stored once however often it is tried. Messages are remembered from sending until acknowledged.
 */
export class RateLimitResend {
  private unacknowledged = new Map<string, MessageFrame>();

  constructor(
    private readonly send: (frame: ClientFrame) => boolean,
    private readonly later: (run: () => void, ms: number) => void = (run, ms) => setTimeout(run, ms),
  ) {}

  sent(frame: ClientFrame): void {
    if (frame.type === "message") this.unacknowledged.set(frame.clientId, frame);
  }

  /**
   * Looks at a frame from the server; true when it was a refusal of ours that will be retried (the caller
   * keeps the message pending instead of failed), false for anything else.
   */
  received(frame: ServerFrame): boolean {
    if (frame.type === "message" && frame.message.clientId) {
      this.unacknowledged.delete(frame.message.clientId);
      return false;
    }
    if (frame.type !== "error" || frame.code !== "rate_limited" || frame.retryAfterMs === undefined)
      return false;
    const message = frame.clientId ? this.unacknowledged.get(frame.clientId) : undefined;
    if (!message) return false;
    // Disconnected by then, the message stays pending and goes with the others on the reconnect.
    this.later(() => this.send(message), frame.retryAfterMs);
    return true;
  }
}
