-- PostgreSQL announces content changes to every instance (pg_notify); a SQLite file
-- has one instance, which drops its own caches in process. Nothing to change here: the
-- version is kept so that both backends count their migrations alike.
SELECT 1;
