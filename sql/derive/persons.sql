-- One row per person across all articles: the most frequent spelling, title and country, and the
-- other spellings as aliases
-- (ties broken alphabetically so that reloads give identical rows).
DELETE FROM persons;
INSERT INTO persons BY NAME
WITH counted AS (
    SELECT article_id, person_id, name_ar, title_ar, country_iso2,
           count(*) OVER (PARTITION BY person_id, name_ar) AS name_n,
           count(*) OVER (PARTITION BY person_id, title_ar) AS title_n,
           count(*) OVER (PARTITION BY person_id, country_iso2) AS country_n
    FROM article_persons
)
SELECT person_id,
       first(name_ar ORDER BY name_n DESC, name_ar) AS name_ar,
       first(title_ar ORDER BY title_ar IS NULL, title_n DESC, title_ar) AS title_ar,
       first(country_iso2 ORDER BY country_iso2 IS NULL, country_n DESC, country_iso2) AS country_iso2,
       count(DISTINCT article_id) AS article_count,
       list_sort(list_filter(list(DISTINCT name_ar),
                             n -> n <> first(name_ar ORDER BY name_n DESC, name_ar))) AS aliases
FROM counted
GROUP BY person_id;
