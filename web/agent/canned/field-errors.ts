import { CreateCannedReplySchema } from "../../../workers/protocol/replies";
import { ApiFailure, type CannedReplyInput } from "../api";

export type FieldErrors = Partial<Record<keyof CannedReplyInput | "form", string>>;

/** What is wrong with the form before it is sent: the wire schema's own reasons, by field. */
export function formProblems(input: CannedReplyInput): FieldErrors | null {
  const parsed = CreateCannedReplySchema.safeParse(input);
  if (parsed.success) return null;
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] === "shortcut" || issue.path[0] === "text" ? issue.path[0] : "form";
    // zod's own words for an empty field are for developers.
    errors[field] ??= issue.code === "too_small" && issue.minimum === 1 ? "must not be empty" : issue.message;
  }
  return errors;
}

/** The API's refusal, by field where it named one (a taken shortcut), else for the whole form. */
export function refusalProblems(err: unknown): FieldErrors {
  if (!(err instanceof ApiFailure)) return { form: "Could not save: try again" };
  const errors: FieldErrors = {};
  for (const d of err.details) {
    if (d.field === "shortcut" || d.field === "text") errors[d.field] ??= d.reason;
  }
  return Object.keys(errors).length > 0 ? errors : { form: err.message };
}
