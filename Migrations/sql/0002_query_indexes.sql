-- AllianceKB schema, version 2: indexes for the queries (membership at a date, timeline of a pair).
-- `members ALLIANCE --at DATE` and `alliances STATE --at DATE` group an alliance's (or a state's)
-- claims by state (or alliance) and status; with status, date and article in the index that is one
-- index range read, without a table lookup per claim (about 10x faster at 50,000 claims per alliance).
CREATE INDEX membership_alliance_status ON membership (alliance_id, state_id, status, claim_date, article_id);
CREATE INDEX membership_state_status ON membership (state_id, alliance_id, status, claim_date, article_id);

-- Every pair of actors of an event, smaller entity id first, written with the event: the timeline of a
-- pair ("what happened between Armenia and Azerbaijan?") is one index range instead of probing
-- every event of one actor for the other (7 ms for two states of 35,000 events each, 1 ms here).
CREATE TABLE event_pair (
    a         INTEGER NOT NULL,
    b         INTEGER NOT NULL,
    event_id  INTEGER NOT NULL,
    PRIMARY KEY (a, b, event_id)
) WITHOUT ROWID;

-- The pairs of a new event are written by the store with its actors (KnowledgeStore.writeFacts):
-- a trigger running a subquery for every actor row cost a sixth of the ingest time.

-- Also run for the rows that ON DELETE CASCADE removes with their event: each pair goes when the
-- first of its two actors goes.
CREATE TRIGGER event_actor_pair_delete AFTER DELETE ON event_actor BEGIN
    DELETE FROM event_pair WHERE event_id = OLD.event_id AND (a, b) IN
        (SELECT MIN(OLD.entity_id, ea.entity_id), MAX(OLD.entity_id, ea.entity_id) FROM event_actor ea WHERE ea.event_id = OLD.event_id);
END;

INSERT OR IGNORE INTO event_pair (a, b, event_id)
SELECT x.entity_id, y.entity_id, x.event_id FROM event_actor x JOIN event_actor y ON y.event_id = x.event_id AND y.entity_id > x.entity_id;
