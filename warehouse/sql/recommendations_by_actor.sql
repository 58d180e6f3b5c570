-- Who is asked to act, and how strongly: recommendations counted by actor and strength.
SELECT coalesce(actor, '(no actor)') AS actor, strength, count(*) AS n,
       count(DISTINCT article_id) AS articles
FROM recommendations
GROUP BY ALL
ORDER BY n DESC, actor
LIMIT 20;
