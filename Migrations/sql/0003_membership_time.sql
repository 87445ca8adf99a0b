-- AllianceKB schema, version 3: what `members`/`alliances` need to build status intervals without
-- reading every claim's article (10 s for an alliance of 50,000 claims without it, milliseconds with).
-- `published`: the claim's article's publication date when its year is known (NULL for reference rows).
-- `dated_change`: 1 for a dated change (a reference row; an article claim dated by its own sentence
-- rather than by its article; or one told by a membership-change event of its state in the same
-- sentence and of the same date), 0 for a report that holds from its article's publication on.
ALTER TABLE membership ADD COLUMN published TEXT;
ALTER TABLE membership ADD COLUMN dated_change INTEGER NOT NULL DEFAULT 0;

UPDATE membership SET
    published = (SELECT CASE WHEN ar.published NOT LIKE 'X%' THEN ar.published END FROM article ar WHERE ar.id = membership.article_id),
    dated_change = CASE
        WHEN article_id IS NULL THEN 1
        WHEN claim_date > '' AND claim_date NOT LIKE 'X%'
             AND (claim_date IS NOT (SELECT published FROM article WHERE id = membership.article_id)
                  OR EXISTS (SELECT 1 FROM event e JOIN event_actor ea ON ea.event_id = e.id AND ea.entity_id = membership.state_id
                             WHERE e.article_id = membership.article_id AND e.sentence_id = membership.sentence_id
                               AND e.event_type = 'membership-change' AND e.date = membership.claim_date)) THEN 1
        ELSE 0 END;

CREATE TRIGGER membership_time AFTER INSERT ON membership BEGIN
    UPDATE membership SET
        published = (SELECT CASE WHEN ar.published NOT LIKE 'X%' THEN ar.published END FROM article ar WHERE ar.id = NEW.article_id),
        dated_change = CASE
            WHEN NEW.article_id IS NULL THEN 1
            WHEN NEW.claim_date > '' AND NEW.claim_date NOT LIKE 'X%'
                 AND NEW.claim_date IS NOT (SELECT published FROM article WHERE id = NEW.article_id) THEN 1
            ELSE 0 END
    WHERE id = NEW.id;
END;

-- Events are written after the claims of their article: a membership-change event marks the claims
-- of its sentence, state and date as dated changes.
CREATE TRIGGER event_actor_membership_change AFTER INSERT ON event_actor
WHEN (SELECT event_type FROM event WHERE id = NEW.event_id) = 'membership-change' BEGIN
    UPDATE membership SET dated_change = 1
    WHERE article_id = (SELECT article_id FROM event WHERE id = NEW.event_id)
      AND sentence_id = (SELECT sentence_id FROM event WHERE id = NEW.event_id)
      AND state_id = NEW.entity_id
      AND claim_date = (SELECT date FROM event WHERE id = NEW.event_id) AND claim_date NOT LIKE 'X%';
END;

-- Reports are counted from these indexes alone; dated changes are few and read through the partial ones.
CREATE INDEX membership_alliance_reports ON membership (alliance_id, state_id, status, dated_change, published);
CREATE INDEX membership_state_reports ON membership (state_id, alliance_id, status, dated_change, published);
CREATE INDEX membership_alliance_changes ON membership (alliance_id) WHERE dated_change = 1;
CREATE INDEX membership_state_changes ON membership (state_id) WHERE dated_change = 1;
