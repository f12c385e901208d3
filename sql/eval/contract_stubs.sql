-- Scratch warehouses only (make eval): the scorer reads every contract table, so tables that no
-- extraction fills yet are created empty here. Real tables, where they exist, are left alone.
CREATE TABLE IF NOT EXISTS country_mentions (article_id VARCHAR, iso2 VARCHAR, surface VARCHAR, char_start BIGINT, char_end BIGINT);
CREATE TABLE IF NOT EXISTS persons (person_id VARCHAR, name_ar VARCHAR, title_ar VARCHAR, country_iso2 VARCHAR);
CREATE TABLE IF NOT EXISTS person_mentions (article_id VARCHAR, person_id VARCHAR, surface VARCHAR, char_start BIGINT, char_end BIGINT);
CREATE TABLE IF NOT EXISTS visits (visit_id VARCHAR, article_id VARCHAR, visitor_name_ar VARCHAR, visitor_country_iso2 VARCHAR,
    host_country_iso2 VARCHAR, place_ar VARCHAR, date_value VARCHAR, start_date DATE, status VARCHAR, evidence VARCHAR);
CREATE TABLE IF NOT EXISTS aid (aid_id VARCHAR, article_id VARCHAR, donor_iso2 VARCHAR, donor_name_ar VARCHAR, recipient_iso2 VARCHAR,
    recipient_name_ar VARCHAR, amount DOUBLE, currency VARCHAR, period VARCHAR, aid_type VARCHAR, since_year INTEGER,
    status VARCHAR, evidence VARCHAR);
CREATE TABLE IF NOT EXISTS time_expressions (article_id VARCHAR, surface VARCHAR, char_start BIGINT, char_end BIGINT, value VARCHAR);
