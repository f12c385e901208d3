-- A visit of an official or delegation to another country, one row per (visitor, host) per article.
-- Generated from marsad/schema.py by scripts/write_ddl.py: edit the schema, not this file.
CREATE TABLE IF NOT EXISTS visits (
    visit_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    visitor_person_id VARCHAR,
    visitor_name_ar VARCHAR,
    visitor_country_iso2 VARCHAR,
    host_country_iso2 VARCHAR NOT NULL,
    place_ar VARCHAR,
    date_value VARCHAR,
    start_date DATE,
    status VARCHAR NOT NULL,
    evidence VARCHAR NOT NULL,
    evidence_start BIGINT NOT NULL,
    evidence_end BIGINT NOT NULL,
    trigger VARCHAR,
    confidence DOUBLE,
    decided_by VARCHAR
);
ALTER TABLE visits ADD COLUMN IF NOT EXISTS visitor_person_id VARCHAR;
ALTER TABLE visits ADD COLUMN IF NOT EXISTS visitor_name_ar VARCHAR;
ALTER TABLE visits ADD COLUMN IF NOT EXISTS visitor_country_iso2 VARCHAR;
ALTER TABLE visits ADD COLUMN IF NOT EXISTS place_ar VARCHAR;
ALTER TABLE visits ADD COLUMN IF NOT EXISTS date_value VARCHAR;
ALTER TABLE visits ADD COLUMN IF NOT EXISTS start_date DATE;
ALTER TABLE visits ADD COLUMN IF NOT EXISTS trigger VARCHAR;
ALTER TABLE visits ADD COLUMN IF NOT EXISTS confidence DOUBLE;
ALTER TABLE visits ADD COLUMN IF NOT EXISTS decided_by VARCHAR;
COMMENT ON TABLE visits IS 'A visit of an official or delegation to another country, one row per (visitor, host) per article.';
COMMENT ON COLUMN visits.visit_id IS 'Stable id of the row';
COMMENT ON COLUMN visits.article_id IS 'The article';
COMMENT ON COLUMN visits.visitor_person_id IS 'The visitor (see persons), null for an unnamed delegation or envoy';
COMMENT ON COLUMN visits.visitor_name_ar IS 'The visitor''s name, null for an unnamed delegation or envoy';
COMMENT ON COLUMN visits.visitor_country_iso2 IS 'Whose official or delegation it is (null for international bodies)';
COMMENT ON COLUMN visits.host_country_iso2 IS 'Country visited';
COMMENT ON COLUMN visits.place_ar IS 'City or venue as the text names it';
COMMENT ON COLUMN visits.date_value IS 'YYYY-MM-DD, YYYY-MM, YYYY, XXXX-MM-DD, or null';
COMMENT ON COLUMN visits.start_date IS 'The day, when it is fully known';
COMMENT ON COLUMN visits.status IS '''occurred'' or ''planned''';
COMMENT ON COLUMN visits.evidence IS 'The sentence that states it';
COMMENT ON COLUMN visits.evidence_start IS 'Start offset of the sentence in body';
COMMENT ON COLUMN visits.evidence_end IS 'End offset of the sentence in body';
COMMENT ON COLUMN visits.trigger IS 'The verb or noun of travel or reception';
COMMENT ON COLUMN visits.confidence IS 'The model''s probability that the row is right, 0 to 1 (rows below the threshold chosen on the develop data are not stored)';
COMMENT ON COLUMN visits.decided_by IS 'The rule or model that decided the row, with its strongest features';
