-- AllianceKB schema, version 6: fewer rows and index entries per article.
--
-- Mentions were a row each (a third of the rows an ingest wrote, 70 an article on the benchmark
-- corpus) and were only ever read by sentence or as a whole. Each sentence now holds its own as a
-- JSON array of [entity_id, start_offset, end_offset, surface] in text order (NULL when it names
-- nothing); offsets count Unicode scalars of the article's text, as before. The view `mention`
-- gives the same columns as the table did, so that SQL written against it still works.
--
-- Two unique indexes become plain ones: a sentence's (article_id, idx) and an article claim's
-- (article_id, alliance_id, state_id, status). Both key on the article, whose rows are written in
-- one go, so KnowledgeStore keeps them unique as it writes (the first of two equal claims is
-- kept, as before); a plain index is built once after a bulk load instead of row by row.

CREATE INDEX mention_sentence_migration ON mention (sentence_id, start_offset, end_offset, id);

CREATE TABLE sentence_v6 (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    idx          INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text         TEXT NOT NULL,
    mentions     TEXT                            -- [[entity_id, start_offset, end_offset, surface], ...] or NULL
);
INSERT INTO sentence_v6 (id, article_id, idx, start_offset, end_offset, text, mentions)
SELECT s.id, s.article_id, s.idx, s.start_offset, s.end_offset, s.text,
       (SELECT json_group_array(json_array(entity_id, start_offset, end_offset, surface))
        FROM (SELECT entity_id, start_offset, end_offset, surface FROM mention m
              WHERE m.sentence_id = s.id ORDER BY start_offset, end_offset, id)
        HAVING count(*) > 0)
FROM sentence s;

-- `mention_view` stays as 0001 wrote it: it names `mention`, the view below from now on.
DROP TABLE mention;
-- The views that read sentences are kept as they are: with the legacy rename they are not
-- rewritten, and name `sentence` again once the new table has the name.
PRAGMA legacy_alter_table = ON;
DROP TABLE sentence;
ALTER TABLE sentence_v6 RENAME TO sentence;
PRAGMA legacy_alter_table = OFF;
CREATE INDEX sentence_article ON sentence (article_id, idx);

DROP INDEX membership_article_claim;
CREATE INDEX membership_article_claim ON membership (article_id, alliance_id, state_id, status);

-- An interrupted bulk load of version 5 may still list the index of the old mention table.
DELETE FROM deferred_index WHERE name = 'mention_article';

-- One row per mention, as the table was (its id: the sentence's times 1,024 plus the position).
CREATE VIEW mention AS
SELECT s.id * 1024 + j.key AS id, s.article_id, s.id AS sentence_id,
       json_extract(j.value, '$[0]') AS entity_id, json_extract(j.value, '$[1]') AS start_offset,
       json_extract(j.value, '$[2]') AS end_offset, json_extract(j.value, '$[3]') AS surface
FROM sentence s, json_each(s.mentions) j
WHERE s.mentions IS NOT NULL;
