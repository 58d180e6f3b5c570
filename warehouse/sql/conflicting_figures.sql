-- Measures that two or more articles report with different values (view statistic_conflicts).
SELECT measure, unit, year, n_articles, min_value, max_value, reported_values, titles
FROM statistic_conflicts
LIMIT 50;
