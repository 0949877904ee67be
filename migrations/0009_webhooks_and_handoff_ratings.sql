CREATE TABLE `handoff_ratings` (
	`conversation_id` text NOT NULL,
	`handoff_id` text NOT NULL,
	`workspace_id` text NOT NULL,
	`agent_id` text NOT NULL,
	`needed` integer NOT NULL,
	`summary_accuracy` integer NOT NULL,
	`comment` text,
	`created_at` text NOT NULL,
	PRIMARY KEY(`handoff_id`, `agent_id`)
);
--> statement-breakpoint
CREATE INDEX `handoff_ratings_workspace` ON `handoff_ratings` (`workspace_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `webhook_endpoints` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`url` text NOT NULL,
	`events` text NOT NULL,
	`secret` text NOT NULL,
	`created_at` text NOT NULL,
	`deleted_at` text
);
--> statement-breakpoint
CREATE INDEX `webhook_endpoints_workspace` ON `webhook_endpoints` (`workspace_id`);