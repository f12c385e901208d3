-- Reference tables are rebuilt from seeds/ on every run.
DELETE FROM {table};
INSERT INTO {table} BY NAME SELECT * FROM read_parquet($files);
