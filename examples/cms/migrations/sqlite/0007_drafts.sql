-- What a model writes is a draft for a person to review: the live content changes only
-- when someone publishes the draft (or discards it). Published versions stay in
-- `revisions`; a draft becomes one when it is published.
CREATE TABLE drafts (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    content_id INTEGER NOT NULL REFERENCES contents (id) ON DELETE CASCADE,
    -- The content's `updated_at` the draft was written from: publishing it over a
    -- later change would lose that change, so it is refused.
    based_on   INTEGER NOT NULL,
    blocks     TEXT   NOT NULL,
    -- What wrote it: `generation` (the AI route) or `faq` (the AEO job).
    source     TEXT   NOT NULL,
    model      TEXT,
    -- The prompt inspection's findings on what went into the prompt, as JSON.
    findings   TEXT   NOT NULL DEFAULT '[]',
    status     TEXT   NOT NULL DEFAULT 'pending'
               CHECK (status IN ('pending', 'published', 'discarded')),
    created_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    decided_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    decided_at BIGINT
);
CREATE INDEX drafts_content_idx ON drafts (content_id, id);
-- One pending FAQ draft per content item, however many AEO jobs run at once.
CREATE UNIQUE INDEX drafts_one_pending_faq_idx ON drafts (content_id)
    WHERE source = 'faq' AND status = 'pending';
