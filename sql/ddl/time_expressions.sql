-- Every expression naming a calendar day, month or year, resolved against publication or the text.
-- Generated from marsad/schema.py by scripts/write_ddl.py: edit the schema, not this file.
CREATE TABLE IF NOT EXISTS time_expressions (
    article_id VARCHAR NOT NULL,
    surface VARCHAR NOT NULL,
    field VARCHAR NOT NULL,
    char_start BIGINT NOT NULL,
    char_end BIGINT NOT NULL,
    value VARCHAR,
    granularity VARCHAR,
    resolved_against VARCHAR NOT NULL,
    calendar VARCHAR NOT NULL
);
ALTER TABLE time_expressions ADD COLUMN IF NOT EXISTS value VARCHAR;
ALTER TABLE time_expressions ADD COLUMN IF NOT EXISTS granularity VARCHAR;
COMMENT ON TABLE time_expressions IS 'Every expression naming a calendar day, month or year, resolved against publication or the text.';
COMMENT ON COLUMN time_expressions.article_id IS 'The article';
COMMENT ON COLUMN time_expressions.surface IS 'The text as written';
COMMENT ON COLUMN time_expressions.field IS '''title'' or ''body'': which text char_start/char_end index into';
COMMENT ON COLUMN time_expressions.char_start IS 'Start offset in the field';
COMMENT ON COLUMN time_expressions.char_end IS 'End offset in the field (exclusive)';
COMMENT ON COLUMN time_expressions.value IS 'YYYY-MM-DD, YYYY-MM, YYYY, XXXX-MM-DD (year unknown), or null when unresolvable';
COMMENT ON COLUMN time_expressions.granularity IS '''day'', ''month'' or ''year''';
COMMENT ON COLUMN time_expressions.resolved_against IS '''absolute'', ''published'', ''text'' or ''unresolved''';
COMMENT ON COLUMN time_expressions.calendar IS 'Calendar the text used: ''gregorian'' or ''hijri'' (value is Gregorian)';
