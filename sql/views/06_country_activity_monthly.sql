-- Analyst view: what each country does each month: mentions, visits made and received, aid given
-- and received. Created or replaced at every load.
CREATE OR REPLACE VIEW country_activity_monthly AS
WITH activity AS (
    SELECT m.iso2, CAST(date_trunc('month', a.published_at AT TIME ZONE 'UTC') AS DATE) AS month,
           'mention' AS kind, m.article_id, NULL::DOUBLE AS usd
    FROM country_mentions m JOIN articles a USING (article_id) WHERE a.superseded_by IS NULL
    UNION ALL
    SELECT visitor_country_iso2, month, 'visit_made', article_id, NULL FROM visit_details WHERE visitor_country_iso2 IS NOT NULL
    UNION ALL
    SELECT host_country_iso2, month, 'visit_received', article_id, NULL FROM visit_details
    UNION ALL
    SELECT x.donor_iso2, CAST(date_trunc('month', a.published_at AT TIME ZONE 'UTC') AS DATE), 'aid_given', x.article_id, x.amount_usd
    FROM aid x JOIN articles a USING (article_id) WHERE x.donor_iso2 IS NOT NULL AND a.superseded_by IS NULL
    UNION ALL
    SELECT x.recipient_iso2, CAST(date_trunc('month', a.published_at AT TIME ZONE 'UTC') AS DATE), 'aid_received', x.article_id, x.amount_usd
    FROM aid x JOIN articles a USING (article_id) WHERE x.recipient_iso2 IS NOT NULL AND a.superseded_by IS NULL
)
SELECT t.iso2,
       c.name_ar,
       c.name_en,
       t.month,
       count(*) FILTER (WHERE kind = 'mention') AS mentions,
       count(DISTINCT article_id) FILTER (WHERE kind = 'mention') AS articles_mentioning,
       count(*) FILTER (WHERE kind = 'visit_made') AS visits_made,
       count(*) FILTER (WHERE kind = 'visit_received') AS visits_received,
       count(*) FILTER (WHERE kind = 'aid_given') AS aid_given,
       count(*) FILTER (WHERE kind = 'aid_received') AS aid_received,
       sum(usd) FILTER (WHERE kind = 'aid_given') AS aid_given_usd,
       sum(usd) FILTER (WHERE kind = 'aid_received') AS aid_received_usd
FROM activity t
LEFT JOIN countries c ON c.iso2 = t.iso2
GROUP BY t.iso2, c.name_ar, c.name_en, t.month;

COMMENT ON VIEW country_activity_monthly IS 'Per country and month: mentions, visits made and received, aid figures given and received, with their dollar sums (countries with no activity have no rows).';
COMMENT ON COLUMN country_activity_monthly.iso2 IS 'The country (ISO 3166-1 alpha-2)';
COMMENT ON COLUMN country_activity_monthly.name_ar IS 'The country in Arabic';
COMMENT ON COLUMN country_activity_monthly.name_en IS 'The country in English';
COMMENT ON COLUMN country_activity_monthly.month IS 'First day of the month: the article''s publication month (UTC), for visits the visit''s month as in visit_details; null when unknown';
COMMENT ON COLUMN country_activity_monthly.mentions IS 'Mentions of the country by name, adjective or organisation';
COMMENT ON COLUMN country_activity_monthly.articles_mentioning IS 'Articles mentioning the country';
COMMENT ON COLUMN country_activity_monthly.visits_made IS 'Visit reports whose visitor is the country''s official or delegation';
COMMENT ON COLUMN country_activity_monthly.visits_received IS 'Visit reports with the country as host';
COMMENT ON COLUMN country_activity_monthly.aid_given IS 'Aid figures with the country as donor';
COMMENT ON COLUMN country_activity_monthly.aid_received IS 'Aid figures with the country as recipient';
COMMENT ON COLUMN country_activity_monthly.aid_given_usd IS 'Sum in US dollars of the aid figures given whose dollar value is known (see aid_details.amount_usd)';
COMMENT ON COLUMN country_activity_monthly.aid_received_usd IS 'Sum in US dollars of the aid figures received whose dollar value is known';
