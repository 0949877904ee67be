import type { Message } from "../../workers/protocol/message";
import { formatWait, h } from "../shared/dom";
import { emailOffered, type Pending, ratingAsked, type Transcript } from "../shared/transcript";
import { widgetStyles } from "./styles";

export type ViewOptions = { title: string; accent: string };
export type ViewEvents = {
  open: () => void;
  send: (text: string) => void;
  retry: (clientId: string) => void;
  typing: (typing: boolean) => void;
  email: (email: string) => void;
  rate: (score: number) => void;
};

/** The widget's DOM, built once inside a shadow root; `render` brings it up to date with a transcript. */
export function createView(options: ViewOptions, on: ViewEvents) {
  const host = h("div", { "data-baton-widget": true });
  const root = host.attachShadow({ mode: "open" });
  const launcher = h(
    "button",
    { class: "launcher", type: "button", "aria-expanded": "false" },
    "Chat with us",
  );
  const subtitle = h("p", {}, "We usually answer in seconds");
  const close = h("button", { class: "close", type: "button", "aria-label": "Close chat" }, "×");
  const wait = h("div", { class: "wait", role: "status", hidden: true });
  const log = h("ol", { class: "log", role: "log", "aria-live": "polite", "aria-label": "Messages" });
  const typing = h("p", { class: "typing", "aria-live": "polite" });
  const error = h("p", { class: "error", role: "alert", hidden: true });

  const emailInput = h("input", { id: "baton-email", type: "email", required: true, autocomplete: "email" });
  const emailForm = h(
    "form",
    { class: "card", hidden: true },
    h("label", { for: "baton-email" }, "Rather not wait? We'll answer by email"),
    h("div", { class: "row" }, emailInput, h("button", { class: "primary", type: "submit" }, "Send")),
  );
  const stars = [1, 2, 3, 4, 5].map((score) =>
    h("button", { type: "button", "aria-label": `${score} out of 5` }, String(score)),
  );
  const rating = h(
    "div",
    { class: "card", role: "group", "aria-labelledby": "baton-rate", hidden: true },
    h("p", { id: "baton-rate" }, "How did we do? 1 is poor, 5 is great"),
    h("div", { class: "stars" }, ...stars),
  );
  const textarea = h("textarea", { id: "baton-text", rows: "1", placeholder: "Write a message…" });
  const composer = h(
    "form",
    { class: "composer" },
    h("label", { class: "sr-only", for: "baton-text" }, "Your message"),
    textarea,
    h("button", { class: "primary", type: "submit" }, "Send"),
  );
  const panel = h(
    "section",
    { class: "panel", role: "dialog", "aria-label": `Chat with ${options.title}`, hidden: true },
    h("header", {}, h("div", {}, h("h2", {}, options.title), subtitle), close),
    wait,
    log,
    typing,
    error,
    emailForm,
    rating,
    composer,
  );
  const style = h("style", {}, widgetStyles(options.accent));
  root.append(style, launcher, panel);

  const setOpen = (open: boolean) => {
    panel.hidden = !open;
    launcher.hidden = open;
    launcher.setAttribute("aria-expanded", String(open));
    if (open) {
      on.open();
      textarea.focus();
    } else launcher.focus();
  };
  launcher.addEventListener("click", () => setOpen(true));
  close.addEventListener("click", () => setOpen(false));
  panel.addEventListener("keydown", (e) => {
    if (e.key === "Escape") setOpen(false);
  });

  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  textarea.addEventListener("input", () => {
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
    on.send(text);
  });
  emailForm.addEventListener("submit", (e) => {
    e.preventDefault();
    on.email(emailInput.value.trim());
  });
  stars.forEach((button, i) => {
    button.addEventListener("click", () => on.rate(i + 1));
  });

  const items = new Map<string, HTMLLIElement>();

  return {
    element: host,
    open: () => setOpen(true),
    showError(message: string | null) {
      error.textContent = message ?? "";
      error.hidden = message === null;
    },
    render(t: Transcript) {
      const agentName = latestAgentName(t.messages);
      const lastSent = t.messages.findLast((m) => m.role === "customer")?.seq;
      const wanted: [string, () => HTMLLIElement, (li: HTMLLIElement) => void][] = [
        // A system message with nothing for the customer to read (a status change) shows no line.
        ...t.messages
          .filter((m) => m.role !== "system" || m.text !== "")
          .map((m): [string, () => HTMLLIElement, (li: HTMLLIElement) => void] => [
            `m${m.seq}`,
            () => messageItem(m, agentName),
            (li) => setState(li, m.role === "customer" && m.seq === lastSent ? "Sent" : null),
          ]),
        ...t.pending.map((p): [string, () => HTMLLIElement, (li: HTMLLIElement) => void] => [
          `p${p.clientId}`,
          () => pendingItem(p),
          (li) => setPendingState(li, p, () => on.retry(p.clientId)),
        ]),
      ];
      if (t.draft) {
        const text = t.draft.text;
        wanted.push([
          `d${t.draft.draftId}`,
          () => bubble("bot draft", "Assistant", text),
          (li) => setText(li, text),
        ]);
      }
      const keys = new Set(wanted.map(([key]) => key));
      for (const [key, li] of items) {
        if (!keys.has(key)) {
          li.remove();
          items.delete(key);
        }
      }
      let added = false;
      for (const [key, create, update] of wanted) {
        let li = items.get(key);
        if (!li) {
          li = create();
          items.set(key, li);
          added = true;
        }
        update(li);
        log.append(li);
      }
      if (added) log.scrollTop = log.scrollHeight;

      const typist =
        t.typing === "agent" ? (agentName ?? "Your agent") : t.typing === "bot" ? "Assistant" : null;
      typing.textContent = typist ? `${typist} is typing…` : "";
      const waitText =
        t.status === "queued" && t.wait ? waitLine(t.wait.position, t.wait.estimatedWaitSeconds) : null;
      wait.textContent = waitText ?? "";
      wait.hidden = waitText === null;
      subtitle.textContent = subtitleFor(t, agentName);
      emailForm.hidden = !emailOffered(t);
      rating.hidden = !ratingAsked(t);
    },
  };
}

function latestAgentName(messages: Message[]): string | null {
  const name = messages.findLast((m) => typeof m.meta.agentName === "string")?.meta.agentName;
  return typeof name === "string" ? name : null;
}

function waitLine(position: number, seconds: number | null): string {
  const wait = formatWait(seconds);
  return `You're number ${position} in line${wait ? ` · ${wait}` : ""}`;
}

function subtitleFor(t: Transcript, agentName: string | null): string {
  switch (t.status) {
    case "assigned":
      return agentName ? `You're chatting with ${agentName}` : "You're chatting with our team";
    case "queued":
      return "Finding the right person for you";
    case "resolved":
      return "This conversation is closed. Write to start again";
    case "offline":
      return "We'll answer by email";
    default:
      return "Our assistant answers at once, a person when you need one";
  }
}

function messageItem(m: Message, agentName: string | null): HTMLLIElement {
  if (m.role === "system") return h("li", { class: "notice", "data-seq": String(m.seq) }, m.text);
  const who = m.role === "customer" ? "You" : m.role === "agent" ? (agentName ?? "Agent") : "Assistant";
  const li = bubble(m.role, who, m.text);
  li.dataset.seq = String(m.seq);
  return li;
}

function pendingItem(p: Pending): HTMLLIElement {
  return bubble("customer", "You", p.text);
}

function bubble(kind: string, who: string, text: string): HTMLLIElement {
  return h(
    "li",
    { class: `msg ${kind}` },
    h("span", { class: "who" }, who),
    h("div", { class: "bubble" }, text),
    h("span", { class: "state" }),
  );
}

function setText(li: HTMLLIElement, text: string): void {
  const el = li.querySelector(".bubble");
  if (el && el.textContent !== text) el.textContent = text;
}

function setState(li: HTMLLIElement, label: string | null): void {
  const state = li.querySelector(".state");
  if (state) state.textContent = label ?? "";
  li.dataset.state = label ? "sent" : "";
}

function setPendingState(li: HTMLLIElement, p: Pending, retry: () => void): void {
  const state = li.querySelector(".state");
  if (!state) return;
  li.dataset.state = p.failed ? "failed" : "pending";
  if (!p.failed) {
    state.textContent = "Sending…";
    return;
  }
  const again = h("button", { type: "button" }, "Not sent. Try again");
  again.addEventListener("click", retry);
  state.replaceChildren(again);
}
