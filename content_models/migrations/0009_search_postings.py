"""Search postings: for every lexeme of every entry of Wagtail's search index, the rank Wagtail's
PostgreSQL search gives that entry for a query of that one lexeme, kept by triggers on the
index entries. A one-word search (cms.api.page_search) then reads its best entries in rank
order from a B-tree and stops after the first hits the gate lets through, instead of ranking
every entry that holds the word. PostgreSQL only; nothing on SQLite."""

from django.db import migrations

# The rank is Wagtail's expression (modelsearch's PostgresSearchQueryCompiler: ts_rank of the
# title times its norm plus ts_rank of the body, with the backend's weights), computed for the
# one-lexeme query; cms.api.page_search uses the postings only while its weights are these.
WEIGHTS = "{0.009900990099009901,0.009900990099009901,0.20792079207920794,1.0}"

CREATE = r"""
CREATE TABLE IF NOT EXISTS content_models_search_posting (
    entry_id integer NOT NULL,
    content_type_id integer NOT NULL,
    object_pk integer NOT NULL,
    term tsquery NOT NULL,
    rank double precision NOT NULL
);
CREATE INDEX IF NOT EXISTS content_models_search_posting_ranked
    ON content_models_search_posting (term, rank DESC, object_pk DESC)
    INCLUDE (content_type_id);
CREATE INDEX IF NOT EXISTS content_models_search_posting_entry
    ON content_models_search_posting (entry_id);

-- The one-lexeme query of a lexeme: the very tsquery to_tsquery() makes of that word.
CREATE OR REPLACE FUNCTION content_models_search_posting_term(lexeme text)
RETURNS tsquery LANGUAGE sql IMMUTABLE AS $$
    SELECT ('''' || replace(replace(lexeme, '\', '\\'), '''', '''''') || '''')::tsquery
$$;

CREATE OR REPLACE FUNCTION content_models_search_posting_rank(
    title tsvector, title_norm double precision, body tsvector, term tsquery
) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$
    SELECT ts_rank('WEIGHTS'::real[], title, term) * title_norm
         + ts_rank('WEIGHTS'::real[], body, term) * 1.0::double precision
$$;

-- No foreign key: Django empties the index entries with TRUNCATE (the tests' flush), which a
-- referencing table would refuse; the TRUNCATE trigger empties the postings with them.
CREATE OR REPLACE FUNCTION content_models_search_posting_sync() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        TRUNCATE content_models_search_posting;
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM content_models_search_posting WHERE entry_id = OLD.id;
    END IF;
    -- Only entries of objects with integer keys: pages (the only ones searched this way).
    IF TG_OP <> 'DELETE' AND NEW.object_id ~ '^[0-9]{1,9}$' THEN
        INSERT INTO content_models_search_posting
            (entry_id, content_type_id, object_pk, term, rank)
        SELECT NEW.id, NEW.content_type_id, NEW.object_id::integer, words.term,
               content_models_search_posting_rank(NEW.title, NEW.title_norm, NEW.body, words.term)
        FROM (SELECT DISTINCT content_models_search_posting_term(lexeme) AS term
              FROM unnest(NEW.title || NEW.body)) AS words;
    END IF;
    RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS content_models_search_posting_sync ON wagtailsearch_indexentry;
CREATE TRIGGER content_models_search_posting_sync
    AFTER INSERT OR DELETE OR UPDATE OF title, body, title_norm, object_id, content_type_id
    ON wagtailsearch_indexentry
    FOR EACH ROW EXECUTE FUNCTION content_models_search_posting_sync();
DROP TRIGGER IF EXISTS content_models_search_posting_empty ON wagtailsearch_indexentry;
CREATE TRIGGER content_models_search_posting_empty
    AFTER TRUNCATE ON wagtailsearch_indexentry
    FOR EACH STATEMENT EXECUTE FUNCTION content_models_search_posting_sync();

INSERT INTO content_models_search_posting (entry_id, content_type_id, object_pk, term, rank)
SELECT entry.id, entry.content_type_id, entry.object_id::integer, words.term,
       content_models_search_posting_rank(entry.title, entry.title_norm, entry.body, words.term)
FROM wagtailsearch_indexentry AS entry,
     LATERAL (SELECT DISTINCT content_models_search_posting_term(lexeme) AS term
              FROM unnest(entry.title || entry.body)) AS words
WHERE entry.object_id ~ '^[0-9]{1,9}$'
  AND NOT EXISTS (SELECT 1 FROM content_models_search_posting WHERE entry_id = entry.id);
ANALYZE content_models_search_posting;
""".replace("WEIGHTS", WEIGHTS)

DROP = """
DROP TRIGGER IF EXISTS content_models_search_posting_sync ON wagtailsearch_indexentry;
DROP TRIGGER IF EXISTS content_models_search_posting_empty ON wagtailsearch_indexentry;
DROP FUNCTION IF EXISTS content_models_search_posting_sync();
DROP FUNCTION IF EXISTS
    content_models_search_posting_rank(tsvector, double precision, tsvector, tsquery);
DROP FUNCTION IF EXISTS content_models_search_posting_term(text);
DROP TABLE IF EXISTS content_models_search_posting;
"""


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("content_models", "0008_search_vector_index")]

    operations = [migrations.RunPython(create, drop)]
