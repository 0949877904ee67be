import { env } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { createAgentSession, resolveAgentSession } from "../../workers/auth/agent-sessions";
import { getDb } from "../../workers/db/client";
import { agentSessions } from "../../workers/db/schema/index";
import { newWorkspace } from "./helpers";
import { signedInAgent } from "./queue-helpers";

it("signing in removes expired sessions and keeps live ones", async () => {
  const db = getDb(env.DB);
  const { id: workspaceId, api } = await newWorkspace("Sessions");
  const agent = await signedInAgent(api, { name: "Old" });
  const weekAndADayAgo = Date.now() - 8 * 24 * 3600 * 1000;
  const expired = await createAgentSession(db, { id: agent.id, workspaceId }, weekAndADayAgo);
  const rows = () => db.select().from(agentSessions).where(eq(agentSessions.agentId, agent.id)).all();
  expect(await rows()).toHaveLength(2);
  expect(await resolveAgentSession(db, expired.token)).toBeUndefined();

  // The next sign-in, of anyone, sweeps it away; the agent's live session still works.
  await signedInAgent(api, { name: "Someone else" });
  expect((await rows()).map((r) => r.expiresAt)).toEqual([expect.not.stringMatching(expired.expiresAt)]);
  expect((await agent.session("GET", "/api/v1/auth/me")).status).toBe(200);
});
