import { MAX_TEXT_LENGTH } from "../../workers/protocol/limits";
import type { Message } from "../../workers/protocol/message";
import { h } from "../shared/dom";
import type { Transcript } from "../shared/transcript";
import { brandColours } from "./contrast";
import { fmt, type Strings } from "./i18n/index";
import { widgetStyles } from "./styles";
import { createCards } from "./view-cards";
import { bubble, initials, messageItem, setPendingState, setState, setText } from "./view-log";

/** `color`: the tag's brand colour (`data-color`, hex), if any. */
export type ViewOptions = { title: string; color?: string; strings: Strings; helpCentre?: string };
export type ViewEvents = {
  open: (open: boolean) => void;
  send: (text: string) => void;
  retry: (clientId: string) => void;
  typing: (typing: boolean) => void;
  email: (email: string) => void;
  rate: (score: number, comment: string | undefined) => void;
};

/** The counter appears once a message is this close to the limit. */
const COUNTER_FROM = MAX_TEXT_LENGTH * 0.8;
/** The panel fills the screen below this width (styles.ts); the page behind must not scroll then. */
const FULL_SCREEN = "(max-width: 480px)";

type Row = [key: string, create: () => HTMLLIElement, update: (li: HTMLLIElement) => void];

/** The widget's DOM, built once inside a shadow root; `render` brings it up to date with a transcript. */
export function createView(options: ViewOptions, on: ViewEvents) {
  const s = options.strings;
  const host = h("div", { "data-baton-widget": true });
  const root = host.attachShadow({ mode: "open" });
  const badge = h("span", { class: "badge", hidden: true });
  const preview = h("span", { class: "preview", hidden: true });
  const launcher = h(
    "button",
    { class: "launcher", type: "button", "aria-expanded": "false" },
    h("span", {}, s.launcher),
    badge,
  );
  const avatar = h("span", { class: "avatar", "aria-hidden": "true", hidden: true });
  const subtitle = h("p", {}, s.subtitleBot);
  const close = h("button", { class: "close", type: "button", "aria-label": s.close }, "×");
  const connection = h("div", { class: "connection", role: "status", hidden: true });
  const wait = h("div", { class: "wait", role: "status", hidden: true });
  const list = h("ol", { class: "messages" });
  // The live region wraps the list, so screen readers keep its list semantics; focusable to scroll by keys.
  const log = h(
    "div",
    { class: "log", role: "log", "aria-live": "polite", "aria-label": s.messages, tabindex: "0" },
    list,
  );
  const typing = h("p", { class: "typing", "aria-live": "polite" });
  const error = h("p", { class: "error", role: "alert", hidden: true });
  const cards = createCards(s, on);
  const textarea = h("textarea", {
    id: "baton-text",
    rows: "1",
    placeholder: s.placeholder,
    maxlength: String(MAX_TEXT_LENGTH),
    "aria-describedby": "baton-counter",
  });
  const counter = h("p", { id: "baton-counter", class: "counter", "aria-live": "polite" });
  const composer = h(
    "form",
    { class: "composer" },
    h("label", { class: "sr-only", for: "baton-text" }, s.yourMessage),
    textarea,
    h("button", { class: "primary", type: "submit" }, s.send),
  );
  const panel = h(
    "section",
    { class: "panel", role: "dialog", "aria-label": fmt(s.chatWith, { name: options.title }), hidden: true },
    h("header", {}, avatar, h("div", {}, h("h2", {}, options.title), subtitle), close),
    connection,
    wait,
    log,
    typing,
    error,
    ...cards.elements,
    counter,
    composer,
  );
  root.append(h("style", {}, widgetStyles(brandColours(options.color))), preview, launcher, panel);

  let unread = 0;
  let seenSeq = 0;
  const scrollLock = matchMedia(FULL_SCREEN);
  const lockPage = (lock: boolean) => {
    document.documentElement.style.overflow = lock && scrollLock.matches ? "hidden" : "";
  };
  const setOpen = (open: boolean, focus = true) => {
    panel.hidden = !open;
    launcher.hidden = open;
    launcher.setAttribute("aria-expanded", String(open));
    lockPage(open);
    if (open) {
      unread = 0;
      badge.hidden = preview.hidden = true;
      log.scrollTop = log.scrollHeight;
      if (focus) textarea.focus();
    } else if (focus) launcher.focus();
    on.open(open);
  };
  launcher.addEventListener("click", () => setOpen(true));
  close.addEventListener("click", () => setOpen(false));
  panel.addEventListener("keydown", (e) => {
    if (e.key === "Escape") setOpen(false);
  });

  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  const showCounter = () => {
    const n = textarea.value.length;
    counter.textContent = n >= COUNTER_FROM ? fmt(s.counter, { n, max: MAX_TEXT_LENGTH }) : "";
    counter.hidden = n < COUNTER_FROM;
  };
  showCounter();
  textarea.addEventListener("input", () => {
    showCounter();
    if (!typingTimer) on.typing(true);
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      typingTimer = undefined;
      on.typing(false);
    }, 2500);
  });
  textarea.addEventListener("keydown", (e) => {
    // Enter sends, Shift+Enter starts a new line, as in every chat.
    if (e.key === "Enter" && !e.shiftKey) {
      e.preventDefault();
      composer.requestSubmit();
    }
  });
  composer.addEventListener("submit", (e) => {
    e.preventDefault();
    const text = textarea.value.trim();
    if (!text) return;
    clearTimeout(typingTimer);
    typingTimer = undefined;
    textarea.value = "";
    showCounter();
    on.send(text);
  });

  const items = new Map<string, HTMLLIElement>();
  let online = true;

  let prechat: HTMLFormElement | null = null;

  return {
    element: host,
    setOpen: (open: boolean) => setOpen(open, false),
    /** The pre-chat form in place of the composer until it is answered (null: the composer again). */
    showPrechat(form: HTMLFormElement | null) {
      prechat?.remove();
      prechat = form;
      composer.hidden = form !== null;
      if (!form) return;
      composer.before(form);
      form.querySelector<HTMLElement>("input, select")?.focus();
    },
    showError(message: string | null) {
      error.textContent = message ?? "";
      error.hidden = message === null;
    },
    /** The socket's state: a lost connection is said at once, its return briefly. */
    setOnline(now: boolean) {
      if (now === online) return;
      online = now;
      connection.textContent = now ? s.online : s.offline;
      connection.dataset.state = now ? "online" : "offline";
      connection.hidden = false;
      if (now)
        setTimeout(() => {
          if (online) connection.hidden = true;
        }, 2500);
    },
    render(t: Transcript) {
      const agentName = latestAgentName(t.messages);
      const lastSent = t.messages.findLast((m) => m.role === "customer")?.seq;
      const rows: Row[] = [
        // A system message with nothing for the customer to read (a status change) shows no line.
        ...t.messages
          .filter((m) => m.role !== "system" || m.text !== "")
          .map(
            (m): Row => [
              `m${m.seq}`,
              () => messageItem(m, s, options.helpCentre),
              (li) => setState(li, m.role === "customer" && m.seq === lastSent ? s.sent : null),
            ],
          ),
        ...t.pending.map(
          (p): Row => [
            `p${p.clientId}`,
            () => bubble("customer", s.you, p.text),
            (li) => setPendingState(li, p, online, s, () => on.retry(p.clientId)),
          ],
        ),
      ];
      if (t.draft) {
        const text = t.draft.text;
        rows.push([
          `d${t.draft.draftId}`,
          () => bubble("bot draft", s.assistant, text),
          (li) => setText(li, text),
        ]);
      }
      const keys = new Set(rows.map(([key]) => key));
      for (const [key, li] of items) {
        if (!keys.has(key)) {
          li.remove();
          items.delete(key);
        }
      }
      let added = false;
      for (const [key, create, update] of rows) {
        let li = items.get(key);
        if (!li) {
          li = create();
          items.set(key, li);
          added = true;
        }
        update(li);
        list.append(li);
      }

      const typist =
        t.typing === "agent" ? (agentName ?? s.yourAgent) : t.typing === "bot" ? s.assistant : null;
      typing.textContent = typist ? fmt(s.typing, { name: typist }) : "";
      const waitText = t.status === "queued" ? waitLine(t, s) : null;
      wait.textContent = waitText ?? "";
      wait.hidden = waitText === null;
      subtitle.textContent = subtitleFor(t, agentName, s);
      avatar.textContent = agentName && t.status === "assigned" ? initials(agentName) : "";
      avatar.hidden = avatar.textContent === "";
      // A card that appears takes room from the log: keep the newest message in view.
      if (cards.render(t) || added) log.scrollTop = log.scrollHeight;
      if (panel.hidden) showUnread(t);
      seenSeq = Math.max(seenSeq, t.messages.at(-1)?.seq ?? 0);
    },
  };

  /** While closed: a badge counts what others wrote since, and the launcher previews the latest. */
  function showUnread(t: Transcript): void {
    const fresh = t.messages.filter((m) => m.seq > seenSeq && seenSeq > 0 && m.role !== "customer" && m.text);
    if (fresh.length === 0) return;
    unread += fresh.length;
    badge.textContent = fmt(s.unread, { n: unread });
    preview.textContent = (fresh.at(-1)?.text ?? "").slice(0, 120);
    badge.hidden = preview.hidden = false;
  }
}

function latestAgentName(messages: Message[]): string | null {
  const name = messages.findLast((m) => typeof m.meta.agentName === "string")?.meta.agentName;
  return typeof name === "string" ? name : null;
}

function formatWait(seconds: number | null, s: Strings): string | null {
  if (seconds === null) return null;
  if (seconds < 60) return s.underMinute;
  const minutes = Math.round(seconds / 60);
  return minutes < 60 ? fmt(s.minutes, { n: minutes }) : fmt(s.hours, { n: Math.round(minutes / 60) });
}

/**
 * One sentence about the line: the place and the wait, or, when the line said nobody can answer now, that
 * (never "number 1 in line" next to "nobody is available").
 */
function waitLine(t: Transcript, s: Strings): string | null {
  const offer = t.messages.findLast((m) => m.meta.event === "email_offer")?.meta.reason;
  if (offer === "nobody_online") return s.nobody;
  if (offer === "closed") return s.closed;
  if (!t.wait) return null;
  const wait = formatWait(t.wait.estimatedWaitSeconds, s);
  return `${fmt(s.position, { n: t.wait.position })}${wait ? ` · ${wait}` : ""}`;
}

function subtitleFor(t: Transcript, agentName: string | null, s: Strings): string {
  switch (t.status) {
    case "assigned":
      return agentName ? fmt(s.subtitleAgent, { name: agentName }) : s.subtitleTeam;
    case "queued":
      return s.subtitleQueued;
    case "resolved":
      return s.subtitleResolved;
    case "offline":
      return s.subtitleOffline;
    default:
      return s.subtitleBot;
  }
}
