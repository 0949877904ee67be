import createClient from "openapi-fetch";
import type { paths } from "./schema";

export type { components, paths } from "./schema";

/**
 * Baton's REST API, typed from its OpenAPI document (`npm run client:generate`): paths, parameters, bodies
 * and every response, errors included, are checked by the compiler.
 *
 * ```ts
 * const baton = createBatonClient({ baseUrl: "http://localhost:8787", token: "bk_…" });
 * const { data, error } = await baton.POST("/api/v1/conversations", { body: { customer: { name: "Ada" } } });
 * ```
 */
export function createBatonClient(options: {
  baseUrl: string;
  /** An API key (`bk_…`) or an agent session (`as_…`). */
  token: string;
  /** Another fetch (a service binding, a test's worker). */
  fetch?: (request: Request) => Promise<Response>;
}) {
  return createClient<paths>({
    baseUrl: options.baseUrl,
    headers: { authorization: `Bearer ${options.token}` },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}
