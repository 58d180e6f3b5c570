-- Cross-article relations over the star schema and the record views. They are tables, not
-- views: the warehouse is rebuilt whenever the store changes, so their joins and list
-- aggregations are paid once per build instead of at every read by a BI tool.

-- One row per entity named by a record: the entity, the record (kind, id, text) and where it stands.
CREATE TABLE entities AS
SELECT e.entity_id, e.name, e.entity_type, m.role, m.kind, m.record_id, m.surface, r.text,
       r.article_id, r.title, r.section, r.path
FROM fact_mention AS m
JOIN dim_entity AS e USING (entity_id)
JOIN records AS r ON r.kind = m.kind AND r.id = m.record_id;

-- One row per measure reported by two or more articles with different values (same unit, year and kind of figure).
CREATE TABLE statistic_conflicts AS
SELECT m.measure, f.unit, f.year, f.is_change,
       count(DISTINCT f.article_id) AS n_articles, count(*) AS n_statistics,
       min(f.value) AS min_value, max(f.value) AS max_value,
       list(DISTINCT f.value ORDER BY f.value) AS reported_values,
       list(DISTINCT a.label ORDER BY a.label) AS titles,
       list(f.statistic_id ORDER BY f.statistic_id) AS statistic_ids
FROM fact_statistic AS f
JOIN dim_measure AS m USING (measure_id)
JOIN dim_article AS a USING (article_id)
GROUP BY m.measure, f.unit, f.year, f.is_change
HAVING count(DISTINCT f.article_id) >= 2 AND min(f.value) < max(f.value)
ORDER BY n_articles DESC, measure, unit, year;

-- Who is told to act, and how strongly: named actors (an entity under its canonical name, else as written).
CREATE TABLE recommendations_by_actor AS
WITH acting AS (
    SELECT DISTINCT r.recommendation_id, r.article_id, r.strength, e.entity_id, e.entity_type,
           coalesce(e.name, regexp_replace(r.actor, '\s+', '', 'g')) AS actor
    FROM fact_recommendation AS r
    LEFT JOIN fact_mention AS m ON m.kind = 'recommendation' AND m.record_id = r.recommendation_id
    LEFT JOIN dim_entity AS e USING (entity_id)
    WHERE r.actor IS NOT NULL
)
SELECT actor, any_value(entity_id) AS entity_id, any_value(entity_type) AS entity_type,
       count(*) AS n_recommendations,
       count(*) FILTER (WHERE strength = 'must') AS must,
       count(*) FILTER (WHERE strength = 'should') AS should,
       count(*) FILTER (WHERE strength = 'may') AS may,
       count(DISTINCT article_id) AS n_articles,
       list(DISTINCT a.label ORDER BY a.label) AS titles
FROM acting JOIN dim_article AS a USING (article_id)
GROUP BY actor
ORDER BY n_recommendations DESC, actor;

-- Which places and organisations are cited as cases, how often and where.
CREATE TABLE examples_by_entity AS
SELECT e.entity_id, e.name, e.entity_type,
       count(DISTINCT x.example_id) AS n_examples, count(DISTINCT x.article_id) AS n_articles,
       list(DISTINCT m.surface ORDER BY m.surface) AS written_as,
       list(DISTINCT x.marker ORDER BY x.marker) FILTER (WHERE x.marker IS NOT NULL) AS markers,
       list(DISTINCT a.label ORDER BY a.label) AS titles
FROM fact_mention AS m
JOIN dim_entity AS e USING (entity_id)
JOIN fact_example AS x ON m.kind = 'example' AND x.example_id = m.record_id
JOIN dim_article AS a ON a.article_id = x.article_id
GROUP BY e.entity_id, e.name, e.entity_type
ORDER BY n_examples DESC, name;

-- Every claim some statistic or example supports, with that evidence.
CREATE TABLE claims_with_evidence AS
WITH figures AS (
    SELECT claim_id, count(*) AS n, list(text ORDER BY start) AS texts, list(raw ORDER BY start) AS raws
    FROM statistics WHERE claim_id IS NOT NULL GROUP BY claim_id
), cases AS (
    SELECT claim_id, count(*) AS n, list(name ORDER BY start) AS names
    FROM examples WHERE claim_id IS NOT NULL GROUP BY claim_id
)
SELECT c.id AS claim_id, c.article_id, c.title, c.section, c.text, c.claim_type,
       coalesce(f.n, 0) AS n_statistics, coalesce(x.n, 0) AS n_examples,
       f.raws AS statistics, f.texts AS statistic_texts, x.names AS examples, c.path
FROM claims AS c
LEFT JOIN figures AS f ON f.claim_id = c.id
LEFT JOIN cases AS x ON x.claim_id = c.id
WHERE f.n IS NOT NULL OR x.n IS NOT NULL;
