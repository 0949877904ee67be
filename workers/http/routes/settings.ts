import { createRoute } from "@hono/zod-openapi";
import { getDb } from "../../db/client";
import { loadSettings, saveSettings } from "../../db/settings";
import { mergeSettings, SettingsPatchSchema, WorkspaceSettingsSchema } from "../../domain/settings";
import { documentWithWarnings, WarningsField } from "../config-document";
import { validationError } from "../errors";
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
      await checkTopicTeams(db, c.get("workspaceId"), merged.data.prechat);
      await saveSettings(db, c.get("workspaceId"), merged.data);
      await reloadQueue(c.env, c.get("workspaceId"));
      return c.json(merged.data, 200);
    },
  );
