-- AllianceKB schema, version 4: which article claims bound a status interval, and the reports of each
-- pair and status counted ahead, so that `members`/`alliances` need not count every claim.
--
-- A claim dated by its own sentence is a dated change only when that date is not after its
-- article's publication ("a member since 1992", "suspended its membership in 2012"); a date
-- after it says what the state will do as a member ("will hold the rotating chairmanship in
-- 2025"), not when the status began, and the claim is a report. A membership-change event of the
-- claim's state in its sentence, of the same date, still makes it a change (trigger of 0003).
-- Dates compare as ISO text: '2024' and '2024-11' are not after '2024-11-29'; '2024-12' is.
UPDATE membership SET dated_change = 0
WHERE article_id IS NOT NULL AND dated_change = 1 AND published IS NOT NULL AND claim_date > published
  AND NOT EXISTS (SELECT 1 FROM event e JOIN event_actor ea ON ea.event_id = e.id AND ea.entity_id = membership.state_id
                  WHERE e.article_id = membership.article_id AND e.sentence_id = membership.sentence_id
                    AND e.event_type = 'membership-change' AND e.date = membership.claim_date);

-- New claims follow the same rule: the store computes their time columns since migration 0005,
-- which drops 0003's per-row triggers (KnowledgeStore.claimTime).

-- The reports (article claims that are not dated changes) of each pair and status. Kept by the
-- triggers below whatever order SQLite runs them in: NEW of an insert holds the inserted values
-- (dated_change 0), and membership_time's update then moves a dated change out again.
CREATE TABLE membership_report (
    alliance_id  INTEGER NOT NULL,
    state_id     INTEGER NOT NULL,
    status       TEXT NOT NULL,
    n            INTEGER NOT NULL,
    PRIMARY KEY (alliance_id, state_id, status)
) WITHOUT ROWID;
CREATE INDEX membership_report_state ON membership_report (state_id, alliance_id);

INSERT INTO membership_report (alliance_id, state_id, status, n)
SELECT alliance_id, state_id, status, COUNT(*) FROM membership
WHERE article_id IS NOT NULL AND dated_change = 0 GROUP BY alliance_id, state_id, status;

CREATE TRIGGER membership_report_insert AFTER INSERT ON membership
WHEN NEW.article_id IS NOT NULL AND NEW.dated_change = 0 BEGIN
    INSERT INTO membership_report (alliance_id, state_id, status, n) VALUES (NEW.alliance_id, NEW.state_id, NEW.status, 1)
    ON CONFLICT (alliance_id, state_id, status) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER membership_report_delete AFTER DELETE ON membership
WHEN OLD.article_id IS NOT NULL AND OLD.dated_change = 0 BEGIN
    UPDATE membership_report SET n = n - 1
    WHERE alliance_id = OLD.alliance_id AND state_id = OLD.state_id AND status = OLD.status;
END;

CREATE TRIGGER membership_report_update AFTER UPDATE OF dated_change, status, alliance_id, state_id, article_id ON membership BEGIN
    INSERT INTO membership_report (alliance_id, state_id, status, n)
    SELECT OLD.alliance_id, OLD.state_id, OLD.status, -1 WHERE OLD.article_id IS NOT NULL AND OLD.dated_change = 0
    ON CONFLICT (alliance_id, state_id, status) DO UPDATE SET n = n - 1;
    INSERT INTO membership_report (alliance_id, state_id, status, n)
    SELECT NEW.alliance_id, NEW.state_id, NEW.status, 1 WHERE NEW.article_id IS NOT NULL AND NEW.dated_change = 0
    ON CONFLICT (alliance_id, state_id, status) DO UPDATE SET n = n + 1;
END;
