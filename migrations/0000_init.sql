CREATE TABLE IF NOT EXISTS smoke (id integer primary key);
