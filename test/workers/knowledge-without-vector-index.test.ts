import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_ARTICLES } from "../../scripts/demo-knowledge";
import type { ChatTurn } from "../../workers/ai/provider";
import { getDb } from "../../workers/db/client";
import { createArticle, retrieveForTurn } from "../../workers/db/knowledge";
import { semanticIndexFor } from "../../workers/knowledge/semantic-index";
import { client, newWorkspace } from "./helpers";

// The local configuration (wrangler.toml's top level, which the tests run) binds neither Workers AI nor
// Vectorize: the semantic index does not exist, and knowledge behaves exactly as full-text search alone.
const db = getDb(env.DB);
let workspace: Awaited<ReturnType<typeof newWorkspace>>;

beforeAll(async () => {
  workspace = await newWorkspace();
  for (const { id: _demoId, ...article } of DEMO_ARTICLES) await createArticle(db, workspace.id, article);
});

const customer = (text: string): ChatTurn => ({ role: "customer", text });

describe("knowledge without a vector index", () => {
  it("has no AI or VECTORIZE binding, so no semantic index", () => {
    expect(env.AI).toBeUndefined();
    expect(env.VECTORIZE).toBeUndefined();
    expect(semanticIndexFor(env)).toBeUndefined();
  });

  it("retrieves exactly as full-text search when asked to use the (absent) index", async () => {
    const histories = [
      [customer("How do I connect Slack?")],
      [customer("How do I connect Slack?"), customer("and with Teams?")],
      [customer("Do you offer a discount for nonprofits?")],
      [customer("Can you cancel my Netflix subscription?")],
    ];
    for (const history of histories) {
      const plain = await retrieveForTurn(db, workspace.id, history);
      expect(await retrieveForTurn(db, workspace.id, history, { semantic: semanticIndexFor(env) })).toEqual(
        plain,
      );
    }
  });

  it("creates, changes and deletes articles with nothing to index", async () => {
    const { api } = workspace;
    const created = await api("POST", "/api/v1/knowledge", { title: "Webhooks", body: "Add a webhook URL." });
    expect(created.status).toBe(201);
    expect((await api("PATCH", `/api/v1/knowledge/${created.body.id}`, { tags: ["api"] })).status).toBe(200);
    expect((await api("DELETE", `/api/v1/knowledge/${created.body.id}`)).status).toBe(204);
  });

  it("answers a re-index with 501 and says what is missing", async () => {
    const res = await workspace.api("POST", "/api/v1/knowledge/reindex");
    expect(res.status).toBe(501);
    expect(res.body.error).toMatchObject({
      code: "not_configured",
      message: expect.stringMatching(/VECTORIZE/),
    });
  });

  it("lets only API keys and supervisors re-index", async () => {
    const agent = {
      name: "Tom",
      email: `tom-${crypto.randomUUID()}@example.com`,
      password: "correct horse battery",
    };
    expect((await workspace.api("POST", "/api/v1/agents", agent)).status).toBe(201);
    const login = await client(null)("POST", "/api/v1/auth/login", {
      email: agent.email,
      password: agent.password,
    });
    const res = await client(login.body.token)("POST", "/api/v1/knowledge/reindex");
    expect(res.status).toBe(403);
  });
});
