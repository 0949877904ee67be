/** The D1 schema, one file per area; drizzle-kit reads this folder to write migrations. */
export * from "./agents";
export * from "./conversations";
export * from "./knowledge";
export * from "./knowledge-imports";
export * from "./replies";
export * from "./webhooks";
export * from "./widget";
export * from "./workspaces";
