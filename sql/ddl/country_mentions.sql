-- Each explicit reference to a country: by name, nationality adjective, or inside an organisation's name.
-- Generated from marsad/schema.py by scripts/write_ddl.py: edit the schema, not this file.
CREATE TABLE IF NOT EXISTS country_mentions (
    article_id VARCHAR NOT NULL,
    iso2 VARCHAR NOT NULL,
    surface VARCHAR NOT NULL,
    field VARCHAR NOT NULL,
    char_start BIGINT NOT NULL,
    char_end BIGINT NOT NULL,
    via VARCHAR NOT NULL
);
COMMENT ON TABLE country_mentions IS 'Each explicit reference to a country: by name, nationality adjective, or inside an organisation''s name.';
COMMENT ON COLUMN country_mentions.article_id IS 'The article';
COMMENT ON COLUMN country_mentions.iso2 IS 'ISO 3166-1 alpha-2 of the country referred to';
COMMENT ON COLUMN country_mentions.surface IS 'The text as written (proclitics such as و ب ل excluded)';
COMMENT ON COLUMN country_mentions.field IS '''title'' or ''body'': which text char_start/char_end index into';
COMMENT ON COLUMN country_mentions.char_start IS 'Start offset in the field';
COMMENT ON COLUMN country_mentions.char_end IS 'End offset in the field (exclusive)';
COMMENT ON COLUMN country_mentions.via IS '''name'', ''adjective'' or ''organisation''';
