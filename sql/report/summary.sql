-- Report header: what the warehouse holds and the span of publication times it covers (UTC).
SELECT (SELECT count(*) FROM articles) AS articles,
       (SELECT count(*) FROM visits) AS visits,
       (SELECT count(*) FROM visit_events) AS visit_events,
       (SELECT count(*) FROM aid) AS aid_figures,
       (SELECT count(DISTINCT iso2) FROM country_mentions) AS countries_mentioned,
       (SELECT min(published_at AT TIME ZONE 'UTC') FROM articles) AS first_published,
       (SELECT max(published_at AT TIME ZONE 'UTC') FROM articles) AS last_published;
