-- AllianceKB schema, version 1.
-- Dates are ISO 8601 text at the precision known ('2022', '2022-01', '2022-01-06', 'XXXX-11-23'),
-- each with a *_precision column ('day', 'month', 'year'). Offsets count Unicode scalars.

CREATE TABLE article (
    id               INTEGER PRIMARY KEY,
    location         TEXT NOT NULL UNIQUE,      -- absolute file path (+ '#N' for a JSONL line): replaced when its content changes
    path             TEXT NOT NULL,             -- relative to the ingested folder, as shown and exported
    format           TEXT NOT NULL CHECK (format IN ('txt', 'md', 'html', 'jsonl')),
    content_hash     TEXT NOT NULL UNIQUE,      -- hash of the normalised text: the same text is stored once
    external_id      TEXT,
    language         TEXT NOT NULL CHECK (language IN ('ar', 'en', 'ru', 'und')),
    title            TEXT,
    published        TEXT,
    published_precision TEXT CHECK (published_precision IN ('day', 'month', 'year')),
    published_basis  TEXT NOT NULL DEFAULT 'unknown'
                     CHECK (published_basis IN ('metadata', 'command-line', 'dateline', 'unknown')),
    url              TEXT,
    source           TEXT,
    text             TEXT NOT NULL,
    ingested_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX article_published ON article (published);

-- Every fact and mention keeps the id of its evidence sentence in `sentence_id`, a sentence of the
-- same article. It is deliberately not a declared foreign key: SQLite would then search each fact
-- table for every sentence an article replacement deletes (0.7 s per article at 3,000 articles,
-- growing with the base), or need one more index per fact table. Facts and sentences go together
-- through the article_id cascade, and KnowledgeStore.write stores only ids of sentences it has just written.
CREATE TABLE sentence (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    idx          INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text         TEXT NOT NULL,
    UNIQUE (article_id, idx)
);

CREATE TABLE entity (
    id     INTEGER PRIMARY KEY,
    kind   TEXT NOT NULL CHECK (kind IN ('state', 'alliance', 'person', 'place', 'organisation')),
    code   TEXT NOT NULL,                       -- ISO 3166-1 alpha-3, alliance acronym, person slug
    name   TEXT NOT NULL,                       -- canonical English name
    UNIQUE (kind, code)
);

CREATE TABLE alias (
    id         INTEGER PRIMARY KEY,
    entity_id  INTEGER NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    language   TEXT NOT NULL,
    surface    TEXT NOT NULL,
    normalized TEXT NOT NULL,
    UNIQUE (entity_id, language, normalized)
);
CREATE INDEX alias_normalized ON alias (normalized);

CREATE TABLE mention (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    sentence_id  INTEGER NOT NULL,              -- the evidence sentence (see the note above)
    entity_id    INTEGER NOT NULL REFERENCES entity (id),
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    surface      TEXT NOT NULL
);
CREATE INDEX mention_article ON mention (article_id);
-- (no index by entity: no query reads mentions by entity, and ingest writes about 60 mentions an article)

-- A claim about a state's status in an alliance: from an article (with its sentence) or from
-- curated reference data (with its citation). Reference rows are loaded only by import-reference.
CREATE TABLE membership (
    id                  INTEGER PRIMARY KEY,
    source_kind         TEXT NOT NULL CHECK (source_kind IN ('article', 'reference')),
    article_id          INTEGER REFERENCES article (id) ON DELETE CASCADE,
    sentence_id         INTEGER,                -- the evidence sentence of an article claim (see the note above)
    alliance_id         INTEGER NOT NULL REFERENCES entity (id),
    state_id            INTEGER NOT NULL REFERENCES entity (id),
    status              TEXT NOT NULL CHECK (status IN ('member', 'non-member', 'former-member', 'observer',
                                                        'partner', 'suspended', 'applicant')),
    claim_date          TEXT,                   -- the date the claim holds (article claims)
    claim_date_precision TEXT,
    valid_from          TEXT,                   -- reference rows: the period the status holds
    valid_from_precision TEXT,
    valid_to            TEXT,
    valid_to_precision  TEXT,
    citation            TEXT,                   -- reference rows: the source
    rule                TEXT,                   -- article rows: the extraction rule
    confidence          REAL NOT NULL DEFAULT 1.0,
    CHECK ((source_kind = 'article') = (article_id IS NOT NULL))
);
-- Not a partial index: the article_id cascade needs it to find an article's claims, and reference
-- rows (article_id NULL) never collide in it, NULLs being distinct.
CREATE UNIQUE INDEX membership_article_claim ON membership (article_id, alliance_id, state_id, status);

CREATE TABLE event (
    id                INTEGER PRIMARY KEY,
    article_id        INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    sentence_id       INTEGER NOT NULL,          -- the evidence sentence (see the note above)
    event_type        TEXT NOT NULL CHECK (event_type IN ('summit', 'visit', 'request-assistance', 'deploy-forces',
                        'withdraw-forces', 'attack', 'mediation', 'criticism', 'agreement', 'membership-change',
                        'unrest', 'election', 'appointment', 'war', 'statement')),
    date              TEXT,
    date_precision    TEXT CHECK (date_precision IN ('day', 'month', 'year')),
    date_text         TEXT,
    location_id       INTEGER REFERENCES entity (id),
    trigger           TEXT NOT NULL,
    rule              TEXT NOT NULL,
    confidence        REAL NOT NULL DEFAULT 1.0
);
CREATE INDEX event_article ON event (article_id);
CREATE INDEX event_type_date ON event (event_type, date);
CREATE INDEX event_date ON event (date);

CREATE TABLE event_actor (
    event_id   INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    entity_id  INTEGER NOT NULL REFERENCES entity (id),
    position   INTEGER NOT NULL,                -- order of the actors as the sentence names them
    PRIMARY KEY (event_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX event_actor_entity ON event_actor (entity_id, event_id);

CREATE TABLE conflict (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    sentence_id  INTEGER NOT NULL,              -- the evidence sentence (see the note above)
    party_a_id   INTEGER NOT NULL REFERENCES entity (id),   -- party_a's code sorts before party_b's
    party_b_id   INTEGER NOT NULL REFERENCES entity (id),
    kind         TEXT CHECK (kind IN ('border', 'territorial', 'war', 'dispute')),
    rule         TEXT NOT NULL,
    UNIQUE (article_id, party_a_id, party_b_id)
);
CREATE INDEX conflict_parties ON conflict (party_a_id, party_b_id);
CREATE INDEX conflict_party_b ON conflict (party_b_id);

CREATE TABLE person_role (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    sentence_id  INTEGER NOT NULL,              -- the evidence sentence (see the note above)
    person_id    INTEGER NOT NULL REFERENCES entity (id),
    name_native  TEXT NOT NULL,
    state_id     INTEGER REFERENCES entity (id),
    role         TEXT,
    rule         TEXT NOT NULL,
    UNIQUE (article_id, person_id)
);
CREATE INDEX person_role_person ON person_role (person_id);
CREATE INDEX person_role_state ON person_role (state_id);

-- Views read by export and the queries: codes instead of ids, the evidence sentence beside each fact.

CREATE VIEW membership_view AS
SELECT m.id AS claim_id,
       a.code || '/' || s.code || '/' || m.status AS fact_id,
       a.code AS alliance, s.code AS state_iso3, s.name AS state_name, m.status, m.source_kind,
       m.article_id, ar.path AS article_path,
       COALESCE(m.claim_date, m.valid_from) AS date,
       m.claim_date, m.valid_from, m.valid_to,
       m.rule, m.confidence, m.citation,
       se.idx AS sentence_index, se.text AS sentence
FROM membership m
JOIN entity a ON a.id = m.alliance_id
JOIN entity s ON s.id = m.state_id
LEFT JOIN article ar ON ar.id = m.article_id
LEFT JOIN sentence se ON se.id = m.sentence_id;

CREATE VIEW event_view AS
SELECT e.id AS event_id, e.event_type, e.date, e.date_precision, e.date_text,
       (SELECT group_concat(code, ';') FROM (SELECT en.code FROM event_actor ea JOIN entity en ON en.id = ea.entity_id
                                             WHERE ea.event_id = e.id ORDER BY ea.position)) AS actors,
       loc.code AS location, e.trigger, e.rule, e.confidence,
       e.article_id, ar.path AS article_path, se.idx AS sentence_index, se.text AS sentence
FROM event e
JOIN article ar ON ar.id = e.article_id
JOIN sentence se ON se.id = e.sentence_id
LEFT JOIN entity loc ON loc.id = e.location_id;

CREATE VIEW conflict_view AS
SELECT c.id AS conflict_id, pa.code AS party_a, pb.code AS party_b, c.kind, c.rule,
       c.article_id, ar.path AS article_path, ar.published AS article_published,
       se.idx AS sentence_index, se.text AS sentence
FROM conflict c
JOIN entity pa ON pa.id = c.party_a_id
JOIN entity pb ON pb.id = c.party_b_id
JOIN article ar ON ar.id = c.article_id
JOIN sentence se ON se.id = c.sentence_id;

CREATE VIEW person_view AS
SELECT pr.id AS person_role_id, p.code AS person_code, p.name, pr.name_native, st.code AS state_iso3, pr.role, pr.rule,
       pr.article_id, ar.path AS article_path, se.idx AS sentence_index, se.text AS sentence
FROM person_role pr
JOIN entity p ON p.id = pr.person_id
LEFT JOIN entity st ON st.id = pr.state_id
JOIN article ar ON ar.id = pr.article_id
JOIN sentence se ON se.id = pr.sentence_id;

CREATE VIEW mention_view AS
SELECT m.id AS mention_id, en.kind, en.code, en.name, m.surface, m.start_offset, m.end_offset,
       m.article_id, ar.path AS article_path, se.idx AS sentence_index
FROM mention m
JOIN entity en ON en.id = m.entity_id
JOIN article ar ON ar.id = m.article_id
JOIN sentence se ON se.id = m.sentence_id;
