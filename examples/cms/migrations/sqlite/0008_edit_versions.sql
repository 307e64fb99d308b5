-- Optimistic concurrency: every change to a content item (an edit, its type row,
-- publish, unpublish, restore, a published draft) bumps `edit_version`, and a write
-- names the version it was made from (`If-Match` or a `version` field), so two
-- editors' saves cannot silently overwrite each other. `version` stays the number of
-- the published revision.
--
-- The table is rebuilt (as in 0004) to add AUTOINCREMENT as well: without it SQLite
-- hands a deleted content's id to the next one, and links, caches and revisions
-- naming the old id would find the new item (PostgreSQL never reuses an identity).
-- Inserting the existing ids seeds the sequence with the highest one kept.
PRAGMA foreign_keys = OFF;
BEGIN;
CREATE TABLE contents_rebuilt (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    owner_id     INTEGER NOT NULL REFERENCES users (id),
    kind         TEXT    NOT NULL CHECK (kind IN ('hotel', 'attraction', 'article')),
    title        TEXT    NOT NULL,
    slug         TEXT    NOT NULL,
    status       TEXT    NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'archived')),
    blocks       TEXT    NOT NULL DEFAULT '[]',
    version      INTEGER NOT NULL DEFAULT 0,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    published_at INTEGER,
    meta_description TEXT,
    edit_version INTEGER NOT NULL DEFAULT 0
);
INSERT INTO contents_rebuilt (id, owner_id, kind, title, slug, status, blocks, version,
                              created_at, updated_at, published_at, meta_description)
    SELECT id, owner_id, kind, title, slug, status, blocks, version,
           created_at, updated_at, published_at, meta_description
    FROM contents;
DROP TABLE contents;
ALTER TABLE contents_rebuilt RENAME TO contents;
CREATE INDEX contents_public_idx ON contents (kind, status, published_at DESC, id DESC);
CREATE INDEX contents_owner_idx ON contents (owner_id);
CREATE UNIQUE INDEX contents_owner_slug_key ON contents (owner_id, slug);
CREATE UNIQUE INDEX contents_published_slug_key ON contents (slug) WHERE status = 'published';
-- A draft's `based_on` now holds the content's edit version (it held `updated_at`):
-- pending drafts written from the content as it is now stay publishable.
UPDATE drafts SET based_on = CASE
        WHEN based_on = (SELECT c.updated_at FROM contents c WHERE c.id = drafts.content_id) THEN 0
        ELSE -1 END
    WHERE status = 'pending';
-- An admin can disable an account: it cannot sign in, and its sessions end.
ALTER TABLE users ADD COLUMN disabled_at INTEGER;
COMMIT;
PRAGMA foreign_keys = ON;
