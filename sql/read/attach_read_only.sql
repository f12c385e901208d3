-- Another warehouse opened beside this connection's, read-only, as {name} (scripts/compare_warehouses.py).
ATTACH '{path}' AS {name} (READ_ONLY);
