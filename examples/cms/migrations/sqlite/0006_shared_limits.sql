-- Limits kept per key (login guesses, second factors, view counting) shared by every
-- instance of a PostgreSQL deployment: a row per key and window, taken with one atomic
-- statement per attempt (SQLite, one instance, keeps them in process).
CREATE TABLE limit_windows (
    key        TEXT   PRIMARY KEY,
    used       BIGINT NOT NULL,
    started_at BIGINT NOT NULL
);
CREATE INDEX limit_windows_started_idx ON limit_windows (started_at);

-- Addresses each account signed in from, for the account-wide guess ceiling.
CREATE TABLE known_addresses (
    account TEXT   NOT NULL,
    address TEXT   NOT NULL,
    seen_at BIGINT NOT NULL,
    PRIMARY KEY (account, address)
);
