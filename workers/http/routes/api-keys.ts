import { createRoute, z } from "@hono/zod-openapi";
import { createApiKey, listApiKeys, revokeApiKey } from "../../db/api-keys";
import { getDb } from "../../db/client";
import { ApiKeySchema, CreateApiKeySchema, CreatedApiKeySchema } from "../../protocol/keys";
import { notFound } from "../errors";
import { requireApiKey } from "../middleware/auth";
import { createApi, errorResponses, failure, IdParam, json, jsonBody } from "../openapi";

const admin = { ...errorResponses, 403: failure("Not an API key with the `admin` scope") };

/** The workspace's API keys: created with scopes, listed with their last use, revoked. Admin keys only. */
export const apiKeyRoutes = createApi();
apiKeyRoutes.use("*", requireApiKey());

apiKeyRoutes
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      summary: "Create an API key limited to some scopes (the key is in this answer only)",
      request: { body: jsonBody(CreateApiKeySchema) },
      responses: { 201: json(CreatedApiKeySchema, "The key, shown once"), ...admin },
    }),
    async (c) => c.json(await createApiKey(getDb(c.env.DB), c.get("workspaceId"), c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      summary: "List the workspace's API keys, newest first, with their last use (never the keys)",
      responses: { 200: json(z.object({ apiKeys: z.array(ApiKeySchema) }), "The keys"), ...admin },
    }),
    async (c) => c.json({ apiKeys: await listApiKeys(getDb(c.env.DB), c.get("workspaceId")) }, 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/{id}",
      summary: "Revoke a key: it is refused from the next request on",
      request: { params: IdParam },
      responses: { 204: { description: "Revoked" }, ...admin },
    }),
    async (c) => {
      if (!(await revokeApiKey(getDb(c.env.DB), c.get("workspaceId"), c.req.valid("param").id)))
        throw notFound("API key");
      return c.body(null, 204);
    },
  );
