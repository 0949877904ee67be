ALTER TABLE `handoffs` ADD `customer_goal` text;--> statement-breakpoint
ALTER TABLE `handoffs` ADD `attempted` text;--> statement-breakpoint
ALTER TABLE `handoffs` ADD `category` text;--> statement-breakpoint
ALTER TABLE `handoffs` ADD `agent_id` text;--> statement-breakpoint
ALTER TABLE `handoffs` ADD `queued_at` text;--> statement-breakpoint
ALTER TABLE `handoffs` ADD `assigned_at` text;--> statement-breakpoint
ALTER TABLE `handoffs` ADD `resolved_at` text;