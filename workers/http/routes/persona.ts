import { createRoute } from "@hono/zod-openapi";
import { PersonaPatchSchema, PersonaSchema } from "../../bot/persona";
import { getDb } from "../../db/client";
import { loadPersona, savePersona } from "../../db/persona";
import { documentWithWarnings, WarningsField } from "../config-document";
import { requireManager } from "../middleware/auth";
import { createApi, errorResponses, json, jsonBody } from "../openapi";

export const personaRoutes = createApi();
personaRoutes.on("PUT", "/", requireManager());

personaRoutes
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      summary: "The bot's persona (the defaults until changed)",
      description:
        "`greeting: null` is the built-in greeting in the customer's language. `enabled: false` silences the bot: " +
        'post its replies yourself with `POST /api/v1/conversations/{id}/messages` and `role: "bot"`.',
      responses: {
        200: json(PersonaSchema.extend(WarningsField), "The persona in force"),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await documentWithWarnings(getDb(c.env.DB), c.get("workspaceId"), "persona"), 200),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/",
      summary: "Change the bot's persona",
      description: "The fields sent replace the current ones; fields left out stay as they are.",
      request: { body: jsonBody(PersonaPatchSchema) },
      responses: {
        200: json(PersonaSchema, "The persona now in force"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const db = getDb(c.env.DB);
      const persona = { ...(await loadPersona(db, c.get("workspaceId"))), ...c.req.valid("json") };
      await savePersona(db, c.get("workspaceId"), persona);
      return c.json(persona, 200);
    },
  );
