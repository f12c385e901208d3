-- Analyst view: one row per person: titles, country, when the articles name them, their visits.
-- Created or replaced at every load.
CREATE OR REPLACE VIEW person_profiles AS
WITH seen AS (
    SELECT ap.person_id,
           list_sort(list(DISTINCT ap.title_ar) FILTER (WHERE ap.title_ar IS NOT NULL)) AS titles_ar,
           CAST(min(a.published_at AT TIME ZONE 'UTC') AS DATE) AS first_seen,
           CAST(max(a.published_at AT TIME ZONE 'UTC') AS DATE) AS last_seen
    FROM article_persons ap JOIN articles a USING (article_id) WHERE a.superseded_by IS NULL
    GROUP BY ap.person_id
), travels AS (
    SELECT visitor_person_id AS person_id,
           count(*) AS visits,
           count(DISTINCT event_id) AS visit_events,
           list_sort(list(DISTINCT host_country_iso2)) AS countries_visited
    FROM visit_details
    WHERE visitor_person_id IS NOT NULL
    GROUP BY visitor_person_id
)
SELECT p.person_id,
       p.name_ar,
       p.aliases,
       p.title_ar,
       coalesce(s.titles_ar, []) AS titles_ar,
       p.country_iso2,
       c.name_ar AS country_ar,
       c.name_en AS country_en,
       p.article_count,
       s.first_seen,
       s.last_seen,
       coalesce(t.visits, 0) AS visits,
       coalesce(t.visit_events, 0) AS visit_events,
       coalesce(t.countries_visited, []) AS countries_visited
FROM persons p
LEFT JOIN seen s USING (person_id)
LEFT JOIN travels t USING (person_id)
LEFT JOIN countries c ON c.iso2 = p.country_iso2;

COMMENT ON VIEW person_profiles IS 'One row per person (see persons): titles, country, the first and last day an article names them, and their visits.';
COMMENT ON COLUMN person_profiles.person_id IS 'Stable id of the person';
COMMENT ON COLUMN person_profiles.name_ar IS 'Fullest form of the name (the most frequent spelling)';
COMMENT ON COLUMN person_profiles.aliases IS 'Other spellings of the name the articles use';
COMMENT ON COLUMN person_profiles.title_ar IS 'Most frequent title across articles';
COMMENT ON COLUMN person_profiles.titles_ar IS 'Every title the articles give';
COMMENT ON COLUMN person_profiles.country_iso2 IS 'Most frequent country across articles (ISO 3166-1 alpha-2)';
COMMENT ON COLUMN person_profiles.country_ar IS 'That country in Arabic';
COMMENT ON COLUMN person_profiles.country_en IS 'That country in English';
COMMENT ON COLUMN person_profiles.article_count IS 'Articles naming the person';
COMMENT ON COLUMN person_profiles.first_seen IS 'Publication day (UTC) of the first article naming the person, null when unknown';
COMMENT ON COLUMN person_profiles.last_seen IS 'Publication day (UTC) of the last article naming the person, null when unknown';
COMMENT ON COLUMN person_profiles.visits IS 'Visit reports with the person as visitor';
COMMENT ON COLUMN person_profiles.visit_events IS 'Distinct visits the person made (see visit_event_details)';
COMMENT ON COLUMN person_profiles.countries_visited IS 'Countries the person visited (ISO 3166-1 alpha-2)';
