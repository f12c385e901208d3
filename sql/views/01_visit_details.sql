-- Analyst view: every visit row with its visitor, both countries in Arabic and English, its month,
-- how sure the pipeline is, and the article it came from. Created or replaced at every load.
CREATE OR REPLACE VIEW visit_details AS
SELECT v.visit_id,
       v.visitor_name_ar,
       ap.title_ar AS visitor_title_ar,
       v.visitor_person_id,
       v.visitor_country_iso2,
       vc.name_ar AS visitor_country_ar,
       vc.name_en AS visitor_country_en,
       v.host_country_iso2,
       hc.name_ar AS host_country_ar,
       hc.name_en AS host_country_en,
       v.place_ar,
       v.date_value,
       v.start_date,
       CAST(coalesce(
           date_trunc('month', v.start_date),
           CASE WHEN regexp_matches(v.date_value, '^[0-9]{4}-[0-9]{2}')
                THEN make_date(CAST(left(v.date_value, 4) AS INTEGER), CAST(substr(v.date_value, 6, 2) AS INTEGER), 1) END,
           date_trunc('month', a.published_at AT TIME ZONE 'UTC')) AS DATE) AS month,
       CASE WHEN v.start_date IS NOT NULL THEN 'visit day'
            WHEN regexp_matches(v.date_value, '^[0-9]{4}-[0-9]{2}') THEN 'visit month'
            WHEN a.published_at IS NOT NULL THEN 'publication'
       END AS month_from,
       v.status,
       v.confidence,
       v.decided_by,
       ev.event_id,
       v.evidence,
       v.article_id,
       a.external_id,
       a.title,
       a.published_at
FROM visits v
JOIN articles a USING (article_id)
LEFT JOIN article_persons ap ON ap.article_id = v.article_id AND ap.person_id = v.visitor_person_id
LEFT JOIN countries vc ON vc.iso2 = v.visitor_country_iso2
LEFT JOIN countries hc ON hc.iso2 = v.host_country_iso2
LEFT JOIN (SELECT event_id, unnest(visit_ids) AS visit_id FROM visit_events) ev ON ev.visit_id = v.visit_id
WHERE a.superseded_by IS NULL;  -- current versions of corrected articles only

COMMENT ON VIEW visit_details IS 'One row per visit as one article reports it (see visits), with names of people and countries, the month, confidence and the source article.';
COMMENT ON COLUMN visit_details.visit_id IS 'The visits row';
COMMENT ON COLUMN visit_details.visitor_name_ar IS 'The visitor, null for an unnamed delegation or envoy';
COMMENT ON COLUMN visit_details.visitor_title_ar IS 'The visitor''s office as this article states it';
COMMENT ON COLUMN visit_details.visitor_person_id IS 'The visitor (see persons and person_profiles)';
COMMENT ON COLUMN visit_details.visitor_country_iso2 IS 'Whose official or delegation it is (ISO 3166-1 alpha-2; null for international bodies)';
COMMENT ON COLUMN visit_details.visitor_country_ar IS 'The visitor''s country in Arabic';
COMMENT ON COLUMN visit_details.visitor_country_en IS 'The visitor''s country in English';
COMMENT ON COLUMN visit_details.host_country_iso2 IS 'Country visited (ISO 3166-1 alpha-2)';
COMMENT ON COLUMN visit_details.host_country_ar IS 'Country visited, in Arabic';
COMMENT ON COLUMN visit_details.host_country_en IS 'Country visited, in English';
COMMENT ON COLUMN visit_details.place_ar IS 'City or venue as the text names it';
COMMENT ON COLUMN visit_details.date_value IS 'The day as the text gives it: YYYY-MM-DD, YYYY-MM, YYYY, XXXX-MM-DD (year unknown), or null';
COMMENT ON COLUMN visit_details.start_date IS 'The day, when it is fully known';
COMMENT ON COLUMN visit_details.month IS 'First day of the visit''s month: from its day, else the month the text gives, else the article''s publication month (UTC); null when none is known';
COMMENT ON COLUMN visit_details.month_from IS 'Where month comes from: ''visit day'', ''visit month'' or ''publication''';
COMMENT ON COLUMN visit_details.status IS '''occurred'' or ''planned''';
COMMENT ON COLUMN visit_details.confidence IS 'The model''s probability that the row is right, 0 to 1';
COMMENT ON COLUMN visit_details.decided_by IS 'The rule or model that kept the row, with its strongest features';
COMMENT ON COLUMN visit_details.event_id IS 'The visit this report belongs to, however many articles tell it (see visit_event_details)';
COMMENT ON COLUMN visit_details.evidence IS 'The sentence that states the visit';
COMMENT ON COLUMN visit_details.article_id IS 'The source article';
COMMENT ON COLUMN visit_details.external_id IS 'The source article''s id in the input';
COMMENT ON COLUMN visit_details.title IS 'The source article''s headline';
COMMENT ON COLUMN visit_details.published_at IS 'The source article''s publication time (UTC), null when unknown';
