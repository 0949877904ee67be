-- Full-text search over the knowledge base (bm25 ranking), kept in step with knowledge_articles by triggers.
-- External content: the text lives once, in knowledge_articles; the index holds only the tokens.
CREATE VIRTUAL TABLE `knowledge_fts` USING fts5(
	`title`, `body`, `tags`, `workspace_id` UNINDEXED,
	content='knowledge_articles', content_rowid='rowid',
	tokenize='porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `knowledge_fts_insert` AFTER INSERT ON `knowledge_articles` BEGIN
	INSERT INTO knowledge_fts(rowid, title, body, tags, workspace_id)
	VALUES (new.rowid, new.title, new.body, new.tags, new.workspace_id);
END;
--> statement-breakpoint
CREATE TRIGGER `knowledge_fts_delete` AFTER DELETE ON `knowledge_articles` BEGIN
	INSERT INTO knowledge_fts(knowledge_fts, rowid, title, body, tags, workspace_id)
	VALUES ('delete', old.rowid, old.title, old.body, old.tags, old.workspace_id);
END;
--> statement-breakpoint
CREATE TRIGGER `knowledge_fts_update` AFTER UPDATE ON `knowledge_articles` BEGIN
	INSERT INTO knowledge_fts(knowledge_fts, rowid, title, body, tags, workspace_id)
	VALUES ('delete', old.rowid, old.title, old.body, old.tags, old.workspace_id);
	INSERT INTO knowledge_fts(rowid, title, body, tags, workspace_id)
	VALUES (new.rowid, new.title, new.body, new.tags, new.workspace_id);
END;
