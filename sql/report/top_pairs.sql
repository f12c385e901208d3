-- Report: the visitor country → host country pairs with the most distinct visits (visit_events),
-- then the most visit reports; the named visitors of each pair. $limit pairs.
WITH reports AS (
    SELECT visitor_country_iso2 AS visitor,
           host_country_iso2 AS host,
           count(*) AS reports,
           count(DISTINCT article_id) AS articles,
           count(*) FILTER (WHERE status = 'occurred') AS occurred,
           count(*) FILTER (WHERE status = 'planned') AS planned,
           list(DISTINCT visitor_name_ar ORDER BY visitor_name_ar) FILTER (WHERE visitor_name_ar IS NOT NULL) AS visitors
    FROM visits
    GROUP BY ALL
),
events AS (
    SELECT visitor_country_iso2 AS visitor, host_country_iso2 AS host, count(*) AS events
    FROM visit_events
    GROUP BY ALL
)
SELECT r.visitor AS visitor_iso2,
       vc.name_ar AS visitor_ar,
       vc.name_en AS visitor_en,
       r.host AS host_iso2,
       hc.name_ar AS host_ar,
       hc.name_en AS host_en,
       coalesce(e.events, 0) AS events,
       r.reports,
       r.articles,
       r.occurred,
       r.planned,
       coalesce(r.visitors, []) AS visitors
FROM reports r
LEFT JOIN events e ON e.visitor IS NOT DISTINCT FROM r.visitor AND e.host = r.host
LEFT JOIN countries vc ON vc.iso2 = r.visitor
LEFT JOIN countries hc ON hc.iso2 = r.host
ORDER BY events DESC, r.reports DESC, r.visitor NULLS LAST, r.host
LIMIT $limit;
