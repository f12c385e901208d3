-- Bench: the persons most articles name, with their mentions.
SELECT p.name_ar, p.country_iso2, count(*) AS mentions
FROM person_mentions m JOIN persons p USING (person_id)
GROUP BY ALL ORDER BY mentions DESC LIMIT 50;
