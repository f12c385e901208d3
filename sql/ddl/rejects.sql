-- Input that could not be read as given: why, and where, so nothing is silently dropped.
-- Generated from marsad/schema.py by scripts/write_ddl.py: edit the schema, not this file.
CREATE TABLE IF NOT EXISTS rejects (
    input_file VARCHAR NOT NULL,
    content_sha256 VARCHAR NOT NULL,
    position BIGINT NOT NULL,
    byte_offset BIGINT,
    severity VARCHAR NOT NULL,
    reason VARCHAR NOT NULL,
    detail VARCHAR NOT NULL,
    line_sha256 VARCHAR
);
ALTER TABLE rejects ADD COLUMN IF NOT EXISTS byte_offset BIGINT;
ALTER TABLE rejects ADD COLUMN IF NOT EXISTS line_sha256 VARCHAR;
COMMENT ON TABLE rejects IS 'Input that could not be read as given: why, and where, so nothing is silently dropped.';
COMMENT ON COLUMN rejects.input_file IS 'The file';
COMMENT ON COLUMN rejects.content_sha256 IS 'Hash of the file''s bytes when it was read';
COMMENT ON COLUMN rejects.position IS 'JSONL line number (1-based), or 0 for the whole file';
COMMENT ON COLUMN rejects.byte_offset IS 'Byte offset of the problem in the file, when known';
COMMENT ON COLUMN rejects.severity IS '''error'': the record was not stored; ''warning'': stored, with the problem noted';
COMMENT ON COLUMN rejects.reason IS 'Short machine-friendly reason (e.g. invalid_json, missing_text)';
COMMENT ON COLUMN rejects.detail IS 'A sentence for people, with the offending snippet';
COMMENT ON COLUMN rejects.line_sha256 IS 'Hash of the offending line''s bytes (of the file''s, for a whole-file problem): a file that grows is read again, and its old bad lines are not rejected twice';
