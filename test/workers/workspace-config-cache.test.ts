import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { DEFAULT_RULES } from "../../workers/domain/rules";
import { type ApiClient, newWorkspace } from "./helpers";

/** Writes a rules document straight into D1, as a bad migration or a manual edit would. */
async function writeRulesDirectly(workspaceId: string, rules: unknown, bumpVersion: boolean) {
  await env.DB.prepare(
    `UPDATE workspaces SET rules = ?${bumpVersion ? ", config_version = config_version + 1" : ""} WHERE id = ?`,
  )
    .bind(JSON.stringify(rules), workspaceId)
    .run();
}

async function say(api: ApiClient, conversationId: string, text: string): Promise<string> {
  const { status, body } = await api("POST", `/api/v1/conversations/${conversationId}/messages`, { text });
  expect(status).toBe(201);
  return body.conversation.status;
}

describe("a conversation's copy of the workspace's rules, persona and settings", () => {
  it("is read once and kept until a PUT changes the version", async () => {
    const { api, id } = await newWorkspace();
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    expect(await say(api, conv.id, "hello")).toBe("bot");

    // Changed behind the API's back (no version bump): the cached copy stays in force.
    const withGiraffe = { ...DEFAULT_RULES, keywords: { phrases: ["green giraffe"], patterns: [] } };
    await writeRulesDirectly(id, withGiraffe, false);
    expect(await say(api, conv.id, "a green giraffe")).toBe("bot");

    // A PUT bumps the version: the very next message uses it.
    const put = await api("PUT", "/api/v1/rules", { keywords: { phrases: ["green giraffe"] } });
    expect(put.status).toBe(200);
    expect(await say(api, conv.id, "another green giraffe")).toBe("queued");
  });

  it("reports a stored document that stopped validating, and conversations keep the last valid one", async () => {
    const { api, id } = await newWorkspace();
    await api("PUT", "/api/v1/rules", { keywords: { phrases: ["purple elephant"] } });
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    expect(await say(api, conv.id, "hello")).toBe("bot");

    await writeRulesDirectly(id, { ...DEFAULT_RULES, turnLimit: "many" }, true);
    const { status, body } = await api("GET", "/api/v1/rules");
    expect(status).toBe(200);
    expect(body.warnings).toEqual([expect.stringContaining("turnLimit")]);

    // Not silently the defaults (which have no such phrase): the last valid rules still hand off.
    expect(await say(api, conv.id, "there is a purple elephant here")).toBe("queued");
  });
});
