-- One row per article: its title and how many records of each kind it yielded.
SELECT a.id AS article_id, a.title,
       count(*) FILTER (WHERE r.kind = 'statistic') AS statistics,
       count(*) FILTER (WHERE r.kind = 'recommendation') AS recommendations,
       count(*) FILTER (WHERE r.kind = 'claim') AS claims,
       count(*) FILTER (WHERE r.kind = 'example') AS examples
FROM articles AS a
LEFT JOIN records AS r ON r.article_id = a.id
GROUP BY ALL
ORDER BY a.id;
