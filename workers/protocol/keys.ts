import { z } from "zod";
import { ScopeSchema } from "../auth/scopes";

/** An API key as listed: never the key or its hash. `scopes` null: every scope. */
export const ApiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string().meta({ description: "The key's first characters, to tell keys apart" }),
  scopes: z.array(ScopeSchema).nullable(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable().meta({ description: "To the minute" }),
  revokedAt: z.string().nullable(),
});
export type ApiKey = z.infer<typeof ApiKeySchema>;

export const CreateApiKeySchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    scopes: z
      .array(ScopeSchema)
      .min(1)
      .transform((s) => [...new Set(s)]),
  })
  .strict();

export const CreatedApiKeySchema = ApiKeySchema.extend({
  key: z.string().meta({ description: "The secret key, shown once" }),
});

/** An origin as browsers send it: scheme, host and port, nothing else. */
const OriginSchema = z
  .string()
  .max(200)
  .refine((o) => URL.canParse(o) && new URL(o).origin === o, "must be an origin like https://shop.example");

export const WidgetKeySchema = z.object({
  id: z.string(),
  key: z.string().meta({ description: "Publishable (`pk_…`): it may sit in pages" }),
  allowedOrigins: z.array(z.string()).meta({ description: "Empty: any origin" }),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});

export const WidgetKeyBodySchema = z
  .object({ allowedOrigins: z.array(OriginSchema).max(50).default([]) })
  .strict();

export const CreateWorkspaceSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    supervisor: z
      .object({
        name: z.string().trim().min(1).max(200),
        email: z.email().max(320),
        password: z.string().min(10, "at least 10 characters").max(200),
      })
      .strict()
      .optional()
      .meta({ description: "A first supervisor who can sign in to the agent app" }),
  })
  .strict();

export const CreatedWorkspaceSchema = z.object({
  workspace: z.object({ id: z.string(), name: z.string(), createdAt: z.string() }),
  apiKey: z.string().meta({ description: "The new workspace's first key (every scope), shown once" }),
  supervisorId: z.string().nullable(),
});
