import { createRoute, z } from "@hono/zod-openapi";
import {
  createCannedReply,
  deleteCannedReply,
  findCannedReplyByShortcut,
  getCannedReply,
  listCannedReplies,
  updateCannedReply,
} from "../../db/canned-replies";
import { type Db, getDb } from "../../db/client";
import { CannedReplySchema, CreateCannedReplySchema, UpdateCannedReplySchema } from "../../protocol/replies";
import { ApiError, notFound } from "../errors";
import { requireManager } from "../middleware/auth";
import { createApi, errorResponses, failure, IdParam, json, jsonBody } from "../openapi";

const taken = (shortcut: string) =>
  new ApiError(409, "conflict", `The shortcut /${shortcut} is taken`, [
    { field: "shortcut", reason: "another canned reply uses it" },
  ]);

/** 409 when another reply of the workspace has this shortcut (checked first so a clash never becomes a 500). */
async function checkShortcut(db: Db, workspaceId: string, shortcut: string | undefined, id?: string) {
  if (shortcut === undefined) return;
  const same = await findCannedReplyByShortcut(db, workspaceId, shortcut);
  if (same && same.id !== id) throw taken(shortcut);
}

/** Two saves of the same new shortcut at once: the unique index refuses the second, which is a 409 too. */
async function unlessTaken<T>(shortcut: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (shortcut && String(err).includes("UNIQUE")) throw taken(shortcut);
    throw err;
  }
}

/**
 * Canned replies: every agent reads them (the composer's `/` shortcut), supervisors and API keys change them.
 */
export const cannedReplyRoutes = createApi();
cannedReplyRoutes.use("/", async (c, next) => (c.req.method === "POST" ? requireManager()(c, next) : next()));
cannedReplyRoutes.on(["PATCH", "DELETE"], "/:id", requireManager());

cannedReplyRoutes
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      summary: "List the workspace's canned replies",
      responses: {
        200: json(z.object({ replies: z.array(CannedReplySchema) }), "By shortcut"),
        ...errorResponses,
      },
    }),
    async (c) => c.json({ replies: await listCannedReplies(getDb(c.env.DB), c.get("workspaceId")) }, 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      summary: "Add a canned reply",
      request: { body: jsonBody(CreateCannedReplySchema) },
      responses: {
        201: json(CannedReplySchema, "The new reply"),
        409: failure("`conflict`: the shortcut is taken in this workspace (`details[0].field`: `shortcut`)"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const db = getDb(c.env.DB);
      const input = c.req.valid("json");
      await checkShortcut(db, c.get("workspaceId"), input.shortcut);
      const reply = await unlessTaken(input.shortcut, () =>
        createCannedReply(db, c.get("workspaceId"), input),
      );
      return c.json(reply, 201);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/{id}",
      summary: "Change a canned reply",
      request: { params: IdParam, body: jsonBody(UpdateCannedReplySchema) },
      responses: {
        200: json(CannedReplySchema, "The changed reply"),
        409: failure("`conflict`: the shortcut is taken in this workspace (`details[0].field`: `shortcut`)"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const db = getDb(c.env.DB);
      const { id } = c.req.valid("param");
      const input = c.req.valid("json");
      if (!(await getCannedReply(db, c.get("workspaceId"), id))) throw notFound("canned reply");
      await checkShortcut(db, c.get("workspaceId"), input.shortcut, id);
      const reply = await unlessTaken(input.shortcut, () =>
        updateCannedReply(db, c.get("workspaceId"), id, input),
      );
      if (!reply) throw notFound("canned reply");
      return c.json(reply, 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/{id}",
      summary: "Delete a canned reply",
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, ...errorResponses },
    }),
    async (c) => {
      if (!(await deleteCannedReply(getDb(c.env.DB), c.get("workspaceId"), c.req.valid("param").id)))
        throw notFound("canned reply");
      return c.body(null, 204);
    },
  );
