import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { z } from "zod";

/** The single error envelope of the API: `{error: {code, message, details?}}`. */
export type ErrorBody = { error: { code: string; message: string; details?: unknown } };

/** An expected failure with a stable machine-readable code. */
export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(status, { message });
  }
}

export const notFound = (what = "conversation") => new ApiError(404, "not_found", `No such ${what}`);

export function errorResponse(c: Context, status: ContentfulStatusCode, body: ErrorBody["error"]) {
  return c.json({ error: body } satisfies ErrorBody, status);
}

type Issue = z.core.$ZodIssue;

/** Field path as a person writes it: `customer.attributes.plan`, `messages[2].text`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, p) => (typeof p === "number" ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)),
    "",
  );
}

/**
 * Turns zod issues into our envelope. A text over the length limit is 413 (the request is too large, not
 * malformed); everything else is 400 naming each field and why.
 */
export function validationError(issues: readonly Issue[], target: string): ApiError {
  const details = issues.flatMap((i) =>
    i.code === "unrecognized_keys"
      ? i.keys.map((k) => ({ field: fieldPath([...i.path, k]), reason: "is not a known field" }))
      : [{ field: fieldPath(i.path) || target, reason: i.message }],
  );
  const tooLong = issues.find((i) => i.code === "too_big" && i.origin === "string");
  if (tooLong) {
    return new ApiError(
      413,
      "too_large",
      `${fieldPath(tooLong.path)} is too long: ${tooLong.message}`,
      details,
    );
  }
  const first = details[0];
  const message = first ? `${first.field}: ${first.reason}` : `Invalid ${target}`;
  return new ApiError(400, "invalid_request", message, details);
}

/** The one error handler: expected errors keep their status, anything else is a logged 500 with no internals. */
export function handleError(err: Error, c: Context) {
  if (err instanceof ApiError) {
    return errorResponse(c, err.status, {
      code: err.code,
      message: err.message,
      ...(err.details ? { details: err.details } : {}),
    });
  }
  if (err instanceof HTTPException) {
    const code = err.status === 400 ? "invalid_json" : err.status === 413 ? "too_large" : "http_error";
    return errorResponse(c, err.status as ContentfulStatusCode, { code, message: err.message });
  }
  console.error("unhandled error", err);
  return errorResponse(c, 500, { code: "internal", message: "Something went wrong on our side" });
}
