-- Reads every column of every row (a row count alone is answered from metadata): a damaged block
-- fails its checksum here, before a run writes into the warehouse.
SELECT count(*), sum(hash(stored)) FROM {table} AS stored;
