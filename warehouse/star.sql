-- The star schema: dimensions and facts, materialised from the copied store (schema "store").
-- Keys are the store's ids, so every fact row leads back to its SQL row and its evidence.

CREATE TABLE dim_article AS
SELECT a.id AS article_id, a.document_id, a.title,
       coalesce(a.title, regexp_extract(d.path, '[^/\\]+$')) AS label,  -- what to call it when it has no title
       d.path, a.abstract, a.keywords, a.n_chars, a.n_paragraphs, a.n_sentences,
       (SELECT count(*) FROM store.section AS s WHERE s.article_id = a.id) AS n_sections,
       a.note, d.extractor_version, d.processed_at
FROM store.article AS a JOIN store.document AS d ON d.id = a.document_id;

CREATE TABLE dim_section AS
SELECT id AS section_id, article_id, ordinal, heading, level, path, start, "end"
FROM store.section;

-- A record carries its section as a path; the first section with that path in its article is its key.
CREATE TEMP TABLE section_key AS
SELECT article_id, path, min(section_id) AS section_id FROM dim_section GROUP BY ALL;

CREATE TABLE dim_entity AS
SELECT e.id AS entity_id, e.name, e.entity_type,
       coalesce(list(DISTINCT m.surface ORDER BY m.surface) FILTER (WHERE m.surface <> e.name), []) AS aliases,
       count(m.id) AS n_mentions, count(DISTINCT m.article_id) AS n_articles
FROM store.entity AS e LEFT JOIN store.entity_mention AS m ON m.entity_id = e.id
GROUP BY ALL;

-- What a statistic measures, as a key comparable across articles: "scope·…·noun" (see etl/link/measures.py).
CREATE TABLE dim_measure AS
SELECT row_number() OVER (ORDER BY measure_key) AS measure_id, measure_key AS measure,
       nullif(array_to_string(string_split(measure_key, '·')[:-2], '·'), '') AS scope,
       string_split(measure_key, '·')[-1] AS noun,
       count(*) AS n_statistics, count(DISTINCT article_id) AS n_articles
FROM store.statistic WHERE measure_key IS NOT NULL
GROUP BY measure_key;

CREATE TABLE fact_statistic AS
SELECT s.id AS statistic_id, s.article_id, k.section_id, s.paragraph, s.claim_id, m.measure_id,
       s.start, s."end", s.value, s.unit, s.raw, s.year, s.period_start, s.period_end, s.approx, s.is_change,
       s.confidence, s.measure AS measure_phrase, s.subject
FROM store.statistic AS s
LEFT JOIN section_key AS k ON k.article_id = s.article_id AND k.path = s.section
LEFT JOIN dim_measure AS m ON m.measure = s.measure_key;

CREATE TABLE fact_recommendation AS
SELECT r.id AS recommendation_id, r.article_id, k.section_id, r.paragraph, r.start, r."end", r.actor, r.strength,
       r.confidence
FROM store.recommendation AS r
LEFT JOIN section_key AS k ON k.article_id = r.article_id AND k.path = r.section;

CREATE TABLE fact_claim AS
SELECT c.id AS claim_id, c.article_id, k.section_id, c.paragraph, c.start, c."end", c.claim_type, c.confidence,
       (SELECT count(*) FROM store.statistic AS s WHERE s.claim_id = c.id) AS n_statistics,
       (SELECT count(*) FROM store.example AS x WHERE x.claim_id = c.id) AS n_examples
FROM store.claim AS c
LEFT JOIN section_key AS k ON k.article_id = c.article_id AND k.path = c.section;

CREATE TABLE fact_example AS
SELECT x.id AS example_id, x.article_id, k.section_id, x.paragraph, x.claim_id, x.start, x."end", x.name,
       x.entity_type, x.marker, x.confidence
FROM store.example AS x
LEFT JOIN section_key AS k ON k.article_id = x.article_id AND k.path = x.section;

-- The bridge between records and entities (many-to-many).
CREATE TABLE fact_mention AS
SELECT id AS mention_id, entity_id, article_id,
       CASE role WHEN 'subject' THEN 'statistic' WHEN 'actor' THEN 'recommendation' ELSE 'example' END AS kind,
       coalesce(statistic_id, recommendation_id, example_id) AS record_id, role, surface
FROM store.entity_mention;

DROP TABLE section_key;
