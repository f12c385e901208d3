-- Analyst view: every aid figure with the names of donor and recipient, and its source article.
-- Created or replaced at every load.
CREATE OR REPLACE VIEW aid_details AS
SELECT x.aid_id,
       x.donor_iso2,
       coalesce(dc.name_ar, x.donor_name_ar) AS donor_ar,
       dc.name_en AS donor_en,
       x.recipient_iso2,
       coalesce(rc.name_ar, x.recipient_name_ar) AS recipient_ar,
       rc.name_en AS recipient_en,
       x.amount,
       x.amount_surface,
       x.currency,
       x.amount_usd,
       x.usd_method,
       x.period,
       x.aid_type,
       x.status,
       x.since_year,
       CAST(year(a.published_at AT TIME ZONE 'UTC') AS INTEGER) AS year,
       x.confidence,
       x.decided_by,
       x.evidence,
       x.article_id,
       a.external_id,
       a.title,
       a.published_at
FROM aid x
JOIN articles a USING (article_id)
LEFT JOIN countries dc ON dc.iso2 = x.donor_iso2
LEFT JOIN countries rc ON rc.iso2 = x.recipient_iso2
WHERE a.superseded_by IS NULL;  -- current versions of corrected articles only

COMMENT ON VIEW aid_details IS 'One row per aid figure (see aid), with donor and recipient named in Arabic and English and the source article.';
COMMENT ON COLUMN aid_details.aid_id IS 'The aid row';
COMMENT ON COLUMN aid_details.donor_iso2 IS 'Donor state (ISO 3166-1 alpha-2), null when the donor is an organisation or unknown';
COMMENT ON COLUMN aid_details.donor_ar IS 'Donor in Arabic: the state''s name, or the organisation''s name as the text gives it';
COMMENT ON COLUMN aid_details.donor_en IS 'Donor state in English (null for organisations)';
COMMENT ON COLUMN aid_details.recipient_iso2 IS 'Recipient state (ISO 3166-1 alpha-2), null when the recipient is an organisation or unknown';
COMMENT ON COLUMN aid_details.recipient_ar IS 'Recipient in Arabic: the state''s name, or the organisation''s name as the text gives it';
COMMENT ON COLUMN aid_details.recipient_en IS 'Recipient state in English (null for organisations)';
COMMENT ON COLUMN aid_details.amount IS 'Amount in units of currency (for status ''cut'', the amount cut)';
COMMENT ON COLUMN aid_details.amount_surface IS 'The amount as written';
COMMENT ON COLUMN aid_details.currency IS 'ISO 4217 currency code';
COMMENT ON COLUMN aid_details.amount_usd IS 'The amount in US dollars where known: dollars as they are, a pegged currency at its peg, any other at the ECB reference rate of the publication day; null otherwise (never guessed)';
COMMENT ON COLUMN aid_details.usd_method IS 'How amount_usd was reached: ''usd'', ''peg'' or ''ecb'' (null when amount_usd is)';
COMMENT ON COLUMN aid_details.period IS '''annual'', ''monthly'' or ''once''';
COMMENT ON COLUMN aid_details.aid_type IS 'military, economic, humanitarian, development, loan or unspecified';
COMMENT ON COLUMN aid_details.status IS '''provided'', ''pledged'' or ''cut''';
COMMENT ON COLUMN aid_details.since_year IS 'Year the flow began, when stated';
COMMENT ON COLUMN aid_details.year IS 'Year the source article was published (UTC), null when unknown';
COMMENT ON COLUMN aid_details.confidence IS 'The model''s probability that the row is right, 0 to 1';
COMMENT ON COLUMN aid_details.decided_by IS 'The rule or model that kept the row, with its strongest features';
COMMENT ON COLUMN aid_details.evidence IS 'The sentence that states the figure';
COMMENT ON COLUMN aid_details.article_id IS 'The source article';
COMMENT ON COLUMN aid_details.external_id IS 'The source article''s id in the input';
COMMENT ON COLUMN aid_details.title IS 'The source article''s headline';
COMMENT ON COLUMN aid_details.published_at IS 'The source article''s publication time (UTC), null when unknown';
