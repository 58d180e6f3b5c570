-- The analyst-facing warehouse: plural views over the copied store tables (schema "store").

CREATE VIEW documents AS SELECT * FROM store.document;

CREATE VIEW articles AS
SELECT a.*, d.path
FROM store.article AS a JOIN store.document AS d ON d.id = a.document_id;

CREATE VIEW sections AS
SELECT s.*, a.title
FROM store.section AS s JOIN store.article AS a ON a.id = s.article_id;

-- The record relations (tables statistics, recommendations, claims, examples, records) are generated
-- by warehouse.build from models.tables.RECORD_TABLES.

CREATE VIEW runs AS SELECT * FROM store.extraction_run;

CREATE VIEW errors AS SELECT * FROM store.ingest_error;
