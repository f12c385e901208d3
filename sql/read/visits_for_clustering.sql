-- Every visit with its article's publication time, in a stable order (events are numbered by it).
SELECT v.visit_id, v.article_id, v.visitor_person_id, v.visitor_name_ar, v.visitor_country_iso2,
       v.host_country_iso2, v.start_date, v.date_value, a.published_at
FROM visits v JOIN articles a USING (article_id)
ORDER BY a.published_at NULLS LAST, v.article_id, v.visit_id;
