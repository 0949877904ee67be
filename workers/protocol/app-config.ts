import { z } from "zod";

/**
 * `config.json`, served next to the agent app's `index.html`: where the app finds the API and the sockets.
 * Read at run time, so one build serves any deployment. The Worker serves `{}` at `/app/` (the API is on the
 * app's own origin); `npm run deploy:app` writes the API's origin into the copy it puts on Pages.
 */
export const AgentAppConfigSchema = z.object({
  /** e.g. `https://api.example.com`; the Worker must list the app's origin in `APP_ORIGINS`. */
  apiOrigin: z
    .url({ protocol: /^https?$/ })
    // Checks run on after a failed one, so this one must not assume a parsable URL.
    .refine(
      (u) => URL.canParse(u) && new URL(u).origin === u,
      "an origin like https://api.example.com, without a path",
    )
    .optional(),
});
export type AgentAppConfig = z.infer<typeof AgentAppConfigSchema>;
