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
    input_format VARCHAR NOT NULL,
    id_from_input BOOLEAN,
    loaded_at TIMESTAMPTZ,
    run_id VARCHAR,
    superseded_by VARCHAR
);
ALTER TABLE articles ADD COLUMN IF NOT EXISTS title VARCHAR;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS published_at TIMESTAMPTZ;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS published_raw VARCHAR;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS source VARCHAR;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS url VARCHAR;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS extra_json VARCHAR;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS id_from_input BOOLEAN;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS loaded_at TIMESTAMPTZ;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS run_id VARCHAR;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS superseded_by VARCHAR;
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
COMMENT ON COLUMN articles.id_from_input IS 'True when the input gave external_id; false when Marsad made it up (<file stem>#<n>), which then never supersedes anything';
COMMENT ON COLUMN articles.loaded_at IS 'When the run that stored the article loaded it (UTC)';
COMMENT ON COLUMN articles.run_id IS 'The run that stored it: its Prefect flow run id, or a random id outside Prefect';
COMMENT ON COLUMN articles.superseded_by IS 'Null for the current version. Otherwise the article_id of the newer version: same source and external_id given by the input, other content, loaded later (or later in the same run). Old versions keep their rows; the analyst views read current versions only';
