-- Every input line (JSONL) or text-file article that yielded an article, duplicates included: per file, its non-blank lines = these rows + its 'error' rejects. An article carried by three outlets lists all three.
-- Generated from marsad/schema.py by scripts/write_ddl.py: edit the schema, not this file.
CREATE TABLE IF NOT EXISTS article_sources (
    article_id VARCHAR NOT NULL,
    input_file VARCHAR NOT NULL,
    position BIGINT NOT NULL,
    content_sha256 VARCHAR NOT NULL,
    external_id VARCHAR NOT NULL,
    source VARCHAR,
    first_seen BOOLEAN NOT NULL
);
ALTER TABLE article_sources ADD COLUMN IF NOT EXISTS source VARCHAR;
COMMENT ON TABLE article_sources IS 'Every input line (JSONL) or text-file article that yielded an article, duplicates included: per file, its non-blank lines = these rows + its ''error'' rejects. An article carried by three outlets lists all three.';
COMMENT ON COLUMN article_sources.article_id IS 'The article the record yielded (stored once in articles)';
COMMENT ON COLUMN article_sources.input_file IS 'The file';
COMMENT ON COLUMN article_sources.position IS 'JSONL line number (1-based), or article number within a text file';
COMMENT ON COLUMN article_sources.content_sha256 IS 'Hash of the file''s bytes when the record was first read';
COMMENT ON COLUMN article_sources.external_id IS 'The record''s own id (JSONL `id`, or `<file stem>#<n>`)';
COMMENT ON COLUMN article_sources.source IS 'The record''s source (JSONL `source` or the `المصدر:` line)';
COMMENT ON COLUMN article_sources.first_seen IS 'True for the record the stored article was taken from; false for a copy of an article already stored or read earlier';
