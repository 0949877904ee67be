import { h } from "../shared/dom";
import type { Strings } from "./i18n/index";
import type { WidgetConfig } from "./wire";

type Form = NonNullable<WidgetConfig["prechat"]>;
export type PrechatAnswers = { name?: string; email?: string; topic?: string };

/**
 * The pre-chat form: the fields the workspace asks for that the page did not already give (`known`), and its
 * topics in the customer's language where the workspace wrote one. Null when there is nothing to ask.
 */
export function prechatForm(
  form: Form,
  known: { name: boolean; email: boolean },
  language: string,
  s: Strings,
  submit: (answers: PrechatAnswers) => void,
): HTMLFormElement | null {
  const field = (key: "name" | "email", label: string, type: string, autocomplete: string) => {
    if (form[key] === "hidden" || known[key]) return null;
    const required = form[key] === "required";
    const input = h("input", {
      id: `baton-pre-${key}`,
      name: key,
      type,
      autocomplete,
      required,
      maxlength: key === "name" ? "200" : "320",
    });
    return h(
      "div",
      { class: "field" },
      h("label", { for: input.id }, label, required ? "" : ` ${s.optional}`),
      input,
    );
  };
  const topics = form.topics.map((t) => [t.id, t.labels?.[language as "en"] ?? t.label] as const);
  const topic =
    topics.length > 0
      ? h(
          "div",
          { class: "field" },
          h("label", { for: "baton-pre-topic" }, s.prechatTopic),
          h(
            "select",
            { id: "baton-pre-topic", name: "topic", required: true },
            h("option", { value: "" }, s.prechatChoose),
            ...topics.map(([id, label]) => h("option", { value: id }, label)),
          ),
        )
      : null;
  const fields = [
    field("name", s.prechatName, "text", "name"),
    field("email", s.emailLabel, "email", "email"),
    topic,
  ];
  if (!fields.some(Boolean)) return null;
  const el = h(
    "form",
    { class: "card prechat", "aria-labelledby": "baton-pre-intro" },
    h("p", { id: "baton-pre-intro" }, s.prechatIntro),
    ...fields,
    h("button", { class: "primary", type: "submit" }, s.prechatStart),
  );
  el.addEventListener("submit", (e) => {
    e.preventDefault();
    const data = new FormData(el);
    const answers: PrechatAnswers = {};
    for (const key of ["name", "email", "topic"] as const) {
      const value = String(data.get(key) ?? "").trim();
      if (value) answers[key] = value;
    }
    submit(answers);
  });
  return el;
}
