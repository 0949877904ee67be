import { type Schema, Validator } from "@cfworker/json-schema";
import { client } from "./helpers";

type Operation = {
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
};
export type OpenApiDocument = {
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, unknown>;
};

/** One call a test made, as the document names its route. */
export type Exchange = { method: string; route: string; status: number; body: unknown };

/** The document the Worker serves. */
export async function servedDocument(): Promise<OpenApiDocument> {
  return (await client(null)("GET", "/api/v1/openapi.json")).body as OpenApiDocument;
}

/**
 * The documented route a concrete path belongs to: the template with the most literal segments wins, so
 * `/knowledge/search` is not read as `/knowledge/{id}`.
 */
export function routeOf(doc: OpenApiDocument, method: string, path: string): string | null {
  const pathname = path.split("?")[0] ?? path;
  const candidates = Object.keys(doc.paths).filter((template) => {
    if (!doc.paths[template]?.[method.toLowerCase()]) return false;
    const pattern = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{\w+\\?\}/g, "[^/]+");
    return new RegExp(`^${pattern}$`).test(pathname);
  });
  const literal = (t: string) => t.split("/").filter((s) => !s.startsWith("{")).length;
  return candidates.sort((a, b) => literal(b) - literal(a))[0] ?? null;
}

/**
 * A client like `helpers.client` that writes down every call with the route the document names for it,
 * so a test can drive the API as a user would and check every answer against the document afterwards.
 */
export function recordingClient(doc: OpenApiDocument, log: Exchange[]) {
  return (token: string | null) => {
    const call = client(token);
    return async (...args: Parameters<typeof call>) => {
      const res = await call(...args);
      const [method, path] = args;
      log.push({
        method,
        route: routeOf(doc, method, path) ?? `(undocumented) ${path}`,
        status: res.status,
        body: res.body,
      });
      return res;
    };
  };
}

/**
 * What is wrong with one answer against the document: an undocumented status, or a JSON body that does not
 * validate against the response's schema (JSON Schema 2020-12, `$ref`s into the document's components).
 */
export function conformanceProblems(doc: OpenApiDocument, exchange: Exchange): string[] {
  const { method, route, status, body } = exchange;
  const where = `${method} ${route} → ${status}`;
  const operation = doc.paths[route]?.[method.toLowerCase()];
  if (!operation) return [`${where}: not in the document`];
  const response = operation.responses[String(status)];
  if (!response) return [`${where}: status not documented`];
  const schema = response.content?.["application/json"]?.schema;
  if (!schema)
    return status === 204 || body === "" ? [] : [`${where}: a body the document does not describe`];
  const result = new Validator(
    { ...schema, components: doc.components } as Schema,
    "2020-12",
    false,
  ).validate(body);
  return result.valid
    ? []
    : result.errors
        .filter((e) => e.keyword !== "properties" && e.keyword !== "items" && e.keyword !== "$ref")
        .slice(0, 3)
        .map((e) => `${where}: ${e.instanceLocation} ${e.error}`);
}
