-- Analyst view: aid from donor to recipient by type, status, currency, period and year, in US
-- dollars where known, with the evidence. Created or replaced at every load.
CREATE OR REPLACE VIEW aid_flows AS
SELECT donor_iso2,
       donor_ar,
       donor_en,
       recipient_iso2,
       recipient_ar,
       recipient_en,
       aid_type,
       status,
       currency,
       period,
       year,
       count(*) AS figures,
       sum(amount) AS total_amount,
       max(amount) AS largest_amount,
       sum(amount_usd) AS total_usd,
       count(*) FILTER (WHERE amount_usd IS NULL) AS figures_without_usd,
       max(confidence) AS max_confidence,
       string_agg(DISTINCT evidence, chr(10) ORDER BY evidence) AS evidence,
       list_sort(list(DISTINCT external_id)) AS external_ids,
       list_sort(list(aid_id)) AS aid_ids
FROM aid_details
GROUP BY ALL;

COMMENT ON VIEW aid_flows IS 'Aid from donor to recipient by type, status, currency, period and year of publication: figures, totals and the sentences behind them. Amounts add up only within one currency and period; total_usd adds figures across currencies.';
COMMENT ON COLUMN aid_flows.donor_iso2 IS 'Donor state (ISO 3166-1 alpha-2), null for organisations or an unknown donor';
COMMENT ON COLUMN aid_flows.donor_ar IS 'Donor in Arabic (state or organisation)';
COMMENT ON COLUMN aid_flows.donor_en IS 'Donor state in English';
COMMENT ON COLUMN aid_flows.recipient_iso2 IS 'Recipient state (ISO 3166-1 alpha-2), null for organisations or an unknown recipient';
COMMENT ON COLUMN aid_flows.recipient_ar IS 'Recipient in Arabic (state or organisation)';
COMMENT ON COLUMN aid_flows.recipient_en IS 'Recipient state in English';
COMMENT ON COLUMN aid_flows.aid_type IS 'military, economic, humanitarian, development, loan or unspecified';
COMMENT ON COLUMN aid_flows.status IS '''provided'', ''pledged'' or ''cut''';
COMMENT ON COLUMN aid_flows.currency IS 'ISO 4217 currency code of every figure in the row';
COMMENT ON COLUMN aid_flows.period IS '''annual'', ''monthly'' or ''once''';
COMMENT ON COLUMN aid_flows.year IS 'Year the source articles were published (UTC), null when unknown';
COMMENT ON COLUMN aid_flows.figures IS 'Aid figures in the row (one per article and sum of money)';
COMMENT ON COLUMN aid_flows.total_amount IS 'Sum of the figures, in units of currency (the same flow reported twice counts twice)';
COMMENT ON COLUMN aid_flows.largest_amount IS 'The largest figure, in units of currency';
COMMENT ON COLUMN aid_flows.total_usd IS 'Sum of the figures in US dollars (see aid_details.amount_usd), over the figures whose dollar value is known; null when none is';
COMMENT ON COLUMN aid_flows.figures_without_usd IS 'Figures left out of total_usd because their dollar value is not known';
COMMENT ON COLUMN aid_flows.max_confidence IS 'The highest confidence among the figures';
COMMENT ON COLUMN aid_flows.evidence IS 'The distinct sentences stating the figures, one per line';
COMMENT ON COLUMN aid_flows.external_ids IS 'Input ids of the source articles';
COMMENT ON COLUMN aid_flows.aid_ids IS 'The aid rows (see aid_details)';
