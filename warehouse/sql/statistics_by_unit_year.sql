-- How many statistics each unit has per year, with their range: a first look at what the corpus measures.
SELECT unit, year, count(*) AS n, min(value) AS min_value, max(value) AS max_value,
       count(DISTINCT article_id) AS articles
FROM statistics
GROUP BY unit, year
ORDER BY unit, year NULLS LAST;
