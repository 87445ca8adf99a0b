-- AllianceKB schema, version 5: what makes a bulk ingest and a re-ingest fast.

-- The files whose articles are all stored at their own location, with what `stat` said when they
-- were read: a re-ingest skips a file whose size, modification and change times and inode are the
-- same, without reading it. A file with a duplicate, a failure, a skipped line or a warning is not
-- recorded (it is read again, so that the report says the same). `reader` names the reader options
-- that change what is read (the text size limit). Before a file is skipped, the store checks that
-- its `articles` are still there (a JSONL file's articles are at `location#N`); if not, it is read.
CREATE TABLE source_file (
    location     TEXT PRIMARY KEY,
    size         INTEGER NOT NULL,
    modified_ns  INTEGER NOT NULL,
    changed_ns   INTEGER NOT NULL,
    inode        INTEGER NOT NULL,
    articles     INTEGER NOT NULL,
    reader       TEXT NOT NULL
) WITHOUT ROWID;


-- Secondary indexes dropped while a fresh knowledge base is loaded and built once at the end (one
-- sort instead of a random B-tree insert per row); an interrupted load leaves them here, and the
-- next connection that writes builds them (KnowledgeStore.buildDeferredIndexes). Unique indexes are
-- never deferred: they decide what is stored.
CREATE TABLE deferred_index (
    name  TEXT PRIMARY KEY,
    sql   TEXT NOT NULL
) WITHOUT ROWID;

-- The time columns of an article's claims (migration 0003) are computed by KnowledgeStore as it
-- writes them, from the facts at hand: the two triggers cost 0.7 ms an article (an UPDATE of every
-- claim just inserted, a look-up of the event of every actor row). Reference rows, inserted by
-- import-reference, keep theirs from the trigger, for them alone.
DROP TRIGGER membership_time;
DROP TRIGGER event_actor_membership_change;
CREATE TRIGGER membership_reference_time AFTER INSERT ON membership WHEN NEW.article_id IS NULL BEGIN
    UPDATE membership SET published = NULL, dated_change = 1 WHERE id = NEW.id;
END;
