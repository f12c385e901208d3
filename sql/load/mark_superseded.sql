-- A corrected article supersedes its earlier versions: the same source and the same external_id
-- given by the input, other content. The newest version is the one loaded last (within one run,
-- the later record); it has superseded_by NULL, and each older one points to it. An id Marsad
-- made up (<file stem>#<n>) never supersedes anything.
UPDATE articles
SET superseded_by = versions.newest
FROM (
    SELECT article_id,
           CASE WHEN newest <> article_id THEN newest END AS newest
    FROM (
        SELECT article_id,
               CASE WHEN coalesce(id_from_input, false) THEN first_value(article_id) OVER (
                   PARTITION BY coalesce(source, ''), external_id, coalesce(id_from_input, false)
                   ORDER BY loaded_at DESC NULLS LAST, input_file DESC, input_position DESC) END AS newest
        FROM articles
    )
) AS versions
WHERE articles.article_id = versions.article_id
  AND articles.superseded_by IS DISTINCT FROM versions.newest;
