-- Slugs are unique per owner until published, and among published contents: a slug
-- taken by someone else's draft no longer answers 409, so drafts' slugs (and through
-- them their titles) cannot be probed. SQLite cannot drop a table's UNIQUE constraint,
-- so the table is rebuilt (its documented twelve steps): outside a transaction with
-- foreign keys off, so that dropping the old table cascades to nothing.
PRAGMA foreign_keys = OFF;
BEGIN;
CREATE TABLE contents_rebuilt (
    id           INTEGER PRIMARY KEY,
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
    meta_description TEXT
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
COMMIT;
PRAGMA foreign_keys = ON;
