-- Report: visit reports per host country and month. A visit's month is its day's month, else the
-- month the text gives (date_value YYYY-MM...), else the article's publication month (UTC); null
-- when none is known (a day without a year, an article without a publication time).
WITH dated AS (
    SELECT v.host_country_iso2 AS iso2,
           CAST(coalesce(
               date_trunc('month', v.start_date),
               CASE WHEN regexp_matches(v.date_value, '^[0-9]{4}-[0-9]{2}')
                    THEN make_date(CAST(left(v.date_value, 4) AS INTEGER), CAST(substr(v.date_value, 6, 2) AS INTEGER), 1) END,
               date_trunc('month', a.published_at AT TIME ZONE 'UTC')) AS DATE) AS month
    FROM visits v
    JOIN articles a USING (article_id)
)
SELECT d.iso2,
       c.name_ar,
       c.name_en,
       d.month,
       count(*) AS visits
FROM dated d
LEFT JOIN countries c ON c.iso2 = d.iso2
GROUP BY ALL
ORDER BY d.month NULLS LAST, visits DESC, d.iso2;
