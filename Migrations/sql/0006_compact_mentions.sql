-- AllianceKB schema, version 6: an article's mentions are kept with their sentence.
--
-- Mentions were a row each (a third of the rows an ingest wrote, 70 an article on the benchmark
-- corpus) and were only ever read by sentence or as a whole. Each sentence now holds its own as a
-- JSON array of [entity_id, start_offset, end_offset, surface] in text order (NULL when it names
-- nothing); offsets count Unicode scalars of the article's text, as before. The view `mention`
-- gives the same columns as the table did, so that SQL written against it still works.

ALTER TABLE sentence ADD COLUMN mentions TEXT;

UPDATE sentence SET mentions = (
    SELECT json_group_array(json_array(entity_id, start_offset, end_offset, surface))
    FROM (SELECT entity_id, start_offset, end_offset, surface FROM mention m
          WHERE m.sentence_id = sentence.id ORDER BY start_offset, end_offset, id)
) WHERE id IN (SELECT sentence_id FROM mention);

DROP VIEW mention_view;
DROP INDEX IF EXISTS mention_article;
DROP TABLE mention;
-- An interrupted bulk load of version 5 may still list the index of the old table.
DELETE FROM deferred_index WHERE name = 'mention_article';

-- One row per mention, as the table was (its id: the sentence's times 1,024 plus the position).
CREATE VIEW mention AS
SELECT s.id * 1024 + j.key AS id, s.article_id, s.id AS sentence_id,
       json_extract(j.value, '$[0]') AS entity_id, json_extract(j.value, '$[1]') AS start_offset,
       json_extract(j.value, '$[2]') AS end_offset, json_extract(j.value, '$[3]') AS surface
FROM sentence s, json_each(s.mentions) j
WHERE s.mentions IS NOT NULL;

CREATE VIEW mention_view AS
SELECT m.id AS mention_id, en.kind, en.code, en.name, m.surface, m.start_offset, m.end_offset,
       m.article_id, ar.path AS article_path, se.idx AS sentence_index
FROM mention m
JOIN entity en ON en.id = m.entity_id
JOIN article ar ON ar.id = m.article_id
JOIN sentence se ON se.id = m.sentence_id;
