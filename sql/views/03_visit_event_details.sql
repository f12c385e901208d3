-- Analyst view: each visit once, however many articles report it, with names. Created or replaced at every load.
CREATE OR REPLACE VIEW visit_event_details AS
SELECT e.event_id,
       e.visitor_name_ar,
       first(d.visitor_title_ar ORDER BY d.visitor_title_ar IS NULL, d.published_at, d.visit_id) AS visitor_title_ar,
       e.visitor_country_iso2,
       first(d.visitor_country_ar) AS visitor_country_ar,
       first(d.visitor_country_en) AS visitor_country_en,
       e.host_country_iso2,
       first(d.host_country_ar) AS host_country_ar,
       first(d.host_country_en) AS host_country_en,
       e.start_date,
       CASE WHEN bool_or(d.status = 'occurred') THEN 'occurred' ELSE 'planned' END AS status,
       coalesce(list_sort(list(DISTINCT d.place_ar) FILTER (WHERE d.place_ar IS NOT NULL)), []) AS places_ar,
       e.article_count,
       max(d.confidence) AS max_confidence,
       min(d.published_at) AS first_reported_at,
       max(d.published_at) AS last_reported_at,
       list_sort(list(DISTINCT d.external_id)) AS external_ids,
       e.visit_ids
FROM visit_events e
JOIN visit_details d USING (event_id)
GROUP BY e.event_id, e.visitor_name_ar, e.visitor_country_iso2, e.host_country_iso2, e.start_date,
         e.article_count, e.visit_ids;

COMMENT ON VIEW visit_event_details IS 'Each visit once, however many articles report it (see visit_events), with the names of the visitor and the countries.';
COMMENT ON COLUMN visit_event_details.event_id IS 'Stable id of the visit (see visit_events)';
COMMENT ON COLUMN visit_event_details.visitor_name_ar IS 'The visitor, null for unnamed delegations';
COMMENT ON COLUMN visit_event_details.visitor_title_ar IS 'The visitor''s office, as the earliest article stating one gives it';
COMMENT ON COLUMN visit_event_details.visitor_country_iso2 IS 'Whose official or delegation it is (ISO 3166-1 alpha-2)';
COMMENT ON COLUMN visit_event_details.visitor_country_ar IS 'The visitor''s country in Arabic';
COMMENT ON COLUMN visit_event_details.visitor_country_en IS 'The visitor''s country in English';
COMMENT ON COLUMN visit_event_details.host_country_iso2 IS 'Country visited (ISO 3166-1 alpha-2)';
COMMENT ON COLUMN visit_event_details.host_country_ar IS 'Country visited, in Arabic';
COMMENT ON COLUMN visit_event_details.host_country_en IS 'Country visited, in English';
COMMENT ON COLUMN visit_event_details.start_date IS 'First known day of the visit';
COMMENT ON COLUMN visit_event_details.status IS '''occurred'' if any report says it took place, else ''planned''';
COMMENT ON COLUMN visit_event_details.places_ar IS 'Cities or venues the reports name';
COMMENT ON COLUMN visit_event_details.article_count IS 'Articles reporting the visit';
COMMENT ON COLUMN visit_event_details.max_confidence IS 'The highest confidence among its reports';
COMMENT ON COLUMN visit_event_details.first_reported_at IS 'Publication time (UTC) of the first report, null when unknown';
COMMENT ON COLUMN visit_event_details.last_reported_at IS 'Publication time (UTC) of the last report, null when unknown';
COMMENT ON COLUMN visit_event_details.external_ids IS 'Input ids of the reporting articles';
COMMENT ON COLUMN visit_event_details.visit_ids IS 'Its visits rows (see visit_details)';
