-- Every mention of a person, short forms resolved to the full name given earlier in the article.
-- Generated from marsad/schema.py by scripts/write_ddl.py: edit the schema, not this file.
CREATE TABLE IF NOT EXISTS person_mentions (
    article_id VARCHAR NOT NULL,
    person_id VARCHAR NOT NULL,
    surface VARCHAR NOT NULL,
    field VARCHAR NOT NULL,
    char_start BIGINT NOT NULL,
    char_end BIGINT NOT NULL
);
COMMENT ON TABLE person_mentions IS 'Every mention of a person, short forms resolved to the full name given earlier in the article.';
COMMENT ON COLUMN person_mentions.article_id IS 'The article';
COMMENT ON COLUMN person_mentions.person_id IS 'The person (see persons)';
COMMENT ON COLUMN person_mentions.surface IS 'The text as written';
COMMENT ON COLUMN person_mentions.field IS '''title'' or ''body'': which text char_start/char_end index into';
COMMENT ON COLUMN person_mentions.char_start IS 'Start offset in the field';
COMMENT ON COLUMN person_mentions.char_end IS 'End offset in the field (exclusive)';
