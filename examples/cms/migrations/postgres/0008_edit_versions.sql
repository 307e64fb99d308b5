-- Optimistic concurrency: every change to a content item (an edit, its type row,
-- publish, unpublish, restore, a published draft) bumps `edit_version`, and a write
-- names the version it was made from (`If-Match` or a `version` field), so two
-- editors' saves cannot silently overwrite each other. `version` stays the number of
-- the published revision.
ALTER TABLE contents ADD COLUMN edit_version BIGINT NOT NULL DEFAULT 0;
-- A draft's `based_on` now holds the content's edit version (it held `updated_at`):
-- pending drafts written from the content as it is now stay publishable.
UPDATE drafts SET based_on = 0
    FROM contents c
    WHERE c.id = drafts.content_id AND drafts.status = 'pending' AND drafts.based_on = c.updated_at;
UPDATE drafts SET based_on = -1 WHERE status = 'pending' AND based_on > 0;
-- An admin can disable an account: it cannot sign in, and its sessions end.
ALTER TABLE users ADD COLUMN disabled_at BIGINT;
