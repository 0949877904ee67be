import { createRoute, z } from "@hono/zod-openapi";
import type { ActionResult } from "../../../durable-objects/conversation/rpc";
import { queueObject } from "../../../durable-objects/stubs";
import { listAgents } from "../../db/agents";
import { getDb } from "../../db/client";
import { listTeams } from "../../db/teams";
import { type TransferTarget, transferTargetProblem } from "../../domain/routing/index";
import { SkillSchema } from "../../protocol/agents";
import { ConversationSummarySchema } from "../../protocol/conversation";
import { CsatFields } from "../../protocol/frames";
import type { Principal } from "../context";
import { conversationStub } from "../conversation-stub";
import { ApiError, notFound } from "../errors";
import { createApi, errorResponses, failure, IdParam, json, jsonBody, optionalJsonBody } from "../openapi";
import { type Action, authorize, holderOf } from "../permissions";

const Result = z.object({ conversation: ConversationSummarySchema });

function unwrap(result: ActionResult) {
  if (!result) throw notFound();
  if ("error" in result) throw new ApiError(409, result.error, result.message);
  return result;
}

/**
 * The conversation's object, once the caller may act on it: supervisors and integrations on any
 * conversation of the workspace, an agent only on one they hold now.
 */
async function actOn(env: Env, workspaceId: string, principal: Principal, id: string, action: Action) {
  const stub = await conversationStub(env, id);
  const detail = await stub.detail(workspaceId);
  if (!detail) throw notFound();
  authorize(principal, action, { holderId: holderOf(detail) });
  return stub;
}

const TransferBody = z
  .object({
    teamId: z.string().optional(),
    agentId: z.string().optional(),
    skill: SkillSchema.nullable().optional(),
    note: z.string().max(2000).optional().openapi({ description: "For the next agent" }),
  })
  .strict()
  .refine((b) => [b.teamId, b.agentId, b.skill].filter((x) => x !== undefined).length === 1, {
    message: "give exactly one of teamId, agentId or skill",
    path: ["teamId"],
  });

/** What people do to a conversation around its handoff: force it, assign, transfer, resolve. */
export const conversationActionRoutes = createApi()
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/handoff",
      summary: "Hand the conversation to a person now",
      request: {
        params: IdParam,
        body: optionalJsonBody(
          z
            .object({ skill: SkillSchema.nullable().optional(), reason: z.string().max(500).optional() })
            .strict(),
        ),
      },
      responses: {
        200: json(Result, "Queued"),
        409: failure("Not owned by the bot"),
        ...errorResponses,
      },
    }),
    async (c) => {
      authorize(c.get("principal"), "force_handoff");
      const stub = await conversationStub(c.env, c.req.valid("param").id);
      const result = unwrap(await stub.forceHandoff(c.get("workspaceId"), c.req.valid("json") ?? {}));
      return c.json(result, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/assign",
      summary: "Give a waiting conversation to an agent",
      description:
        "An agent may take one for themself (accepting an offer); supervisors and API keys assign anyone.",
      request: { params: IdParam, body: jsonBody(z.object({ agentId: z.string().min(1) }).strict()) },
      responses: {
        200: json(Result, "Assigned"),
        409: failure("Not waiting, or the agent cannot take it"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { agentId } = c.req.valid("json");
      const principal = c.get("principal");
      if (principal.kind === "agent" && principal.role !== "supervisor" && principal.agentId !== agentId) {
        throw new ApiError(403, "forbidden", "Agents can only take conversations for themselves");
      }
      const stub = await conversationStub(c.env, id);
      const before = await stub.detail(c.get("workspaceId"));
      if (!before) throw notFound();
      const result = await (await queueObject(c.env, c.get("workspaceId"))).assign(id, agentId);
      if (!result.ok)
        throw new ApiError(409, result.reason, `Cannot assign: ${result.reason.replaceAll("_", " ")}`);
      const after = await stub.detail(c.get("workspaceId"));
      if (!after) throw notFound();
      const { messages: _m, handoff: _h, ...conversation } = after;
      return c.json({ conversation }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/transfer",
      summary: "Pass the conversation to a team, an agent or a skill, with a note",
      description:
        "The target must be a team of the workspace with members, an agent of the workspace, or a skill at " +
        "least one agent has; otherwise 400 naming the field.",
      request: { params: IdParam, body: jsonBody(TransferBody) },
      responses: {
        200: json(Result, "Back in line for the new target"),
        409: failure("Not assigned"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const stub = await actOn(
        c.env,
        c.get("workspaceId"),
        c.get("principal"),
        c.req.valid("param").id,
        "transfer",
      );
      const { note, ...rest } = c.req.valid("json");
      const target: TransferTarget =
        rest.teamId !== undefined
          ? { teamId: rest.teamId }
          : rest.agentId !== undefined
            ? { agentId: rest.agentId }
            : { skill: rest.skill ?? null };
      const db = getDb(c.env.DB);
      const [agents, teams] = await Promise.all([
        listAgents(db, c.get("workspaceId")),
        listTeams(db, c.get("workspaceId")),
      ]);
      const problem = transferTargetProblem(target, { agents, teams });
      if (problem) {
        throw new ApiError(400, "invalid_request", `${problem.field}: ${problem.reason}`, [problem]);
      }
      return c.json(unwrap(await stub.transfer(c.get("workspaceId"), target, note)), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/email",
      summary: "The waiting customer would rather be answered by email",
      description: "The conversation leaves the line and becomes `offline`, with the email on the customer.",
      request: { params: IdParam, body: jsonBody(z.object({ email: z.email().max(320) }).strict()) },
      responses: {
        200: json(Result, "Offline, to be answered by email"),
        409: failure("Not waiting"),
        ...errorResponses,
      },
    }),
    async (c) => {
      authorize(c.get("principal"), "speak_as_customer");
      const stub = await conversationStub(c.env, c.req.valid("param").id);
      return c.json(unwrap(await stub.captureEmail(c.get("workspaceId"), c.req.valid("json").email)), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/csat",
      summary: "The customer's rating (1–5) after a resolve",
      request: { params: IdParam, body: jsonBody(z.object(CsatFields).strict()) },
      responses: {
        200: json(Result, "Recorded"),
        409: failure("No rating was asked for"),
        ...errorResponses,
      },
    }),
    async (c) => {
      authorize(c.get("principal"), "speak_as_customer");
      const stub = await conversationStub(c.env, c.req.valid("param").id);
      return c.json(unwrap(await stub.rate(c.get("workspaceId"), c.req.valid("json"))), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/resolve",
      summary: "Close the conversation; the customer is asked for a rating and the bot comes back clean",
      request: { params: IdParam },
      responses: {
        200: json(Result, "Resolved"),
        409: failure("Already resolved"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const stub = await actOn(
        c.env,
        c.get("workspaceId"),
        c.get("principal"),
        c.req.valid("param").id,
        "resolve",
      );
      return c.json(unwrap(await stub.resolve(c.get("workspaceId"))), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/reopen",
      summary: "Give a resolved or abandoned conversation back to the bot, or straight to an agent",
      description:
        "Without a body the bot has it again, as when the customer writes again. With `agentId` it goes back " +
        "in line for that agent only, and to them at once when they can take it: an agent may do this for " +
        "themself with a conversation they were the last to hold; supervisors and API keys for any agent.",
      request: {
        params: IdParam,
        body: optionalJsonBody(
          z
            .object({
              agentId: z.string().min(1).optional().openapi({ description: "Give it back to this agent" }),
            })
            .strict(),
        ),
      },
      responses: {
        200: json(Result, "Back with the bot, or in line for the agent"),
        409: failure("Not resolved or abandoned"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const workspaceId = c.get("workspaceId");
      const agentId = c.req.valid("json")?.agentId;
      const stub = await conversationStub(c.env, c.req.valid("param").id);
      if (agentId === undefined) {
        authorize(c.get("principal"), "reopen");
        return c.json(unwrap(await stub.reopen(workspaceId)), 200);
      }
      const detail = await stub.detail(workspaceId);
      if (!detail) throw notFound();
      authorize(c.get("principal"), "reopen_for", {
        holderId: detail.handoff?.agentId ?? null,
        forAgentId: agentId,
      });
      const agents = await listAgents(getDb(c.env.DB), workspaceId);
      if (!agents.some((a) => a.id === agentId)) {
        const problem = { field: "agentId", reason: "is not an agent of this workspace" };
        throw new ApiError(400, "invalid_request", `agentId: ${problem.reason}`, [problem]);
      }
      return c.json(unwrap(await stub.reopen(workspaceId, agentId)), 200);
    },
  );
