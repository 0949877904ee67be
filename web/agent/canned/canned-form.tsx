import { useEffect, useRef, useState } from "preact/hooks";
import type { CannedReplyInput } from "../api";
import { FormError } from "../form-error";
import { type FieldErrors, formProblems, refusalProblems } from "./field-errors";

/**
 * A canned reply's shortcut and text, checked against the wire schema before it is sent; each problem,
 * the API's too (a shortcut another reply uses), is shown under its field and announced.
 */
export function CannedForm(props: {
  /** Makes the fields' ids unique when several forms are on screen (new, and the one being edited). */
  id: string;
  initial: CannedReplyInput;
  submitLabel: string;
  onSave: (input: CannedReplyInput) => Promise<void>;
  onCancel?: () => void;
}) {
  const { id, initial, submitLabel, onSave, onCancel } = props;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const shortcutBox = useRef<HTMLInputElement>(null);
  const textBox = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (onCancel) shortcutBox.current?.focus();
  }, [onCancel]);

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const input = {
      shortcut: String(data.get("shortcut") ?? "")
        .trim()
        .replace(/^\//, ""),
      text: String(data.get("text") ?? ""),
    };
    const problems = formProblems(input);
    if (problems) return show(problems);
    setBusy(true);
    try {
      await onSave(input);
      setErrors({});
      if (!onCancel) form.reset();
    } catch (err) {
      show(refusalProblems(err));
    } finally {
      setBusy(false);
    }
  };
  const show = (problems: FieldErrors) => {
    setErrors(problems);
    (problems.shortcut ? shortcutBox : problems.text ? textBox : shortcutBox).current?.focus();
  };
  const described = (field: "shortcut" | "text") => (errors[field] ? `${id}-${field}-error` : undefined);

  return (
    <form
      class="canned-form"
      noValidate
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === "Escape" && onCancel) onCancel();
      }}
    >
      <label for={`${id}-shortcut`}>Shortcut</label>
      <div class="shortcut-field">
        <span aria-hidden="true">/</span>
        <input
          id={`${id}-shortcut`}
          name="shortcut"
          ref={shortcutBox}
          defaultValue={initial.shortcut}
          aria-invalid={errors.shortcut ? "true" : undefined}
          aria-describedby={described("shortcut")}
          autocomplete="off"
        />
      </div>
      <FormError id={`${id}-shortcut-error`} error={errors.shortcut ?? null} />
      <label for={`${id}-text`}>Text</label>
      <textarea
        id={`${id}-text`}
        name="text"
        rows={3}
        ref={textBox}
        defaultValue={initial.text}
        aria-invalid={errors.text ? "true" : undefined}
        aria-describedby={described("text")}
      />
      <FormError id={`${id}-text-error`} error={errors.text ?? null} />
      <FormError error={errors.form ?? null} />
      <div class="row">
        <button class="primary" type="submit" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button class="secondary" type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
