-- Articles already stored, so a rerun does not parse and extract them again.
SELECT article_id FROM articles;
