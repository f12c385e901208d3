-- Report: aid figures by donor → recipient, currency, status and period. Amounts are summed only
-- within one currency; total_usd sums the figures whose dollar value is known (usd_figures of them).
SELECT x.donor_iso2,
       dc.name_ar AS donor_ar,
       dc.name_en AS donor_en,
       x.donor_name_ar,
       x.recipient_iso2,
       rc.name_ar AS recipient_ar,
       rc.name_en AS recipient_en,
       x.recipient_name_ar,
       x.currency,
       x.status,
       x.period,
       count(*) AS figures,
       count(DISTINCT x.article_id) AS articles,
       sum(x.amount) AS total_amount,
       sum(x.amount_usd) AS total_usd,
       count(x.amount_usd) AS usd_figures,
       list(DISTINCT x.aid_type ORDER BY x.aid_type) AS aid_types
FROM aid x
LEFT JOIN countries dc ON dc.iso2 = x.donor_iso2
LEFT JOIN countries rc ON rc.iso2 = x.recipient_iso2
GROUP BY ALL
ORDER BY total_usd DESC NULLS LAST, total_amount DESC, x.donor_iso2 NULLS LAST, x.recipient_iso2 NULLS LAST, x.currency;
