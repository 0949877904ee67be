ALTER TABLE `workspaces` ADD `persona` text;--> statement-breakpoint
ALTER TABLE `workspaces` ADD `settings` text;