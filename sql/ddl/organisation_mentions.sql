-- Organisations named in an article (ministries, armies, international bodies, news agencies).
-- Generated from marsad/schema.py by scripts/write_ddl.py: edit the schema, not this file.
CREATE TABLE IF NOT EXISTS organisation_mentions (
    article_id VARCHAR NOT NULL,
    name_ar VARCHAR NOT NULL,
    iso2 VARCHAR,
    kind VARCHAR,
    surface VARCHAR NOT NULL,
    field VARCHAR NOT NULL,
    char_start BIGINT NOT NULL,
    char_end BIGINT NOT NULL
);
ALTER TABLE organisation_mentions ADD COLUMN IF NOT EXISTS iso2 VARCHAR;
ALTER TABLE organisation_mentions ADD COLUMN IF NOT EXISTS kind VARCHAR;
COMMENT ON TABLE organisation_mentions IS 'Organisations named in an article (ministries, armies, international bodies, news agencies).';
COMMENT ON COLUMN organisation_mentions.article_id IS 'The article';
COMMENT ON COLUMN organisation_mentions.name_ar IS 'Canonical Arabic name';
COMMENT ON COLUMN organisation_mentions.iso2 IS 'The state the organisation belongs to, null for international bodies';
COMMENT ON COLUMN organisation_mentions.kind IS 'Kind of organisation (''agency'' for news agencies credited as sources)';
COMMENT ON COLUMN organisation_mentions.surface IS 'The text as written';
COMMENT ON COLUMN organisation_mentions.field IS '''title'' or ''body'': which text char_start/char_end index into';
COMMENT ON COLUMN organisation_mentions.char_start IS 'Start offset in the field';
COMMENT ON COLUMN organisation_mentions.char_end IS 'End offset in the field (exclusive)';
