ALTER TABLE `api_keys` ADD `scopes` text;--> statement-breakpoint
ALTER TABLE `api_keys` ADD `last_used_at` text;--> statement-breakpoint
CREATE INDEX `api_keys_workspace` ON `api_keys` (`workspace_id`);--> statement-breakpoint
CREATE INDEX `conversations_workspace_created` ON `conversations` (`workspace_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `conversations_workspace_updated` ON `conversations` (`workspace_id`,`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `widget_keys_workspace` ON `widget_keys` (`workspace_id`);