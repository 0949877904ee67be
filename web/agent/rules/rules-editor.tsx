import type { ComponentChildren } from "preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import type { BacktestResult } from "../../../workers/protocol/backtest";
import { type Api, ApiFailure } from "../api";
import { FormError } from "../form-error";
import { BacktestPanel } from "./backtest-panel";
import { rulesApi } from "./rules-api";
import {
  CATEGORIES,
  type DraftField,
  fieldErrors,
  LANGUAGES,
  type RulesDraft,
  toDraft,
  toPatch,
} from "./rules-form";
import "./rules.css";

type Errors = Partial<Record<DraftField, string[]>>;
type NumberId = Exclude<DraftField, "categories" | "languages" | "form" | "phrases" | "patterns">;

/** The rules' numbers, grouped as a supervisor thinks of them: `[field, label, step]`. */
const NUMBER_GROUPS: { legend: string; fields: [NumberId, string, string][] }[] = [
  {
    legend: "Mood",
    fields: [
      ["negativeScore", "Negative at or below (−1 to 0)", "0.05"],
      ["strongNegativeScore", "Hand off at once at or below", "0.05"],
      ["consecutiveNegative", "Negative messages in a row", "1"],
    ],
  },
  {
    legend: "Limits",
    fields: [
      ["failureCount", "Bot failures before a handoff", "1"],
      ["turnLimit", "Turn limit (customer messages)", "1"],
      ["riskThreshold", "Predicted risk threshold (0 to 1; empty: off)", "0.05"],
    ],
  },
];

/**
 * The supervisor's handoff rules (everything `PUT /rules` accepts), with "Try these rules" replaying them
 * over stored conversations before anything is saved. The server validates: its field errors are shown
 * next to the field they name.
 */
export function RulesEditor({ token, client }: { token: string; client: Api }) {
  const rules = useMemo(() => rulesApi(token), [token]);
  const [draft, setDraft] = useState<RulesDraft | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState<string>("");
  const [busy, setBusy] = useState<"try" | "save" | null>(null);
  const [result, setResult] = useState<BacktestResult | null>(null);

  useEffect(() => {
    rules
      .load()
      .then((r) => setDraft(toDraft(r)))
      .catch((e: unknown) => setErrors({ form: [messageOf(e)] }));
  }, [rules]);

  if (!draft) {
    return (
      <div class="rules-screen">
        {errors.form ? <FormError error={errors.form.join(" ")} /> : <p class="muted">Loading the rules…</p>}
      </div>
    );
  }

  const set = (patch: Partial<RulesDraft>) => setDraft({ ...draft, ...patch });
  const run = async (kind: "try" | "save") => {
    setBusy(kind);
    setStatus("");
    try {
      if (kind === "try") {
        setResult(await rules.backtest(toPatch(draft)));
        setStatus("Replayed with these rules; nothing was saved.");
      } else {
        setDraft(toDraft(await rules.save(toPatch(draft))));
        setStatus("Saved: the rules apply to the next customer message.");
      }
      setErrors({});
    } catch (e) {
      // 400 and 413 (a text over its limit) name their fields; anything else is the form's.
      const fields = e instanceof ApiFailure && e.details.length > 0;
      setErrors(fields ? fieldErrors(e.details) : { form: [messageOf(e)] });
      const what = kind === "try" ? "Not replayed" : "Not saved";
      setStatus(fields ? `${what}: fix the fields marked below.` : `${what}.`);
    } finally {
      setBusy(null);
    }
  };
  const described = (field: DraftField) => invalid(errors, field);

  return (
    <div class="rules-screen">
      <form
        class="rules-form"
        aria-labelledby="rules-title"
        onSubmit={(e) => {
          e.preventDefault();
          void run("save");
        }}
      >
        <h2 id="rules-title">Handoff rules</h2>
        <p class="muted small">
          When the bot lets a conversation go to a person. Try changes on past conversations before saving
          them.
        </p>
        <FormError error={errors.form?.join(" ") ?? null} />

        <fieldset>
          <legend>Keywords</legend>
          <Field id="phrases" label="Phrases that go to a person (one a line)" errors={errors.phrases}>
            <textarea
              id="rules-phrases"
              rows={3}
              value={draft.phrases}
              onInput={(e) => set({ phrases: e.currentTarget.value })}
              {...described("phrases")}
            />
          </Field>
          <Field
            id="patterns"
            label="Patterns (regular expressions, RE2 syntax, one a line)"
            errors={errors.patterns}
          >
            <textarea
              id="rules-patterns"
              rows={4}
              class="code"
              spellcheck={false}
              value={draft.patterns}
              onInput={(e) => set({ patterns: e.currentTarget.value })}
              {...described("patterns")}
            />
          </Field>
        </fieldset>

        <fieldset {...described("categories")}>
          <legend>Topics that go to a person</legend>
          <p class="muted small">
            With intents (comma separated, e.g. refund), only messages with one of them do.
          </p>
          {CATEGORIES.map((category) => {
            const rule = draft.categories[category];
            const update = (patch: Partial<typeof rule>) =>
              set({ categories: { ...draft.categories, [category]: { ...rule, ...patch } } });
            return (
              <div class="category-row" key={category}>
                <label class="inline">
                  <input
                    type="checkbox"
                    checked={rule.on}
                    onChange={(e) => update({ on: e.currentTarget.checked })}
                  />{" "}
                  {category}
                </label>
                <label class="inline">
                  <span class="sr-only">Intents of {category}</span>
                  <input
                    type="text"
                    placeholder="every message"
                    disabled={!rule.on}
                    value={rule.intents}
                    onInput={(e) => update({ intents: e.currentTarget.value })}
                  />
                </label>
              </div>
            );
          })}
          <Errors id="categories" errors={errors.categories} />
        </fieldset>

        {NUMBER_GROUPS.map((group) => (
          <fieldset key={group.legend}>
            <legend>{group.legend}</legend>
            {group.fields.map(([id, label, step]) => (
              <NumberField
                key={id}
                id={id}
                label={label}
                step={step}
                draft={draft}
                set={set}
                errors={errors}
              />
            ))}
          </fieldset>
        ))}

        <fieldset {...described("languages")}>
          <legend>Languages the bot serves</legend>
          {LANGUAGES.map((language) => (
            <label class="inline" key={language}>
              <input
                type="checkbox"
                checked={draft.languages.includes(language)}
                onChange={(e) =>
                  set({
                    languages: e.currentTarget.checked
                      ? [...draft.languages, language]
                      : draft.languages.filter((l) => l !== language),
                  })
                }
              />{" "}
              {language}
            </label>
          ))}
          <Errors id="languages" errors={errors.languages} />
        </fieldset>

        <div class="row">
          <button type="button" class="secondary" disabled={busy !== null} onClick={() => void run("try")}>
            {busy === "try" ? "Replaying…" : "Try these rules"}
          </button>
          <button type="submit" class="primary" disabled={busy !== null}>
            {busy === "save" ? "Saving…" : "Save rules"}
          </button>
        </div>
        <p role="status" class="small">
          {status}
        </p>
      </form>
      <BacktestPanel result={result} client={client} />
    </div>
  );
}

function Field(props: { id: DraftField; label: string; errors?: string[]; children: ComponentChildren }) {
  return (
    <div class="field">
      <label for={`rules-${props.id}`}>{props.label}</label>
      {props.children}
      <Errors id={props.id} errors={props.errors} />
    </div>
  );
}

function NumberField(props: {
  id: NumberId;
  label: string;
  step: string;
  draft: RulesDraft;
  set: (patch: Partial<RulesDraft>) => void;
  errors: Errors;
}) {
  const { id, errors } = props;
  return (
    <Field id={id} label={props.label} errors={errors[id]}>
      <input
        id={`rules-${id}`}
        type="number"
        step={props.step}
        value={props.draft[id]}
        onInput={(e) => props.set({ [id]: e.currentTarget.value })}
        {...invalid(errors, id)}
      />
    </Field>
  );
}

/** Marks a control as wrong and points it at the server's reason, for screen readers. */
function invalid(errors: Errors, field: DraftField) {
  return errors[field] ? { "aria-invalid": true, "aria-describedby": `rules-error-${field}` } : {};
}

function Errors({ id, errors }: { id: DraftField; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={`rules-error-${id}`} class="field-error">
      {errors.join(" ")}
    </p>
  );
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
