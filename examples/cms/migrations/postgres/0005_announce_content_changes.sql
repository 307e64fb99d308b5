-- Every change to what the public caches hold is announced to every instance: a
-- trigger sends the content's slug with pg_notify, which PostgreSQL delivers when (and
-- only if) the writing transaction commits. The channel carries the schema's name, so
-- databases shared by several schemas (the tests) keep their notices apart.
CREATE FUNCTION cms_announce_content_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM pg_notify('cms_content_changed_' || current_schema(), OLD.slug);
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.slug IS DISTINCT FROM OLD.slug) THEN
        PERFORM pg_notify('cms_content_changed_' || current_schema(), NEW.slug);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER contents_announce_change
    AFTER INSERT OR UPDATE OR DELETE ON contents
    FOR EACH ROW EXECUTE FUNCTION cms_announce_content_change();

-- A hotel's or an attraction's details are part of its content's public page.
CREATE FUNCTION cms_announce_details_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed BIGINT;
BEGIN
    IF TG_OP = 'DELETE' THEN
        changed := OLD.content_id;
    ELSE
        changed := NEW.content_id;
    END IF;
    PERFORM pg_notify('cms_content_changed_' || current_schema(), slug)
        FROM contents WHERE id = changed;
    RETURN NULL;
END
$$;

CREATE TRIGGER hotels_announce_change
    AFTER INSERT OR UPDATE OR DELETE ON hotels
    FOR EACH ROW EXECUTE FUNCTION cms_announce_details_change();
CREATE TRIGGER attractions_announce_change
    AFTER INSERT OR UPDATE OR DELETE ON attractions
    FOR EACH ROW EXECUTE FUNCTION cms_announce_details_change();
