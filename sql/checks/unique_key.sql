-- Data test: a table's key is unique. Returns the offending keys.
SELECT {key}, count(*) AS copies FROM {table} GROUP BY ALL HAVING count(*) > 1 LIMIT 5;
