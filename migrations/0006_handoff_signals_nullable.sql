PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_handoffs` (
	`id` text PRIMARY KEY NOT NULL,
	`conversation_id` text NOT NULL,
	`workspace_id` text NOT NULL,
	`seq` integer NOT NULL,
	`trigger` text,
	`triggers` text NOT NULL,
	`signals` text,
	`explanation` text NOT NULL,
	`summary` text,
	`customer_goal` text,
	`attempted` text,
	`category` text,
	`skill` text,
	`agent_id` text,
	`created_at` text NOT NULL,
	`queued_at` text,
	`assigned_at` text,
	`resolved_at` text
);
--> statement-breakpoint
INSERT INTO `__new_handoffs`("id", "conversation_id", "workspace_id", "seq", "trigger", "triggers", "signals", "explanation", "summary", "customer_goal", "attempted", "category", "skill", "agent_id", "created_at", "queued_at", "assigned_at", "resolved_at") SELECT "id", "conversation_id", "workspace_id", "seq", "trigger", "triggers", "signals", "explanation", "summary", "customer_goal", "attempted", "category", "skill", "agent_id", "created_at", "queued_at", "assigned_at", "resolved_at" FROM `handoffs`;--> statement-breakpoint
DROP TABLE `handoffs`;--> statement-breakpoint
ALTER TABLE `__new_handoffs` RENAME TO `handoffs`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `handoffs_workspace` ON `handoffs` (`workspace_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `handoffs_conversation` ON `handoffs` (`conversation_id`);