-- The second step of a TOTP login: a correct password for an account with TOTP gets a
-- short-lived challenge token (stored as its SHA-256), never a session; the code is
-- checked against the challenge. Each challenge takes a few codes, then is spent.
CREATE TABLE login_challenges (
    token_hash    TEXT    PRIMARY KEY,
    user_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at    INTEGER NOT NULL,
    attempts_left INTEGER NOT NULL
);
CREATE INDEX login_challenges_expiry_idx ON login_challenges (expires_at);
