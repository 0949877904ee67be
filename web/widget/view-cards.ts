import { h } from "../shared/dom";
import { emailOffered, ratingAsked, type Transcript } from "../shared/transcript";
import { fmt, type Strings } from "./i18n/index";

/** The cards under the log: the e-mail offer while waiting, and the rating (score, comment, thanks). */
export function createCards(
  s: Strings,
  on: { email: (email: string) => void; rate: (score: number, comment: string | undefined) => void },
) {
  const emailInput = h("input", { id: "baton-email", type: "email", required: true, autocomplete: "email" });
  const email = h(
    "form",
    { class: "card", hidden: true },
    h("label", { for: "baton-email" }, s.emailInvite),
    h(
      "div",
      { class: "row" },
      emailInput,
      h("button", { class: "primary", type: "submit", "aria-label": s.emailLabel }, s.send),
    ),
  );
  email.addEventListener("submit", (e) => {
    e.preventDefault();
    on.email(emailInput.value.trim());
  });

  let score = 0;
  const stars = [1, 2, 3, 4, 5].map((n) => {
    const b = h(
      "button",
      { type: "button", "aria-pressed": "false", "aria-label": fmt(s.rateScore, { n }) },
      String(n),
    );
    b.addEventListener("click", () => {
      score = n;
      for (const [i, star] of stars.entries()) star.setAttribute("aria-pressed", String(i + 1 === n));
      submit.disabled = false;
    });
    return b;
  });
  const comment = h("textarea", { id: "baton-comment", rows: "2", maxlength: "1000" });
  const submit = h("button", { class: "primary", type: "submit", disabled: true }, s.rateSend);
  const rating = h(
    "form",
    { class: "card", "aria-labelledby": "baton-rate", hidden: true },
    h("p", { id: "baton-rate" }, s.rateTitle),
    h("div", { class: "stars", role: "group", "aria-labelledby": "baton-rate" }, ...stars),
    h("label", { for: "baton-comment" }, s.rateComment),
    comment,
    submit,
  );
  rating.addEventListener("submit", (e) => {
    e.preventDefault();
    if (score > 0) on.rate(score, comment.value.trim() || undefined);
  });
  const thanks = h("p", { class: "card thanks", role: "status", hidden: true }, s.rateThanks);

  return {
    elements: [email, rating, thanks],
    /** Shows the cards the transcript calls for; true when one appeared (the log then scrolls to stay in view). */
    render(t: Transcript): boolean {
      const before = [email.hidden, rating.hidden, thanks.hidden];
      email.hidden = !emailOffered(t);
      rating.hidden = !ratingAsked(t);
      thanks.hidden = !rated(t);
      return [email, rating, thanks].some((card, i) => before[i] && !card.hidden);
    },
  };
}

/** The customer has just rated: the latest rating answers the latest request, and they wrote nothing since. */
function rated(t: Transcript): boolean {
  const asked = t.messages.findLastIndex((m) => m.meta.event === "csat_request");
  const given = t.messages.findLastIndex((m) => m.meta.event === "csat");
  return asked >= 0 && given > asked && !t.messages.slice(given).some((m) => m.role === "customer");
}
