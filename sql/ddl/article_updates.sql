-- Each `تحديث (HH:MM ت.غ)` block of an article: a dated part of its body.
-- Generated from marsad/schema.py by scripts/write_ddl.py: edit the schema, not this file.
CREATE TABLE IF NOT EXISTS article_updates (
    article_id VARCHAR NOT NULL,
    seq INTEGER NOT NULL,
    clock_gmt VARCHAR NOT NULL,
    header_start BIGINT NOT NULL,
    char_start BIGINT NOT NULL,
    char_end BIGINT NOT NULL,
    stamped_at TIMESTAMPTZ
);
ALTER TABLE article_updates ADD COLUMN IF NOT EXISTS stamped_at TIMESTAMPTZ;
COMMENT ON TABLE article_updates IS 'Each `تحديث (HH:MM ت.غ)` block of an article: a dated part of its body.';
COMMENT ON COLUMN article_updates.article_id IS 'The article';
COMMENT ON COLUMN article_updates.seq IS '1 for the first update block in the text, then 2, ...';
COMMENT ON COLUMN article_updates.clock_gmt IS 'The stamp''s clock time, HH:MM, GMT (ت.غ)';
COMMENT ON COLUMN article_updates.header_start IS 'Offset of the header line in body';
COMMENT ON COLUMN article_updates.char_start IS 'Offset in body where the block''s text starts';
COMMENT ON COLUMN article_updates.char_end IS 'Offset in body where the block''s text ends';
COMMENT ON COLUMN article_updates.stamped_at IS 'The stamp as a UTC time on the publication''s UTC day; null when publication is unknown';
