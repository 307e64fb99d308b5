-- Slugs are unique per owner until published, and among published contents: a slug
-- taken by someone else's draft no longer answers 409, so drafts' slugs (and through
-- them their titles) cannot be probed.
ALTER TABLE contents DROP CONSTRAINT contents_slug_key;
CREATE UNIQUE INDEX contents_owner_slug_key ON contents (owner_id, slug);
CREATE UNIQUE INDEX contents_published_slug_key ON contents (slug) WHERE status = 'published';
