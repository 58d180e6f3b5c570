-- Who is asked to act, and how strongly: the most addressed actors (view recommendations_by_actor).
SELECT actor, entity_type, n_recommendations, must, should, may, n_articles
FROM recommendations_by_actor
LIMIT 20;
