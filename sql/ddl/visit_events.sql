-- The same visit told by several articles, counted once (rebuilt from visits after every load).
-- Generated from marsad/schema.py by scripts/write_ddl.py: edit the schema, not this file.
CREATE TABLE IF NOT EXISTS visit_events (
    event_id VARCHAR NOT NULL,
    visitor_name_ar VARCHAR,
    visitor_country_iso2 VARCHAR,
    host_country_iso2 VARCHAR NOT NULL,
    start_date DATE,
    article_count BIGINT NOT NULL,
    visit_ids VARCHAR[] NOT NULL
);
ALTER TABLE visit_events ADD COLUMN IF NOT EXISTS visitor_name_ar VARCHAR;
ALTER TABLE visit_events ADD COLUMN IF NOT EXISTS visitor_country_iso2 VARCHAR;
ALTER TABLE visit_events ADD COLUMN IF NOT EXISTS start_date DATE;
COMMENT ON TABLE visit_events IS 'The same visit told by several articles, counted once (rebuilt from visits after every load).';
COMMENT ON COLUMN visit_events.event_id IS 'Stable id: a hash of the visit rows it groups';
COMMENT ON COLUMN visit_events.visitor_name_ar IS 'The visitor, null for unnamed delegations';
COMMENT ON COLUMN visit_events.visitor_country_iso2 IS 'Whose official or delegation it is';
COMMENT ON COLUMN visit_events.host_country_iso2 IS 'Country visited';
COMMENT ON COLUMN visit_events.start_date IS 'First known day of the visit';
COMMENT ON COLUMN visit_events.article_count IS 'Articles reporting the visit';
COMMENT ON COLUMN visit_events.visit_ids IS 'The visits rows grouped into this event';
