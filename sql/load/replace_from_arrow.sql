-- A derived table computed in Python, handed over as the registered Arrow table `incoming`.
DELETE FROM {table};
INSERT INTO {table} BY NAME SELECT * FROM incoming;
