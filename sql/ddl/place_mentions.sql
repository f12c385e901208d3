-- Cities and venues named in an article, each with the country it lies in.
-- Generated from marsad/schema.py by scripts/write_ddl.py: edit the schema, not this file.
CREATE TABLE IF NOT EXISTS place_mentions (
    article_id VARCHAR NOT NULL,
    name_ar VARCHAR NOT NULL,
    iso2 VARCHAR,
    kind VARCHAR,
    field VARCHAR NOT NULL,
    char_start BIGINT NOT NULL,
    char_end BIGINT NOT NULL
);
ALTER TABLE place_mentions ADD COLUMN IF NOT EXISTS iso2 VARCHAR;
ALTER TABLE place_mentions ADD COLUMN IF NOT EXISTS kind VARCHAR;
COMMENT ON TABLE place_mentions IS 'Cities and venues named in an article, each with the country it lies in.';
COMMENT ON COLUMN place_mentions.article_id IS 'The article';
COMMENT ON COLUMN place_mentions.name_ar IS 'The place as written, proclitics stripped';
COMMENT ON COLUMN place_mentions.iso2 IS 'Country the place lies in';
COMMENT ON COLUMN place_mentions.kind IS 'Kind of place (city, capital, venue ...)';
COMMENT ON COLUMN place_mentions.field IS '''title'' or ''body'': which text char_start/char_end index into';
COMMENT ON COLUMN place_mentions.char_start IS 'Start offset in the field';
COMMENT ON COLUMN place_mentions.char_end IS 'End offset in the field (exclusive)';
