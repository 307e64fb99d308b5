-- The CMS schema on SQLite. Times are milliseconds since the Unix epoch (INTEGER), so
-- the same queries run on both backends. Applied migrations are never edited: change
-- the schema with a new file.

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    email         TEXT    NOT NULL,
    password_hash TEXT    NOT NULL,
    role          TEXT    NOT NULL CHECK (role IN ('admin', 'editor')),
    -- Set by /api/totp/setup; TOTP is required at login once totp_enabled_at is set.
    totp_secret     TEXT,
    totp_enabled_at INTEGER,
    created_at    INTEGER NOT NULL,
    CONSTRAINT users_email_key UNIQUE (email)
);

-- Only a SHA-256 of each session token is stored: a leaked table logs nobody in.
CREATE TABLE sessions (
    token_hash TEXT    PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE recovery_codes (
    user_id   INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash TEXT    NOT NULL,
    used_at   INTEGER,
    PRIMARY KEY (user_id, code_hash)
);

CREATE TABLE contents (
    id           INTEGER PRIMARY KEY,
    owner_id     INTEGER NOT NULL REFERENCES users (id),
    kind         TEXT    NOT NULL CHECK (kind IN ('hotel', 'attraction', 'article')),
    title        TEXT    NOT NULL,
    slug         TEXT    NOT NULL,
    status       TEXT    NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'archived')),
    blocks       TEXT    NOT NULL DEFAULT '[]',
    -- Bumped by every publish; the revision row of each version is written with it.
    version      INTEGER NOT NULL DEFAULT 0,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    published_at INTEGER,
    CONSTRAINT contents_slug_key UNIQUE (slug)
);
-- Public lists: newest published first, by type, keyset-paginated.
CREATE INDEX contents_public_idx ON contents (kind, status, published_at DESC, id DESC);
CREATE INDEX contents_owner_idx ON contents (owner_id);

CREATE TABLE hotels (
    content_id  INTEGER PRIMARY KEY REFERENCES contents (id) ON DELETE CASCADE,
    stars       INTEGER CHECK (stars BETWEEN 1 AND 5),
    address     TEXT,
    price_from  INTEGER CHECK (price_from >= 0),
    amenities   TEXT    NOT NULL DEFAULT '[]'
);

CREATE TABLE attractions (
    content_id    INTEGER PRIMARY KEY REFERENCES contents (id) ON DELETE CASCADE,
    category      TEXT,
    address       TEXT,
    opening_hours TEXT,
    ticket_price  INTEGER CHECK (ticket_price >= 0)
);

CREATE TABLE revisions (
    id         INTEGER PRIMARY KEY,
    content_id INTEGER NOT NULL REFERENCES contents (id) ON DELETE CASCADE,
    version    INTEGER NOT NULL,
    title      TEXT    NOT NULL,
    blocks     TEXT    NOT NULL,
    created_by INTEGER REFERENCES users (id),
    created_at INTEGER NOT NULL,
    UNIQUE (content_id, version)
);

CREATE TABLE content_metrics (
    content_id     INTEGER PRIMARY KEY REFERENCES contents (id) ON DELETE CASCADE,
    views          INTEGER NOT NULL DEFAULT 0,
    last_viewed_at INTEGER
);
