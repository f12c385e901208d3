-- A quantified transfer of aid or financing from a donor to a recipient, with its evidence.
-- Generated from marsad/schema.py by scripts/write_ddl.py: edit the schema, not this file.
CREATE TABLE IF NOT EXISTS aid (
    aid_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    donor_iso2 VARCHAR,
    donor_name_ar VARCHAR,
    recipient_iso2 VARCHAR,
    recipient_name_ar VARCHAR,
    amount DOUBLE NOT NULL,
    amount_surface VARCHAR,
    currency VARCHAR,
    amount_usd DOUBLE,
    usd_method VARCHAR,
    period VARCHAR NOT NULL,
    aid_type VARCHAR NOT NULL,
    since_year INTEGER,
    status VARCHAR NOT NULL,
    evidence VARCHAR NOT NULL,
    evidence_start BIGINT NOT NULL,
    evidence_end BIGINT NOT NULL,
    confidence DOUBLE,
    decided_by VARCHAR
);
ALTER TABLE aid ADD COLUMN IF NOT EXISTS donor_iso2 VARCHAR;
ALTER TABLE aid ADD COLUMN IF NOT EXISTS donor_name_ar VARCHAR;
ALTER TABLE aid ADD COLUMN IF NOT EXISTS recipient_iso2 VARCHAR;
ALTER TABLE aid ADD COLUMN IF NOT EXISTS recipient_name_ar VARCHAR;
ALTER TABLE aid ADD COLUMN IF NOT EXISTS amount_surface VARCHAR;
ALTER TABLE aid ADD COLUMN IF NOT EXISTS currency VARCHAR;
ALTER TABLE aid ADD COLUMN IF NOT EXISTS amount_usd DOUBLE;
ALTER TABLE aid ADD COLUMN IF NOT EXISTS usd_method VARCHAR;
ALTER TABLE aid ADD COLUMN IF NOT EXISTS since_year INTEGER;
ALTER TABLE aid ADD COLUMN IF NOT EXISTS confidence DOUBLE;
ALTER TABLE aid ADD COLUMN IF NOT EXISTS decided_by VARCHAR;
COMMENT ON TABLE aid IS 'A quantified transfer of aid or financing from a donor to a recipient, with its evidence.';
COMMENT ON COLUMN aid.aid_id IS 'Stable id of the row';
COMMENT ON COLUMN aid.article_id IS 'The article';
COMMENT ON COLUMN aid.donor_iso2 IS 'Donor state';
COMMENT ON COLUMN aid.donor_name_ar IS 'Donor organisation''s name when it is not a state';
COMMENT ON COLUMN aid.recipient_iso2 IS 'Recipient state';
COMMENT ON COLUMN aid.recipient_name_ar IS 'Recipient organisation''s name when it is not a state';
COMMENT ON COLUMN aid.amount IS 'Amount in units of currency';
COMMENT ON COLUMN aid.amount_surface IS 'The amount as written';
COMMENT ON COLUMN aid.currency IS 'ISO 4217';
COMMENT ON COLUMN aid.amount_usd IS 'The amount in US dollars: dollars as they are, a currency pegged to the dollar at its peg (seeds/currency_pegs_curated.csv), any other at the ECB reference rate of the publication day; null where neither applies (never guessed)';
COMMENT ON COLUMN aid.usd_method IS 'How amount_usd was reached: ''usd'', ''peg'' or ''ecb'' (null when amount_usd is)';
COMMENT ON COLUMN aid.period IS '''annual'', ''monthly'' or ''once''';
COMMENT ON COLUMN aid.aid_type IS 'military, economic, humanitarian, development, loan or unspecified';
COMMENT ON COLUMN aid.since_year IS 'Year the flow began, when stated';
COMMENT ON COLUMN aid.status IS '''provided'', ''pledged'' or ''cut'' (then amount is the amount cut)';
COMMENT ON COLUMN aid.evidence IS 'The sentence that states it';
COMMENT ON COLUMN aid.evidence_start IS 'Start offset of the sentence in body';
COMMENT ON COLUMN aid.evidence_end IS 'End offset of the sentence in body';
COMMENT ON COLUMN aid.confidence IS 'The model''s probability that the row is right, 0 to 1 (rows below the threshold chosen on the develop data are not stored)';
COMMENT ON COLUMN aid.decided_by IS 'The rule or model that decided the row, with its strongest features';
