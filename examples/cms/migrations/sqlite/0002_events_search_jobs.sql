-- Part 2: the outbox of content events, full-text search, translations, webhook
-- idempotency, SEO fields and analytics roll-ups.

-- Events are written in the same transaction as the change they describe; a handler's
-- success is recorded per event, so a crash between commit and delivery loses nothing
-- and a handler that already ran is not run again for that event.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    event           TEXT    NOT NULL CHECK (event IN ('content.published', 'content.changed')),
    content_id      INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    -- A dispatcher's claim (who, until when); another may take the event once it has
    -- passed, and the first one's late writes are then ignored.
    locked_by       TEXT,
    locked_until    INTEGER,
    delivered_at    INTEGER,
    last_error      TEXT
);
CREATE INDEX outbox_pending_idx ON outbox (next_attempt_at, id) WHERE delivered_at IS NULL;

CREATE TABLE outbox_deliveries (
    event_id     INTEGER NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
    handler      TEXT    NOT NULL,
    delivered_at INTEGER NOT NULL,
    PRIMARY KEY (event_id, handler)
);

-- Published content's words. Rows of content no longer published are removed by the
-- indexer; searches also join `contents` on status, so a late removal shows nothing.
CREATE VIRTUAL TABLE search_index USING fts5 (
    title, body, content_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE translations (
    content_id INTEGER NOT NULL REFERENCES contents (id) ON DELETE CASCADE,
    lang       TEXT    NOT NULL,
    title      TEXT    NOT NULL,
    blocks     TEXT    NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (content_id, lang)
);

-- Each provider delivery id is applied once, however often it is redelivered.
CREATE TABLE webhook_deliveries (
    delivery_id TEXT    PRIMARY KEY,
    received_at INTEGER NOT NULL
);

ALTER TABLE contents ADD COLUMN meta_description TEXT;

-- The last TOTP time step accepted: a code is good once (RFC 6238, 5.2).
ALTER TABLE users ADD COLUMN totp_last_step INTEGER;

CREATE TABLE analytics_rollups (
    kind        TEXT    PRIMARY KEY,
    contents    INTEGER NOT NULL,
    views       INTEGER NOT NULL,
    computed_at INTEGER NOT NULL
);
