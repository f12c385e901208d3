-- Every input file loaded, by path and content hash: a rerun skips the ones already here.
-- Generated from marsad/schema.py by scripts/write_ddl.py: edit the schema, not this file.
CREATE TABLE IF NOT EXISTS input_files (
    input_file VARCHAR NOT NULL,
    content_sha256 VARCHAR NOT NULL,
    bytes BIGINT NOT NULL,
    input_format VARCHAR NOT NULL,
    encoding VARCHAR,
    articles_read BIGINT NOT NULL,
    rejected BIGINT NOT NULL
);
ALTER TABLE input_files ADD COLUMN IF NOT EXISTS encoding VARCHAR;
COMMENT ON TABLE input_files IS 'Every input file loaded, by path and content hash: a rerun skips the ones already here.';
COMMENT ON COLUMN input_files.input_file IS 'Path as given';
COMMENT ON COLUMN input_files.content_sha256 IS 'Hash of the file''s bytes';
COMMENT ON COLUMN input_files.bytes IS 'File size';
COMMENT ON COLUMN input_files.input_format IS '''text'', ''jsonl'', ''unsupported'' (a folder''s other files, not read) or ''link_not_read'' (a link out of the input folder, broken or looping: see rejects)';
COMMENT ON COLUMN input_files.encoding IS 'Encoding the bytes were decoded with';
COMMENT ON COLUMN input_files.articles_read IS 'Articles parsed from the file (before de-duplication)';
COMMENT ON COLUMN input_files.rejected IS 'Rows this file added to rejects';
