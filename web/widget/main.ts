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
import { checkSession, loadPrechat, startConversation, WidgetApiError } from "./api";
import { loadStrings, pickLanguage } from "./i18n/index";
import { knownFromTag, startFromTag, storedUser, withAnswers } from "./identity";
import { sessionStore } from "./session";
import { createView } from "./view";
import { type PrechatAnswers, prechatForm } from "./view-prechat";
import { ClientFrames, ServerFrames } from "./wire";

/** A message the server has not acknowledged this long after it was sent on an open socket has failed. */
const ACK_TIMEOUT_MS = 10_000;
/** A socket's message budget refills one a second (docs/protocol.md); a little more, to be sure. */
const REFILL_MS = 1100;

/**
 * The embeddable chat widget, added by the loader (`/widget.js`) with the tag's data attributes:
 * `<script src="https://<baton>/widget.js" data-key="pk_…" data-title="Acme" data-color="#4f46e5"
 *  data-customer-name="Ada" data-customer-email="ada@example.com" data-attributes='{"plan":"pro"}'
 *  data-identity-token="<JWT from your server>" data-language="fr" data-help-centre="https://help.acme.com/a/"
 *  data-rep="sales" defer>`
 * A conversation starts only when the customer opens the chat, not on every page view.
 */
async function boot(script: HTMLScriptElement): Promise<void> {
  const data = script.dataset;
  const key = data.key;
  if (!key) {
    console.error("Baton widget: add data-key with your workspace's publishable widget key");
    return;
  }
  const base = new URL(script.src);
  const language = pickLanguage(data.language);
  const strings = await loadStrings(base, language);
  const store = sessionStore(key, storedUser(data));
  const stored = store.load();
  let conversation: WidgetConversation | null = stored;
  let transcript = emptyTranscript(stored?.messages ?? []);
  let socket: ReturnType<typeof connectConversation> | null = null;
  let starting: Promise<void> | null = null;
  let online = false;

  const view = createView(
    { title: data.title ?? "Support", color: data.color, strings, helpCentre: data.helpCentre },
    {
      open: (open) => {
        store.setOpen(open);
        if (open) void ensureConnected();
      },
      send: (text) => {
        const clientId = `w-${crypto.randomUUID()}`;
        update(addPending(transcript, clientId, text));
        void ensureConnected().then(() => sendMessage(clientId, text));
      },
      retry: (clientId) => {
        const p = transcript.pending.find((x) => x.clientId === clientId);
        if (!p) return;
        update({
          ...transcript,
          pending: transcript.pending.map((x) => (x === p ? { ...x, failed: false } : x)),
        });
        void ensureConnected().then(() => sendMessage(clientId, p.text));
      },
      typing: (typing) => void send({ type: "typing", typing }),
      email: (email) => void send({ type: "email", email }),
      rate: (score, comment) => void send({ type: "csat", score, ...(comment ? { comment } : {}) }),
    },
  );
  document.body.append(view.element);
  view.render(transcript);

  function update(next: Transcript): void {
    transcript = next;
    if (conversation) store.save(conversation, transcript.messages);
    view.render(transcript);
  }

  /** Sends a valid frame now, or leaves it for the reconnect; false when the frame itself is refused. */
  function send(frame: ClientFrame): boolean {
    const valid = ClientFrames.safeParse(frame);
    if (!valid.success) {
      view.showError(frame.type === "email" ? strings.emailInvalid : strings.whyInvalid);
      return false;
    }
    view.showError(null);
    socket?.send(valid.data);
    return true;
  }

  /** A message goes now if the socket is open (and must be acknowledged in time), else on the reconnect. */
  function sendMessage(clientId: string, text: string): void {
    if (!send({ type: "message", clientId, text })) {
      update(markFailed(transcript, clientId));
      return;
    }
    if (online) watchAck(clientId);
  }

  function watchAck(clientId: string): void {
    setTimeout(() => {
      const p = transcript.pending.find((x) => x.clientId === clientId);
      if (p && !p.failed && online) update(markFailed(transcript, clientId, "no_answer"));
    }, ACK_TIMEOUT_MS);
  }

  /**
   * Over the socket's budget (many sent at once, `rate_limited`): resent one at a time as the budget refills
   * (one a second), so a burst arrives whole instead of showing failures.
   */
  const throttled: string[] = [];
  function resendLater(clientId: string): void {
    throttled.push(clientId);
    if (throttled.length > 1) return; // already draining
    const next = () => {
      const id = throttled[0];
      const p = transcript.pending.find((x) => x.clientId === id);
      if (p && !p.failed) sendMessage(p.clientId, p.text);
      throttled.shift();
      if (throttled.length > 0) setTimeout(next, REFILL_MS);
    };
    setTimeout(next, REFILL_MS);
  }

  /** Resends what the server has not acknowledged: the same clientId, so it is stored once. */
  function flushPending(): void {
    for (const p of transcript.pending) {
      if (!p.failed && socket?.send({ type: "message", clientId: p.clientId, text: p.text })) {
        watchAck(p.clientId);
      }
    }
  }

  function setOnline(now: boolean): void {
    online = now;
    view.setOnline(now);
    view.render(transcript);
  }

  /** The socket failed before opening: a dead token starts afresh, a refusal is said, the network retries. */
  let checking = false;
  async function diagnose(token: string): Promise<void> {
    if (checking) return;
    checking = true;
    const refused = await checkSession(base, token);
    checking = false;
    if (!refused || conversation?.customerToken !== token) return;
    socket?.close();
    socket = null;
    starting = null;
    if (refused.status === 401) {
      // Expired or revoked: a new conversation, keeping what the customer has not sent yet.
      store.clear();
      conversation = null;
      update({ ...emptyTranscript(), pending: transcript.pending });
      await ensureConnected();
    } else {
      // Refused for good (this visitor or page may not chat): what was waiting will not go, so say so.
      update({ ...transcript, pending: transcript.pending.map((p) => ({ ...p, failed: true })) });
      view.showError(refused.code === "identity_required" ? strings.signInFirst : strings.startFailed);
    }
  }

  /** Before the first chat: the workspace's pre-chat form, when it has one and something is left to ask. */
  let answers: Promise<PrechatAnswers> | null = null;
  function askFirst(): Promise<PrechatAnswers> {
    answers ??= loadPrechat(base, key as string).then(
      (form) =>
        new Promise((resolve) => {
          const el =
            form &&
            prechatForm(form, knownFromTag(data), language, strings, (given) => {
              view.showPrechat(null);
              resolve(given);
            });
          if (el) view.showPrechat(el);
          else resolve({});
        }),
    );
    return answers;
  }

  function ensureConnected(): Promise<void> {
    starting ??= (async () => {
      try {
        conversation ??= await startConversation(
          base,
          key as string,
          withAnswers(startFromTag(data, language), await askFirst()),
        );
        store.save(conversation, transcript.messages);
        const { id, customerToken } = conversation;
        let opened = false;
        socket = connectConversation({
          base,
          conversationId: id,
          token: customerToken,
          schema: ServerFrames,
          lastSeq: () => lastSeq(transcript),
          onFrame: (frame) =>
            frame.type === "error" && frame.code === "rate_limited" && frame.clientId
              ? resendLater(frame.clientId)
              : update(applyFrame(transcript, frame)),
          onOpen: () => {
            opened = true;
            view.showError(null);
            setOnline(true);
            flushPending();
          },
          onClose: () => {
            setOnline(false);
            if (!opened) void diagnose(customerToken);
            opened = false;
          },
        });
      } catch (err) {
        starting = null;
        // The form's answers were refused (the workspace changed its form meanwhile): ask again.
        if (err instanceof WidgetApiError && err.status === 400) answers = null;
        const signIn = err instanceof WidgetApiError && err.code === "identity_required";
        view.showError(signIn ? strings.signInFirst : strings.startFailed);
      }
    })();
    return starting;
  }

  // The browser knows first when the network goes: say so at once, and reconnect as soon as it is back (a
  // socket that lived through the outage may be dead without knowing it), so waiting messages go out.
  addEventListener("offline", () => setOnline(false));
  addEventListener("online", () => socket?.reconnect());

  // A conversation in progress reconnects at once, so the customer sees replies that came meanwhile.
  if (stored) void ensureConnected();
  if (store.wasOpen()) view.setOpen(true);
}

const script = document.currentScript;
if (script instanceof HTMLScriptElement) {
  if (document.body) void boot(script);
  else document.addEventListener("DOMContentLoaded", () => void boot(script));
}
