-- Report: the visit rows the model is surest of ($limit), with their evidence sentence and article.
SELECT v.visitor_name_ar,
       v.visitor_country_iso2,
       vc.name_ar AS visitor_country_ar,
       v.host_country_iso2,
       hc.name_ar AS host_country_ar,
       v.place_ar,
       v.date_value,
       v.status,
       v.confidence,
       v.trigger,
       v.evidence,
       a.external_id,
       a.title,
       a.source,
       a.published_at AT TIME ZONE 'UTC' AS published_utc
FROM visits v
JOIN articles a USING (article_id)
LEFT JOIN countries vc ON vc.iso2 = v.visitor_country_iso2
LEFT JOIN countries hc ON hc.iso2 = v.host_country_iso2
ORDER BY v.confidence DESC NULLS LAST, v.visit_id
LIMIT $limit;
