CREATE TABLE `knowledge_imports` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`kind` text NOT NULL,
	`source` text NOT NULL,
	`status` text NOT NULL,
	`report` text NOT NULL,
	`created_at` text NOT NULL,
	`finished_at` text
);
--> statement-breakpoint
CREATE INDEX `knowledge_imports_workspace` ON `knowledge_imports` (`workspace_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `knowledge_sources` (
	`workspace_id` text NOT NULL,
	`source` text NOT NULL,
	`key` text NOT NULL,
	`article_id` text NOT NULL,
	`content_hash` text NOT NULL,
	`body_hash` text NOT NULL,
	`owned` integer NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`workspace_id`, `source`, `key`)
);
--> statement-breakpoint
CREATE INDEX `knowledge_sources_article` ON `knowledge_sources` (`workspace_id`,`article_id`);--> statement-breakpoint
CREATE INDEX `knowledge_sources_body` ON `knowledge_sources` (`workspace_id`,`body_hash`);