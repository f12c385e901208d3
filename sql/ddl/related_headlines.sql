-- `اقرأ أيضا:` links: headlines of other articles, kept out of the body.
-- Generated from marsad/schema.py by scripts/write_ddl.py: edit the schema, not this file.
CREATE TABLE IF NOT EXISTS related_headlines (
    article_id VARCHAR NOT NULL,
    seq INTEGER NOT NULL,
    headline VARCHAR NOT NULL,
    body_offset BIGINT NOT NULL
);
COMMENT ON TABLE related_headlines IS '`اقرأ أيضا:` links: headlines of other articles, kept out of the body.';
COMMENT ON COLUMN related_headlines.article_id IS 'The article carrying the link';
COMMENT ON COLUMN related_headlines.seq IS 'Order of the link in the article';
COMMENT ON COLUMN related_headlines.headline IS 'The linked headline';
COMMENT ON COLUMN related_headlines.body_offset IS 'Offset in body where the link stood';
