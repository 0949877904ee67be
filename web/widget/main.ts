import type { Customer } from "../../workers/protocol/conversation";
import type { ClientFrame } from "../../workers/protocol/frames";
import type { WidgetConversation } from "../../workers/protocol/widget";
import { connectConversation } from "../shared/conversation-socket";
import {
  addPending,
  applyFrame,
  emptyTranscript,
  lastSeq,
  markFailed,
  type Transcript,
} from "../shared/transcript";
import { startConversation } from "./api";
import { sessionStore } from "./session";
import { createView } from "./view";
import { ClientFrameSchema, ServerFrameSchema } from "./wire";

/**
 * The embeddable chat widget:
 * `<script src="https://<baton>/widget.js" data-key="pk_…" data-title="Acme" data-color="#4f46e5"
 *  data-customer-name="Ada" data-customer-email="ada@example.com" data-attributes='{"plan":"pro"}' defer>`
 * A conversation starts only when the customer opens the chat, not on every page view.
 */
function boot(script: HTMLScriptElement): void {
  const key = script.dataset.key;
  if (!key) {
    console.error("Baton widget: add data-key with your workspace's publishable widget key");
    return;
  }
  const base = new URL(script.src);
  const store = sessionStore(key);
  const stored = store.load();
  let conversation: WidgetConversation | null = stored;
  let transcript = emptyTranscript(stored?.messages ?? []);
  let socket: ReturnType<typeof connectConversation> | null = null;
  let starting: Promise<void> | null = null;

  const view = createView(
    { title: script.dataset.title ?? "Support", accent: script.dataset.color ?? "#4f46e5" },
    {
      open: () => void ensureConnected(),
      send: (text) => {
        const clientId = `w-${crypto.randomUUID()}`;
        update(addPending(transcript, clientId, text));
        void ensureConnected().then(() => {
          if (!send({ type: "message", clientId, text })) update(markFailed(transcript, clientId));
        });
      },
      retry: (clientId) => {
        const p = transcript.pending.find((x) => x.clientId === clientId);
        if (!p) return;
        update({
          ...transcript,
          pending: transcript.pending.map((x) => (x === p ? { ...x, failed: false } : x)),
        });
        send({ type: "message", clientId, text: p.text });
      },
      typing: (typing) => void send({ type: "typing", typing }),
      email: (email) => void send({ type: "email", email }),
      rate: (score) => void send({ type: "csat", score }),
    },
  );
  document.body.append(view.element);
  view.render(transcript);

  function update(next: Transcript): void {
    transcript = next;
    if (conversation) store.save(conversation, transcript.messages);
    view.render(transcript);
  }

  /** Sends a valid frame (or leaves it for the reconnect); false when the frame itself is refused. */
  function send(frame: ClientFrame): boolean {
    const valid = ClientFrameSchema.safeParse(frame);
    if (!valid.success) {
      view.showError(frame.type === "email" ? "Please check the email address" : "That could not be sent");
      return false;
    }
    view.showError(null);
    socket?.send(valid.data);
    return true;
  }

  /** Resends what the server has not acknowledged: the same clientId, so it is stored once. */
  function flushPending(): void {
    for (const p of transcript.pending) {
      if (!p.failed) socket?.send({ type: "message", clientId: p.clientId, text: p.text });
    }
  }

  function ensureConnected(): Promise<void> {
    starting ??= (async () => {
      try {
        conversation ??= await startConversation(base, key as string, customerFromScript(script));
        store.save(conversation, transcript.messages);
        const { id, customerToken } = conversation;
        socket = connectConversation({
          base,
          conversationId: id,
          token: customerToken,
          schema: ServerFrameSchema,
          lastSeq: () => lastSeq(transcript),
          onFrame: (frame) => update(applyFrame(transcript, frame)),
          onOpen: flushPending,
        });
      } catch (err) {
        starting = null;
        view.showError(err instanceof Error ? err.message : "Could not start the chat");
      }
    })();
    return starting;
  }

  // A conversation in progress reconnects at once, so the customer sees replies that came meanwhile.
  if (stored) void ensureConnected();
}

/** The customer as the page describes them in data attributes; malformed attributes are left out. */
function customerFromScript(script: HTMLScriptElement): Omit<Customer, "id"> {
  const { customerName: name, customerEmail: email, attributes } = script.dataset;
  let parsed: Customer["attributes"];
  try {
    parsed = attributes ? (JSON.parse(attributes) as Customer["attributes"]) : undefined;
  } catch {
    console.warn("Baton widget: data-attributes is not JSON; ignored");
  }
  return {
    ...(name ? { name } : {}),
    ...(email ? { email } : {}),
    ...(parsed ? { attributes: parsed } : {}),
  };
}

const script = document.currentScript;
if (script instanceof HTMLScriptElement) {
  if (document.body) boot(script);
  else document.addEventListener("DOMContentLoaded", () => boot(script));
}
