import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

export const agents = sqliteTable(
  "agents",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id").notNull(),
    name: text("name").notNull(),
    email: text("email").notNull(),
    skills: text("skills", { mode: "json" }).$type<string[]>().notNull(),
    maxConcurrent: integer("max_concurrent").notNull().default(3),
    role: text("role", { enum: ["agent", "supervisor"] })
      .notNull()
      .default("agent"),
    /** The last status set by the agent or an integration: online, away or offline. */
    status: text("status", { enum: ["online", "away", "offline"] })
      .notNull()
      .default("offline"),
    /** PBKDF2-SHA256 as `pbkdf2$<iterations>$<salt b64url>$<hash b64url>`; null until a password is set. */
    passwordHash: text("password_hash"),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("agents_workspace_email").on(t.workspaceId, t.email),
    index("agents_email").on(t.email),
  ],
);

export const teams = sqliteTable(
  "teams",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id").notNull(),
    name: text("name").notNull(),
    /** Skills a conversation routed to this team needs; agents of the team are preferred for them. */
    skills: text("skills", { mode: "json" }).$type<string[]>().notNull(),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [uniqueIndex("teams_workspace_name").on(t.workspaceId, t.name)],
);

export const teamMembers = sqliteTable(
  "team_members",
  {
    teamId: text("team_id").notNull(),
    agentId: text("agent_id").notNull(),
    workspaceId: text("workspace_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.agentId] }), index("team_members_agent").on(t.agentId)],
);

/** Agent app sign-ins. The token is random; only its SHA-256 is kept, like API keys. */
export const agentSessions = sqliteTable(
  "agent_sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    agentId: text("agent_id").notNull(),
    workspaceId: text("workspace_id").notNull(),
    createdAt: text("created_at").notNull(),
    expiresAt: text("expires_at").notNull(),
  },
  // By expiry too: sign-ins sweep expired sessions away (auth/agent-sessions.ts).
  (t) => [index("agent_sessions_agent").on(t.agentId), index("agent_sessions_expires").on(t.expiresAt)],
);
