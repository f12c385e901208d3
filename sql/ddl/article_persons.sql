-- Each person as one article presents them: fullest name, title and country in that article.
-- Generated from marsad/schema.py by scripts/write_ddl.py: edit the schema, not this file.
CREATE TABLE IF NOT EXISTS article_persons (
    article_id VARCHAR NOT NULL,
    person_id VARCHAR NOT NULL,
    name_ar VARCHAR NOT NULL,
    title_ar VARCHAR,
    country_iso2 VARCHAR
);
ALTER TABLE article_persons ADD COLUMN IF NOT EXISTS title_ar VARCHAR;
ALTER TABLE article_persons ADD COLUMN IF NOT EXISTS country_iso2 VARCHAR;
COMMENT ON TABLE article_persons IS 'Each person as one article presents them: fullest name, title and country in that article.';
COMMENT ON COLUMN article_persons.article_id IS 'The article';
COMMENT ON COLUMN article_persons.person_id IS 'Stable id of the person across articles';
COMMENT ON COLUMN article_persons.name_ar IS 'Fullest form of the name in this article';
COMMENT ON COLUMN article_persons.title_ar IS 'Office as this article states it, without the country adjective';
COMMENT ON COLUMN article_persons.country_iso2 IS 'State the person serves or belongs to, per this article';
