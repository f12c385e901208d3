-- Analyst view: visits per host country and month. Created or replaced at every load.
CREATE OR REPLACE VIEW visits_per_host_month AS
SELECT host_country_iso2,
       host_country_ar,
       host_country_en,
       month,
       count(*) AS visits,
       count(DISTINCT event_id) AS events,
       count(*) FILTER (WHERE status = 'occurred') AS occurred,
       count(*) FILTER (WHERE status = 'planned') AS planned,
       count(DISTINCT coalesce(visitor_person_id, visitor_name_ar)) AS named_visitors,
       count(DISTINCT article_id) AS articles
FROM visit_details
GROUP BY ALL;

COMMENT ON VIEW visits_per_host_month IS 'Visits per host country and month (month as in visit_details: the visit''s day, else the month the text gives, else publication).';
COMMENT ON COLUMN visits_per_host_month.host_country_iso2 IS 'Country visited (ISO 3166-1 alpha-2)';
COMMENT ON COLUMN visits_per_host_month.host_country_ar IS 'Country visited, in Arabic';
COMMENT ON COLUMN visits_per_host_month.host_country_en IS 'Country visited, in English';
COMMENT ON COLUMN visits_per_host_month.month IS 'First day of the month; null for visits with no known month';
COMMENT ON COLUMN visits_per_host_month.visits IS 'Visit reports (one per visitor, host and article)';
COMMENT ON COLUMN visits_per_host_month.events IS 'Distinct visits, counting once a visit several articles report';
COMMENT ON COLUMN visits_per_host_month.occurred IS 'Reports of visits that took place';
COMMENT ON COLUMN visits_per_host_month.planned IS 'Reports of visits announced or planned';
COMMENT ON COLUMN visits_per_host_month.named_visitors IS 'Distinct named visitors';
COMMENT ON COLUMN visits_per_host_month.articles IS 'Articles reporting these visits';
