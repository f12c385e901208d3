-- One row per distinct article (same content from two files or two runs is stored once).
-- Generated from marsad/schema.py by scripts/write_ddl.py: edit the schema, not this file.
CREATE TABLE IF NOT EXISTS articles (
    article_id VARCHAR NOT NULL,
    external_id VARCHAR NOT NULL,
    title VARCHAR,
    published_at TIMESTAMPTZ,
    published_raw VARCHAR,
    source VARCHAR,
    url VARCHAR,
    body VARCHAR NOT NULL,
    extra_json VARCHAR,
    input_file VARCHAR NOT NULL,
    input_position BIGINT NOT NULL,
    input_format VARCHAR NOT NULL
);
ALTER TABLE articles ADD COLUMN IF NOT EXISTS title VARCHAR;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS published_at TIMESTAMPTZ;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS published_raw VARCHAR;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS source VARCHAR;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS url VARCHAR;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS extra_json VARCHAR;
COMMENT ON TABLE articles IS 'One row per distinct article (same content from two files or two runs is stored once).';
COMMENT ON COLUMN articles.article_id IS 'Stable id derived from the title, body and publication time';
COMMENT ON COLUMN articles.external_id IS 'The input''s id: JSONL `id`, or `<file stem>#<n>` for text files';
COMMENT ON COLUMN articles.title IS 'Headline as written (a repeated photo caption is dropped)';
COMMENT ON COLUMN articles.published_at IS 'Publication time in UTC, null when the input gives none';
COMMENT ON COLUMN articles.published_raw IS 'Publication time exactly as the input gave it (keeps its UTC offset)';
COMMENT ON COLUMN articles.source IS 'The `المصدر:` line of a text file, or JSONL `source`';
COMMENT ON COLUMN articles.url IS 'JSONL `url`';
COMMENT ON COLUMN articles.body IS 'Paragraphs joined by newlines, update headers kept; offsets index into it';
COMMENT ON COLUMN articles.extra_json IS 'JSONL fields outside the contract (e.g. category), as JSON';
COMMENT ON COLUMN articles.input_file IS 'File the article was first read from';
COMMENT ON COLUMN articles.input_position IS 'Line (JSONL) or article number (text) within that file';
COMMENT ON COLUMN articles.input_format IS '''text'' or ''jsonl''';
