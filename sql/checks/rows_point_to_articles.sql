-- Data test: every row of a per-article table points back to a stored article.
SELECT article_id FROM {table} ANTI JOIN articles USING (article_id) LIMIT 5;
