-- Rows of {table} in warehouse {first} that warehouse {second} does not hold, counted as
-- multisets (EXCEPT ALL), without the columns that name the run that loaded a row ({ignore}).
SELECT count(*) FROM (
    SELECT * {ignore} FROM {first}.{table}
    EXCEPT ALL
    SELECT * {ignore} FROM {second}.{table}
);
