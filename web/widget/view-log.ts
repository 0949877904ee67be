import type { Message } from "../../workers/protocol/message";
import { h } from "../shared/dom";
import type { Pending } from "../shared/transcript";
import { fmt, type Strings } from "./i18n/index";

/**
 * The message log's items: who, what (links made clickable, never HTML), when, and for the customer's own
 * messages where they are (sending, waiting for the network, failed and why, with a retry).
 */

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]]/g;

/** Text with its http(s) links as anchors; everything else stays text, so markup in a message is inert. */
export function linkify(text: string): (string | HTMLAnchorElement)[] {
  const out: (string | HTMLAnchorElement)[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    out.push(text.slice(last, match.index));
    out.push(h("a", { href: match[0], target: "_blank", rel: "noopener noreferrer nofollow" }, match[0]));
    last = match.index + match[0].length;
  }
  out.push(text.slice(last));
  return out;
}

const clock = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? "" : d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
};

/** Up to two initials of a name, for the agent's avatar. */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase())
    .join("");
}

type Cited = { articleId: string; title: string };

function citations(meta: Message["meta"]): Cited[] {
  const list = meta.citations;
  return Array.isArray(list)
    ? list.filter((c): c is Cited => typeof c?.articleId === "string" && typeof c.title === "string")
    : [];
}

export function bubble(kind: string, who: string, text: string, at?: string): HTMLLIElement {
  return h(
    "li",
    { class: `msg ${kind}` },
    h("span", { class: "who" }, who, at ? h("time", { datetime: at }, ` · ${clock(at)}`) : null),
    h("div", { class: "bubble" }, ...linkify(text)),
    h("span", { class: "state" }),
  );
}

export function messageItem(m: Message, s: Strings, helpCentre: string | undefined): HTMLLIElement {
  if (m.role === "system") {
    return h("li", { class: "notice", "data-seq": String(m.seq) }, ...linkify(m.text));
  }
  const agentName = typeof m.meta.agentName === "string" ? m.meta.agentName : null;
  const who = m.role === "customer" ? s.you : m.role === "agent" ? (agentName ?? s.agent) : s.assistant;
  const li = bubble(m.role, who, m.text, m.createdAt);
  li.dataset.seq = String(m.seq);
  const cited = citations(m.meta);
  if (cited.length > 0) {
    // The bot's sources: links to the help centre when the tag says where it is, titles otherwise.
    const items = cited.map((c) =>
      h(
        "li",
        {},
        helpCentre
          ? h(
              "a",
              { href: `${helpCentre}${encodeURIComponent(c.articleId)}`, target: "_blank", rel: "noopener" },
              c.title,
            )
          : c.title,
      ),
    );
    li.querySelector(".bubble")?.after(h("ul", { class: "sources", "aria-label": s.sources }, ...items));
  }
  return li;
}

export function setText(li: HTMLLIElement, text: string): void {
  const el = li.querySelector(".bubble");
  if (el && el.textContent !== text) el.replaceChildren(...linkify(text));
}

export function setState(li: HTMLLIElement, label: string | null): void {
  const state = li.querySelector(".state");
  if (state) state.textContent = label ?? "";
  li.dataset.state = label ? "sent" : "";
}

/** A sent message not yet acknowledged: sending, waiting for the network, or failed (why, and a retry). */
export function setPendingState(
  li: HTMLLIElement,
  p: Pending,
  online: boolean,
  s: Strings,
  retry: () => void,
): void {
  const state = li.querySelector(".state");
  if (!state) return;
  li.dataset.state = p.failed ? "failed" : online ? "pending" : "offline";
  if (!p.failed) {
    state.textContent = online ? s.sending : s.queuedOffline;
    return;
  }
  const again = h("button", { type: "button" }, s.retry);
  again.addEventListener("click", retry);
  state.replaceChildren(
    fmt(s.failed, { why: p.reason === "no_answer" ? s.whyNoAnswer : s.whyInvalid }),
    " ",
    again,
  );
}
