-- The run that stored each new article, and when: only the articles this run's parts brought.
UPDATE articles SET loaded_at = $loaded_at, run_id = $run_id
WHERE run_id IS NULL AND article_id IN (SELECT article_id FROM read_parquet($files));
