import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./context";
import { validationError } from "./errors";

/** A sub-app whose request validation failures come back in our envelope (zod's own body is unreadable). */
export function createApi() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, _c) => {
      if (!result.success) throw validationError(result.error.issues, result.target);
    },
  });
}

export const errorResponses = {
  400: { description: "Invalid input: `error.details` names each field and why" },
  401: { description: "Missing or invalid API key" },
  404: { description: "No such resource in this workspace" },
  413: { description: "Body or text over the limits" },
} as const;
