-- One row per person across all articles (derived from article_persons after every load).
-- Generated from marsad/schema.py by scripts/write_ddl.py: edit the schema, not this file.
CREATE TABLE IF NOT EXISTS persons (
    person_id VARCHAR NOT NULL,
    name_ar VARCHAR NOT NULL,
    title_ar VARCHAR,
    country_iso2 VARCHAR,
    article_count BIGINT NOT NULL,
    aliases VARCHAR[]
);
ALTER TABLE persons ADD COLUMN IF NOT EXISTS title_ar VARCHAR;
ALTER TABLE persons ADD COLUMN IF NOT EXISTS country_iso2 VARCHAR;
ALTER TABLE persons ADD COLUMN IF NOT EXISTS aliases VARCHAR[];
COMMENT ON TABLE persons IS 'One row per person across all articles (derived from article_persons after every load).';
COMMENT ON COLUMN persons.person_id IS 'Stable id: a hash of the canonical key of the fullest name (spacing of عبد/أبو, hamza and transliteration variants folded)';
COMMENT ON COLUMN persons.name_ar IS 'Fullest form of the name (the most frequent spelling)';
COMMENT ON COLUMN persons.title_ar IS 'Most frequent title across articles';
COMMENT ON COLUMN persons.country_iso2 IS 'Most frequent country across articles';
COMMENT ON COLUMN persons.article_count IS 'Articles naming the person';
COMMENT ON COLUMN persons.aliases IS 'Other spellings of the name the articles use (عبدالفتاح / عبد الفتاح)';
