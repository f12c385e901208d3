-- Report: the most active countries: articles and mentions naming them, visits made and received,
-- aid figures given and received. $limit countries, most articles first.
WITH mentioned AS (
    SELECT iso2, count(*) AS mentions, count(DISTINCT article_id) AS articles
    FROM country_mentions
    GROUP BY iso2
),
made AS (
    SELECT visitor_country_iso2 AS iso2, count(*) AS visits_made
    FROM visits
    WHERE visitor_country_iso2 IS NOT NULL
    GROUP BY 1
),
received AS (
    SELECT host_country_iso2 AS iso2, count(*) AS visits_received
    FROM visits
    GROUP BY 1
),
given AS (
    SELECT donor_iso2 AS iso2, count(*) AS aid_given
    FROM aid
    WHERE donor_iso2 IS NOT NULL
    GROUP BY 1
),
got AS (
    SELECT recipient_iso2 AS iso2, count(*) AS aid_received
    FROM aid
    WHERE recipient_iso2 IS NOT NULL
    GROUP BY 1
)
SELECT c.iso2,
       c.name_ar,
       c.name_en,
       coalesce(m.articles, 0) AS articles,
       coalesce(m.mentions, 0) AS mentions,
       coalesce(made.visits_made, 0) AS visits_made,
       coalesce(received.visits_received, 0) AS visits_received,
       coalesce(given.aid_given, 0) AS aid_given,
       coalesce(got.aid_received, 0) AS aid_received
FROM countries c
LEFT JOIN mentioned m ON m.iso2 = c.iso2
LEFT JOIN made ON made.iso2 = c.iso2
LEFT JOIN received ON received.iso2 = c.iso2
LEFT JOIN given ON given.iso2 = c.iso2
LEFT JOIN got ON got.iso2 = c.iso2
WHERE m.iso2 IS NOT NULL OR made.iso2 IS NOT NULL OR received.iso2 IS NOT NULL
   OR given.iso2 IS NOT NULL OR got.iso2 IS NOT NULL
ORDER BY articles DESC, mentions DESC, visits_made + visits_received DESC, c.iso2
LIMIT $limit;
