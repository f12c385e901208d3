-- Data test: a coded column holds only its documented values.
SELECT {column}, count(*) AS rows FROM {table} WHERE {column} NOT IN ({values}) GROUP BY ALL LIMIT 5;
