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

export const errorResponses = {
  400: { description: "Invalid input: `error.details` names each field and why" },
  401: { description: "Missing or invalid API key or session" },
  404: { description: "No such resource in this workspace" },
  413: { description: "Body or text over the limits" },
} as const;

/** A JSON response or body entry for `createRoute`. */
export function json<T extends z.ZodType>(schema: T, description: string) {
  return { content: { "application/json": { schema } }, description };
}

/** A required JSON request body for `createRoute`. */
export function jsonBody<T extends z.ZodType>(schema: T) {
  return { content: { "application/json": { schema } }, required: true };
}

export const IdParam = z.object({ id: z.string().openapi({ param: { name: "id", in: "path" } }) });
