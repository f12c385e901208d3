-- Report: the aid rows the model is surest of ($limit), with their evidence sentence and article.
SELECT x.donor_iso2,
       dc.name_ar AS donor_ar,
       x.donor_name_ar,
       x.recipient_iso2,
       rc.name_ar AS recipient_ar,
       x.recipient_name_ar,
       x.amount,
       x.amount_surface,
       x.currency,
       x.amount_usd,
       x.status,
       x.aid_type,
       x.period,
       x.confidence,
       x.evidence,
       a.external_id,
       a.title,
       a.source,
       a.published_at AT TIME ZONE 'UTC' AS published_utc
FROM aid x
JOIN articles a USING (article_id)
LEFT JOIN countries dc ON dc.iso2 = x.donor_iso2
LEFT JOIN countries rc ON rc.iso2 = x.recipient_iso2
ORDER BY x.confidence DESC NULLS LAST, x.aid_id
LIMIT $limit;
