import { useEffect, useRef, useState } from "preact/hooks";
import type { Api } from "./api";
import { FormError } from "./form-error";

/** How long a resolve can be taken back before it is sent. */
export const UNDO_MS = 5000;

/** "Resolved" with Undo, for the few seconds before the resolve is sent. */
export function UndoBar({ label, onUndo }: { label: string; onUndo: () => void }) {
  const [left, setLeft] = useState(Math.round(UNDO_MS / 1000));
  useEffect(() => {
    const timer = setInterval(() => setLeft((s) => Math.max(0, s - 1)), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <div class="undo-bar" role="status">
      Resolving the chat with {label} in {left} s.{" "}
      <button type="button" class="secondary" onClick={onUndo}>
        Undo
      </button>
    </div>
  );
}

/**
 * After a resolve: the agent rates the handoff (was it needed, how accurate the summary was, a comment),
 * stored for metrics. A modal dialog: Escape or Skip closes it without a rating.
 */
export function HandoffRatingDialog(props: {
  client: Api;
  conversationId: string;
  label: string;
  onClose: () => void;
}) {
  const { client, conversationId, label, onClose } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const needed = form.get("needed");
    const accuracy = Number(form.get("accuracy"));
    if (!needed || !accuracy) return setError("Answer both questions, or skip.");
    const comment = String(form.get("comment") ?? "").trim();
    try {
      await client.rateHandoff(conversationId, {
        needed: needed === "yes",
        summaryAccuracy: accuracy,
        ...(comment ? { comment } : {}),
      });
      onClose();
    } catch (err) {
      setError(`The rating was not saved: ${err instanceof Error ? err.message : "try again"}`);
    }
  };
  return (
    <dialog
      ref={dialog}
      class="rating"
      aria-labelledby="rating-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={submit}>
        <h2 id="rating-title">How was the handoff of {label}?</h2>
        <fieldset>
          <legend>Did this chat need a person?</legend>
          <label class="inline">
            <input type="radio" name="needed" value="yes" /> Yes
          </label>
          <label class="inline">
            <input type="radio" name="needed" value="no" /> No, the bot could have handled it
          </label>
        </fieldset>
        <fieldset>
          <legend>How accurate was the summary? (1 wrong, 5 spot on)</legend>
          {[1, 2, 3, 4, 5].map((n) => (
            <label class="inline" key={n}>
              <input type="radio" name="accuracy" value={n} /> {n}
            </label>
          ))}
        </fieldset>
        <label for="rating-comment">Comment (optional)</label>
        <textarea id="rating-comment" name="comment" rows={2} maxLength={1000} />
        <FormError error={error} />
        <div class="row">
          <button class="primary" type="submit">
            Save rating
          </button>
          <button class="secondary" type="button" onClick={onClose}>
            Skip
          </button>
        </div>
      </form>
    </dialog>
  );
}
