import { exports } from "cloudflare:workers";
import { expect, it } from "vitest";
import { BASE, newWorkspace } from "./helpers";

/** Bodies a careless or hostile client sends. */
const BODIES: (string | undefined)[] = [
  undefined,
  "",
  "null",
  "[]",
  '"text"',
  "42",
  "{}",
  '{"text": null}',
  '{"text": {"nested": [1, 2, {"deeper": true}]}}',
  '{"text": "hi", "role": "agent", "clientId": "../../etc"}',
  '{"customer": {"attributes": {"a": {"b": 1}}}}',
  '{"email": 12, "score": "five", "agentId": [], "teamId": {}}',
  '{"status": "online", "messages": "nope", "rules": 3}',
  `{"text": "${"🙂".repeat(4001)}"}`,
  '{"turnLimit": 1e400, "keywords": {"patterns": ["(?<=a)b", "\\\\"]}}',
  "{not json",
  '{"__proto__": {"admin": true}, "constructor": {"prototype": {}}}',
];

const IDS = ["cv_000000000000000000000000", "x", "%00", "..", "ag_nobody", "a".repeat(300)];

it("no input, on any route of the API, gets a 500", async () => {
  const { apiKey, api } = await newWorkspace();
  // Real things too, so the handlers behind the validation see garbage as well.
  const conversation = (await api("POST", "/api/v1/conversations", {})).body.id as string;
  const agent = (await api("POST", "/api/v1/agents", { name: "A", email: "a@example.com" })).body
    .id as string;
  const team = (await api("POST", "/api/v1/teams", { name: "T" })).body.id as string;
  const ids = [...IDS, conversation, agent, team];
  const doc = (await (await exports.default.fetch(`${BASE}/api/v1/openapi.json`)).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  const failures: string[] = [];
  const seen = new Set<number>();
  for (const [template, methods] of Object.entries(doc.paths)) {
    for (const method of Object.keys(methods)) {
      for (const id of template.includes("{id}") ? ids : [""]) {
        const path = template.replace("{id}", encodeURIComponent(id));
        for (const body of method === "get" || method === "delete" ? [undefined] : BODIES) {
          const res = await exports.default.fetch(
            `${BASE}${path}?limit=-1&status=%FF&q=${encodeURIComponent('"NEAR(*')}`,
            {
              method: method.toUpperCase(),
              headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
              body,
            },
          );
          seen.add(res.status);
          if (res.status >= 500)
            failures.push(`${method.toUpperCase()} ${path} ${body?.slice(0, 40)} → ${res.status}`);
          await res.body?.cancel();
        }
      }
    }
  }
  expect(failures).toEqual([]);
  // It reached the handlers: validation, missing things and refused states all answered.
  expect([...seen].sort()).toEqual(expect.arrayContaining([200, 400, 404, 409, 413]));
  // Every route times every body: a minute and a half leaves room for a busy 2-core machine.
}, 90_000);
