import { exports } from "cloudflare:workers";
import fc from "fast-check";
import { expect } from "vitest";
import { createApp, MAX_BODY_BYTES } from "../../../workers/http/app";
import { type ApiClient, BASE, newWorkspace } from "../helpers";

/** Cases per route: enough to meet every kind of bad input several times, small enough for a busy CI. */
export const CASES_PER_ROUTE = Number(process.env.BATON_FUZZ_CASES ?? 100);

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  nullable?: boolean;
  $ref?: string;
};
type Operation = {
  parameters?: { name: string; in: string }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
};
type Doc = {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
};

export interface Route {
  method: string;
  template: string;
  operation: Operation;
}

/** Every route of the OpenAPI document, read at collection time so each becomes its own test. */
export function documentedRoutes(): { routes: Route[]; doc: Doc } {
  const doc = createApp().getOpenAPI31Document({
    openapi: "3.1.0",
    info: { title: "fuzz", version: "1" },
  }) as unknown as Doc;
  const routes = Object.entries(doc.paths).flatMap(([template, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ method, template, operation })),
  );
  return { routes, doc };
}

/** The JSON types a schema allows; empty when it allows anything (then no value is the wrong type). */
function allowedTypes(schema: JsonSchema, doc: Doc): Set<string> {
  if (schema.$ref)
    return allowedTypes(doc.components?.schemas?.[schema.$ref.split("/").at(-1) ?? ""] ?? {}, doc);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) {
    const all = alternatives.map((s) => allowedTypes(s, doc));
    return all.some((t) => t.size === 0) ? new Set() : new Set(all.flatMap((t) => [...t]));
  }
  const types = new Set([schema.type ?? []].flat());
  if (types.has("integer")) types.add("number");
  if (schema.nullable) types.add("null");
  return types;
}

const VALUES_BY_TYPE: Record<string, fc.Arbitrary<unknown>> = {
  string: fc.string(),
  number: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
  boolean: fc.boolean(),
  null: fc.constant(null),
  array: fc.array(fc.jsonValue(), { maxLength: 3 }),
  object: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue(), { maxKeys: 3 }),
};

/** Values of a JSON type the field does not accept, or null when it accepts every type. */
function wrongValue(field: JsonSchema, doc: Doc): fc.Arbitrary<unknown> | null {
  const allowed = allowedTypes(field, doc);
  if (allowed.size === 0) return null;
  const wrong = Object.keys(VALUES_BY_TYPE).filter((t) => !allowed.has(t));
  return wrong.length ? fc.oneof(...wrong.map((t) => VALUES_BY_TYPE[t] as fc.Arbitrary<unknown>)) : null;
}

/** Keys that reach Object.prototype in careless code. */
const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty"];

/**
 * fast-check's report of a failure, with lone surrogates escaped: the test pool carries the report over a
 * WebSocket, which cannot send them, and would crash instead of showing the counterexample.
 */
export function reportEscaped<T>(details: fc.RunDetails<T>): void {
  if (!details.failed) return;
  const escaped = (text: string) =>
    text.replace(/[\ud800-\udfff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  throw new Error(
    `counterexample ${escaped(JSON.stringify(details.counterexample))}: ${escaped(String(details.errorInstance))}`,
  );
}

/** Strings that are hard to store faithfully: control characters, lone surrogates, joiners, RTL marks. */
export const oddText = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.string({
    unit: fc.constantFrom(
      "\u0000",
      "\u0007",
      "\u001b",
      "\u007f",
      "\u200d",
      "\u202e",
      "\ufeff",
      "\ud800",
      "\udfff",
      "🙂",
      "e\u0301",
    ),
  }),
);

/**
 * Request bodies that must be refused: text that is not JSON, JSON that is not an object, an object with a
 * field of the wrong type (next to prototype keys and odd text), or a body over the size limit.
 */
export function badBodies(route: Route, doc: Doc): fc.Arbitrary<string> {
  const schema = route.operation.requestBody?.content?.["application/json"]?.schema;
  const resolved = schema?.$ref ? doc.components?.schemas?.[schema.$ref.split("/").at(-1) ?? ""] : schema;
  const fields = Object.entries(resolved?.properties ?? {}).flatMap(([name, field]) => {
    const wrong = wrongValue(field, doc);
    return wrong ? [{ name, wrong }] : [];
  });
  const notJson = fc
    .tuple(fc.constantFrom("{,", "{'a':1}", '{"a":}', "nulx", "\u0000", "[1,]", '{"a":"\\x"}'), fc.string())
    .map(([prefix, rest]) => prefix + rest);
  const notAnObject = fc
    .oneof(
      fc.constant(null),
      fc.integer(),
      fc.string(),
      fc.boolean(),
      fc.array(fc.jsonValue(), { maxLength: 3 }),
    )
    .map((v) => JSON.stringify(v));
  const tooLarge = fc
    .integer({ min: 1, max: 3 })
    .map((n) => JSON.stringify({ text: "x".repeat(MAX_BODY_BYTES * n) }));
  const kinds: fc.Arbitrary<string>[] = [notJson, notAnObject, tooLarge];
  if (fields.length > 0) {
    const wrongField = fc
      .tuple(fc.constantFrom(...fields), fc.subarray(PROTOTYPE_KEYS), fc.jsonValue(), oddText)
      .chain(([field, protoKeys, protoValue, odd]) =>
        field.wrong.map((value) => {
          // Built as text: an object literal with `__proto__` would set the prototype, not a key.
          const extra = protoKeys.map((k) => `${JSON.stringify(k)}:${JSON.stringify(protoValue)}`);
          return `{${[...extra, `"odd":${JSON.stringify(odd)}`, `${JSON.stringify(field.name)}:${JSON.stringify(value)}`].join(",")}}`;
        }),
      );
    kinds.push(wrongField);
  }
  return fc.oneof(...kinds);
}

/** Percent-encoded text; a lone surrogate, which has no UTF-8, becomes the bytes careless encoders send. */
function encodeOdd(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return "%ED%A0%80";
  }
}

/** Path ids that name nothing: empty-ish, traversal, encoded controls, too long, another shape of id. */
export const bogusIds = fc.oneof(
  fc.constantFrom("x", "..", "%00", "%2e%2e", "cv_000000000000000000000000", "ag_nobody", "a".repeat(300)),
  oddText.filter((s) => s.length > 0).map(encodeOdd),
);

/** A workspace with one of each thing, so handlers behind validation see real ids. */
export async function fuzzWorkspace() {
  const ws = await newWorkspace("Fuzz");
  const { api } = ws;
  const ids: Record<string, string> = {
    conversation: (await api("POST", "/api/v1/conversations", {})).body.id,
    agent: (await api("POST", "/api/v1/agents", { name: "A", email: `a-${crypto.randomUUID()}@example.com` }))
      .body.id,
    team: (await api("POST", "/api/v1/teams", { name: "T" })).body.id,
    article: (await api("POST", "/api/v1/knowledge", { title: "An article", body: "Some help text" })).body
      .id,
  };
  return { ...ws, ids };
}

/** What a user could see of the workspace; equal before and after means bad input changed nothing. */
export async function workspaceState(api: ApiClient, conversationId: string): Promise<string> {
  const paths = [
    `/api/v1/conversations/${conversationId}`,
    "/api/v1/conversations",
    "/api/v1/rules",
    "/api/v1/settings",
    "/api/v1/persona",
    "/api/v1/agents",
    "/api/v1/teams",
    "/api/v1/knowledge",
  ];
  const bodies = await Promise.all(paths.map(async (p) => (await api("GET", p)).body));
  return JSON.stringify(bodies);
}

/** The id a route's `{id}` should be filled with, from the route's resource. */
export function realIdFor(template: string, ids: Record<string, string>): string {
  if (template.startsWith("/api/v1/agents")) return ids.agent as string;
  if (template.startsWith("/api/v1/teams")) return ids.team as string;
  if (template.startsWith("/api/v1/knowledge")) return ids.article as string;
  return ids.conversation as string;
}

/** Sends one request and checks the answer is a clear refusal: 4xx with the error envelope. */
export async function expectRefused(method: string, path: string, apiKey: string, body?: string) {
  const res = await exports.default.fetch(`${BASE}${path}`, {
    method: method.toUpperCase(),
    headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
    body,
  });
  const text = await res.text();
  const where = `${method.toUpperCase()} ${path} ${JSON.stringify(body?.slice(0, 80))}`;
  expect(res.status, `${where} → ${res.status} ${text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
  expect(res.status, `${where} → ${res.status} ${text.slice(0, 200)}`).toBeLessThan(500);
  const parsed = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
  expect(typeof parsed.error?.code, where).toBe("string");
  expect(typeof parsed.error?.message, where).toBe("string");
}

/** Odd values for query parameters: negative, huge, not numbers, encoded junk. */
const badQueryValue = fc.oneof(
  fc.constantFrom("-1", "0", "1e400", "NaN", "%FF", "%00", "", "9".repeat(40), '"NEAR(*'),
  oddText.map(encodeOdd),
);

/** Answers a GET gives: whatever is valid is answered, anything else a clear 4xx; never a 500. */
async function expectAnswered(path: string, apiKey: string) {
  const res = await exports.default.fetch(`${BASE}${path}`, {
    headers: { authorization: `Bearer ${apiKey}` },
  });
  const text = await res.text();
  expect(res.status, `GET ${path} → ${res.status} ${text.slice(0, 200)}`).toBeLessThan(500);
  if (res.status >= 400)
    expect(typeof (JSON.parse(text) as { error?: { code?: unknown } }).error?.code).toBe("string");
}

/**
 * The fast-check property of one route: bad input is refused with a 4xx and changes nothing a user can see.
 * Returns how many cases ran.
 */
export async function fuzzRoute(
  route: Route,
  doc: Doc,
  ws: Awaited<ReturnType<typeof fuzzWorkspace>>,
): Promise<number> {
  let cases = 0;
  const hasId = route.template.includes("{id}");
  const hasBody = route.operation.requestBody !== undefined;
  const realId = hasId ? realIdFor(route.template, ws.ids) : "";
  const fill = (id: string) => route.template.replace("{id}", id);
  if (route.method === "get") {
    const query = (route.operation.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name);
    const params = fc.array(fc.tuple(fc.constantFrom(...query, "unknown"), badQueryValue), { maxLength: 3 });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constant(realId), bogusIds), params, async (id, pairs) => {
        cases++;
        const search = pairs.map(([k, v]) => `${k}=${v}`).join("&");
        await expectAnswered(`${fill(id)}${search ? `?${search}` : ""}`, ws.apiKey);
      }),
      { numRuns: CASES_PER_ROUTE, reporter: reportEscaped },
    );
    return cases;
  }
  // A real id only with a body that must be refused; without a body only ids that name nothing are bad.
  const ids = hasId ? (hasBody ? fc.oneof(fc.constant(realId), bogusIds) : bogusIds) : fc.constant("");
  await fc.assert(
    fc.asyncProperty(ids, badBodies(route, doc), async (id, body) => {
      cases++;
      await expectRefused(route.method, fill(id), ws.apiKey, body);
    }),
    { numRuns: CASES_PER_ROUTE, reporter: reportEscaped },
  );
  return cases;
}
