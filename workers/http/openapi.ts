import { OpenAPIHono, z } from "@hono/zod-openapi";
import { LONE_SURROGATE_REASON, loneSurrogatePath } from "../protocol/unicode";
import type { AppEnv } from "./context";
import { ApiError, fieldPath, validationError } from "./errors";

/** A sub-app whose request validation failures come back in our envelope (zod's own body is unreadable). */
export function createApi() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, _c) => {
      if (!result.success) throw validationError(result.error.issues, result.target);
      const path = loneSurrogatePath(result.data);
      if (path) {
        const field = fieldPath(path) || result.target;
        throw new ApiError(400, "invalid_request", `${field}: ${LONE_SURROGATE_REASON}`, [
          { field, reason: LONE_SURROGATE_REASON },
        ]);
      }
    },
  });
}

/** The one error envelope (errors.ts), as documented on every error response. */
export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "invalid_request" }),
      message: z.string(),
      details: z.unknown().optional().openapi({ description: "For 400: `[{field, reason}]`" }),
    }),
  })
  .openapi("Error");

/** An error response for `createRoute`, with the envelope's schema. */
export function failure(description: string) {
  return { content: { "application/json": { schema: ErrorSchema } }, description };
}

/** What any authenticated route can answer (a route adds its own 403, 409… after spreading this). */
export const errorResponses = {
  400: failure("Invalid input: `error.details` names each field and why"),
  401: failure("Missing or invalid API key or session"),
  403: failure(
    "Not allowed: an agent beyond their role, or an API key without the scope (`insufficient_scope`)",
  ),
  404: failure("No such resource in this workspace"),
  413: failure("Body or text over the limits"),
} as const;

/** A JSON response or body entry for `createRoute`. */
export function json<T extends z.ZodType>(schema: T, description: string) {
  return { content: { "application/json": { schema } }, description };
}

/** A required JSON request body for `createRoute`. */
export function jsonBody<T extends z.ZodType>(schema: T) {
  return { content: { "application/json": { schema } }, required: true };
}

/** A JSON body the caller may leave out (the handler then reads `undefined`). */
export function optionalJsonBody<T extends z.ZodType>(schema: T) {
  return { content: { "application/json": { schema } }, required: false };
}

export const IdParam = z.object({ id: z.string().openapi({ param: { name: "id", in: "path" } }) });
