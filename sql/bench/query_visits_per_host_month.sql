-- Bench: visits per host country and month (the analyst's first question).
SELECT v.host_country_iso2, date_trunc('month', coalesce(v.start_date, a.published_at)) AS month, count(*) AS visits
FROM visits v JOIN articles a USING (article_id)
GROUP BY ALL ORDER BY month, visits DESC;
