import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { newWorkspace } from "./helpers";
import { eventually, signedInAgent } from "./queue-helpers";

describe("an agent rates the handoff they received", () => {
  it("stores one rating per agent and handoff (a second replaces it), and refuses anyone else", async () => {
    const { id: workspaceId, api } = await newWorkspace();
    const tom = await signedInAgent(api, { name: "Tom", skills: ["general"] });
    const bea = await signedInAgent(api, { name: "Bea", skills: ["general"], role: "supervisor" });
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    await api("POST", `/api/v1/conversations/${conv.id}/messages`, { text: "hello" });
    const rate = (body: unknown, as = tom.session) =>
      as("PUT", `/api/v1/conversations/${conv.id}/handoff-rating`, body);

    expect((await rate({ needed: true, summaryAccuracy: 4 })).status).toBe(409);
    await api("POST", `/api/v1/conversations/${conv.id}/handoff`, {});
    await tom.online();
    await eventually(async () => {
      expect(
        (await tom.session("POST", `/api/v1/conversations/${conv.id}/assign`, { agentId: tom.id })).status,
      ).toBeLessThan(500);
      const detail = (await api("GET", `/api/v1/conversations/${conv.id}`)).body;
      expect(detail.handoff.agentId).toBe(tom.id);
    });

    const bad = await rate({ needed: "yes", summaryAccuracy: 6 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      "needed",
      "summaryAccuracy",
    ]);
    expect((await rate({ needed: false, summaryAccuracy: 3 }, bea.session)).status).toBe(403);
    expect((await rate({ needed: false, summaryAccuracy: 3 }, api)).status).toBe(403);

    expect((await rate({ needed: false, summaryAccuracy: 2, comment: "a how-to question" })).status).toBe(
      200,
    );
    const second = await rate({ needed: false, summaryAccuracy: 3 });
    expect(second.body).toMatchObject({
      agentId: tom.id,
      trigger: "manual",
      needed: false,
      summaryAccuracy: 3,
    });

    const { results } = await env.DB.prepare(
      "SELECT agent_id, needed, summary_accuracy FROM handoff_ratings WHERE workspace_id = ?",
    )
      .bind(workspaceId)
      .all();
    expect(results).toEqual([{ agent_id: tom.id, needed: 0, summary_accuracy: 3 }]);
  });
});
