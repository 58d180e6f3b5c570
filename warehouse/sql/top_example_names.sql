-- The places, organisations, projects and policies most often cited as examples.
SELECT name, entity_type, count(*) AS n, count(DISTINCT article_id) AS articles
FROM examples
GROUP BY ALL
ORDER BY n DESC, name
LIMIT 20;
