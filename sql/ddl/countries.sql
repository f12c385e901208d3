-- Every ISO 3166-1 country (and XK), whether mentioned or not; from seeds/countries.csv.
-- Generated from marsad/schema.py by scripts/write_ddl.py: edit the schema, not this file.
CREATE TABLE IF NOT EXISTS countries (
    iso2 VARCHAR NOT NULL,
    iso3 VARCHAR NOT NULL,
    name_ar VARCHAR NOT NULL,
    name_en VARCHAR NOT NULL
);
COMMENT ON TABLE countries IS 'Every ISO 3166-1 country (and XK), whether mentioned or not; from seeds/countries.csv.';
COMMENT ON COLUMN countries.iso2 IS 'ISO 3166-1 alpha-2';
COMMENT ON COLUMN countries.iso3 IS 'ISO 3166-1 alpha-3';
COMMENT ON COLUMN countries.name_ar IS 'Arabic name (CLDR)';
COMMENT ON COLUMN countries.name_en IS 'English name (CLDR)';
