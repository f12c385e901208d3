-- Benchmark only: the I/O floor loads raw input lines, unparsed.
CREATE OR REPLACE TABLE raw_lines AS SELECT * FROM read_parquet($files);
