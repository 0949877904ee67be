import { z } from "zod";

export const SkillSchema = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9_-]+$/, "lowercase letters, digits, _ and - only");

import { AgentStatusSchema } from "../domain/routing/types";

// One availability vocabulary: the line routes by the same statuses the API shows.
export { type AgentStatus, AgentStatusSchema } from "../domain/routing/types";

export const AgentRoleSchema = z.enum(["agent", "supervisor"]);

/** An agent as the API shows it: never the password hash. */
export const AgentSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  skills: z.array(z.string()),
  maxConcurrent: z.number().int(),
  role: AgentRoleSchema,
  status: AgentStatusSchema,
  teamIds: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Agent = z.infer<typeof AgentSchema>;

/** A sign-in to the agent app: the bearer token, and the workspace its queue socket is in. */
export const AgentSessionSchema = z.object({
  token: z.string(),
  expiresAt: z.string(),
  workspaceId: z.string(),
  agent: AgentSchema,
});
export type AgentSession = z.infer<typeof AgentSessionSchema>;

const PasswordSchema = z.string().min(10, "at least 10 characters").max(200);

const AgentFields = {
  name: z.string().trim().min(1).max(200),
  email: z.email().max(320),
  skills: z.array(SkillSchema).max(30),
  maxConcurrent: z.number().int().min(1).max(50),
  role: AgentRoleSchema,
  password: PasswordSchema,
};

export const CreateAgentSchema = z
  .object({
    ...AgentFields,
    skills: AgentFields.skills.default([]),
    maxConcurrent: AgentFields.maxConcurrent.default(3),
    role: AgentFields.role.default("agent"),
    password: AgentFields.password.optional(),
  })
  .strict();

/** No defaults here: a field left out of a PATCH stays as it is. */
export const UpdateAgentSchema = z
  .object(AgentFields)
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, "send at least one field to change");

export const TeamSchema = z.object({
  id: z.string(),
  name: z.string(),
  skills: z.array(z.string()),
  agentIds: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Team = z.infer<typeof TeamSchema>;

const TeamFields = {
  name: z.string().trim().min(1).max(200),
  skills: z.array(SkillSchema).max(30),
  agentIds: z.array(z.string()).max(500),
};

export const CreateTeamSchema = z
  .object({ ...TeamFields, skills: TeamFields.skills.default([]), agentIds: TeamFields.agentIds.default([]) })
  .strict();

export const UpdateTeamSchema = z
  .object(TeamFields)
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, "send at least one field to change");
