-- Bench: aid by donor and recipient in dollars.
SELECT coalesce(donor_iso2, donor_name_ar) AS donor, coalesce(recipient_iso2, recipient_name_ar) AS recipient,
       count(*) AS figures, sum(amount_usd) AS total_usd
FROM aid GROUP BY ALL ORDER BY total_usd DESC NULLS LAST;
