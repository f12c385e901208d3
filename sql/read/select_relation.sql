-- Every row of one table or view. The relation is a quoted name taken from
-- sql/read/catalogue.sql, never the analyst's text as typed.
SELECT * FROM {relation};
