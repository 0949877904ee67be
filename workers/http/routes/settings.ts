import { createRoute } from "@hono/zod-openapi";
import { type Db, getDb } from "../../db/client";
import { loadSettings, saveSettings } from "../../db/settings";
import { liveEndpoints } from "../../db/webhooks";
import { mergeSettings, SettingsPatchSchema, WorkspaceSettingsSchema } from "../../domain/settings";
import { documentWithWarnings, WarningsField } from "../config-document";
import { ApiError, validationError } from "../errors";
import { requireManager } from "../middleware/auth";
import { createApi, errorResponses, json, jsonBody } from "../openapi";
import { checkTopicTeams } from "../prechat-teams";
import { reloadQueue } from "./agents";

export const settingsRoutes = createApi();
settingsRoutes.on("PUT", "/", requireManager());

settingsRoutes
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      summary:
        "The workspace's routing, business hours and email-offer settings (the defaults until changed)",
      responses: {
        200: json(WorkspaceSettingsSchema.extend(WarningsField), "The settings in force"),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await documentWithWarnings(getDb(c.env.DB), c.get("workspaceId"), "settings"), 200),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/",
      summary: "Change the workspace's settings",
      description:
        "Each top-level part sent replaces the current one (`routing` and `businessHours` merge one level; " +
        "`businessHours.weekly` lists all seven days and is replaced whole; `businessHours: null` means always " +
        "open); parts left out stay as they are. The result must be a valid settings document, or nothing changes. " +
        '`bot.mode: "external"` needs a webhook endpoint subscribed to `bot.turn` first (`POST /webhooks`). ' +
        "`prechat` (replaced whole; null: none) is the widget's form before a chat: `name` and `email` each " +
        "`required`, `optional` or `hidden`, and `topics` the customer picks from, each routed to a `skill` and/or " +
        "a `teamId` of this workspace.",
      request: { body: jsonBody(SettingsPatchSchema) },
      responses: {
        200: json(WorkspaceSettingsSchema, "The settings now in force"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const db = getDb(c.env.DB);
      const merged = WorkspaceSettingsSchema.safeParse(
        mergeSettings(await loadSettings(db, c.get("workspaceId")), c.req.valid("json")),
      );
      if (!merged.success) throw validationError(merged.error.issues, "json");
      if (merged.data.bot.mode === "external") await requireBotEndpoint(db, c.get("workspaceId"));
      await checkTopicTeams(db, c.get("workspaceId"), merged.data.prechat);
      await saveSettings(db, c.get("workspaceId"), merged.data);
      await reloadQueue(c.env, c.get("workspaceId"));
      return c.json(merged.data, 200);
    },
  );

/** Your own bot hears customers only at a `bot.turn` endpoint: external mode without one would go silent. */
async function requireBotEndpoint(db: Db, workspaceId: string): Promise<void> {
  const endpoints = await liveEndpoints(db, workspaceId);
  if (endpoints.some((e) => e.events.includes("bot.turn"))) return;
  const reason =
    "external mode needs a webhook endpoint subscribed to bot.turn, where your bot gets each customer message: POST /api/v1/webhooks first";
  throw new ApiError(400, "invalid_request", `bot.mode: ${reason}`, [{ field: "bot.mode", reason }]);
}
