-- The Extraction warehouse, schema version 2 (documented in docs/schema.md, "PostgreSQL warehouse").
-- Applied by `extract run --sink postgres` before every run, inside one transaction under an advisory lock, into the
-- schema named by pipeline.json's batch.postgres.schema (the search path): every statement is idempotent.
-- Everything is keyed by the document's SHA-256; loading a document again replaces its rows.

CREATE TABLE IF NOT EXISTS schema_version (
    version     integer PRIMARY KEY,
    applied_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO schema_version (version) VALUES (1) ON CONFLICT DO NOTHING;

-- One row per document (distinct content), with its latest outcome.
CREATE TABLE IF NOT EXISTS documents (
    sha256          char(64) PRIMARY KEY,
    fingerprint     char(64) NOT NULL,
    source_file     text NOT NULL,
    input_path      text NOT NULL,
    source_url      text,
    status          text NOT NULL CHECK (status IN ('ok', 'ok-with-warnings', 'failed')),
    error_code      text,
    error_stage     text,
    error_message   text,
    title           text,
    municipality    text,
    document_kind   text,
    fiscal_year     integer,
    policy_area     text,
    committee       text,
    page_count      integer NOT NULL,
    table_count     integer NOT NULL,
    fact_count      integer NOT NULL,
    check_count     integer NOT NULL,
    warning_count   integer NOT NULL,
    loaded_at       timestamptz NOT NULL DEFAULT now()
);

-- One row per table of a document.
CREATE TABLE IF NOT EXISTS tables (
    sha256                char(64) NOT NULL REFERENCES documents (sha256) ON DELETE CASCADE,
    table_uid             text NOT NULL,
    table_id              text,
    caption               text,
    title                 text,
    description           text,
    activity_area_number  integer,
    activity_area         text,
    unit                  text,
    scale                 numeric,
    unit_printed          text,
    unit_inferred         boolean NOT NULL,
    price_basis_year      integer,
    first_page            integer NOT NULL,
    last_page             integer NOT NULL,
    column_count          integer NOT NULL,
    row_count             integer NOT NULL,
    PRIMARY KEY (sha256, table_uid)
);

-- One row per arithmetic check made; those with holds = false are the warnings.
CREATE TABLE IF NOT EXISTS checks (
    sha256        char(64) NOT NULL REFERENCES documents (sha256) ON DELETE CASCADE,
    ordinal       integer NOT NULL,
    kind          text NOT NULL,
    rule          text NOT NULL,
    holds         boolean NOT NULL,
    table_uid     text NOT NULL,
    table_id      text,
    row_index     integer NOT NULL,
    column_index  integer NOT NULL,
    row_label     text NOT NULL,
    column_label  text NOT NULL,
    page          integer NOT NULL,
    printed       numeric NOT NULL,
    computed      numeric NOT NULL,
    difference    numeric NOT NULL,
    message       text NOT NULL,
    PRIMARY KEY (sha256, ordinal)
);

-- The rows of facts.csv, same names and meanings, in the same order (ordinal) within a document.
CREATE TABLE IF NOT EXISTS facts (
    sha256                char(64) NOT NULL REFERENCES documents (sha256) ON DELETE CASCADE,
    ordinal               integer NOT NULL,
    source_file           text NOT NULL,
    municipality          text,
    document_kind         text,
    fiscal_year           integer,
    policy_area           text,
    activity_area         text,
    table_id              text,
    table_title           text,
    row_label             text NOT NULL,
    row_kind              text NOT NULL,
    column_label          text NOT NULL,
    measure               text NOT NULL,
    year                  integer,
    value                 numeric NOT NULL,
    unit                  text,
    scale                 numeric,
    amount_dkk            numeric,
    page                  integer NOT NULL,
    x0                    double precision NOT NULL,
    y0                    double precision NOT NULL,
    x1                    double precision NOT NULL,
    y1                    double precision NOT NULL,
    table_uid             text NOT NULL,
    row_code              text,
    activity_area_number  integer,
    price_basis_year      integer,
    unit_printed          text,
    unit_inferred         boolean NOT NULL,
    page_label            text,
    year_inferred         boolean NOT NULL,
    committee             text,
    proposal              text,
    figures_pending       boolean NOT NULL,
    text_columns          json,
    source_url            text,
    PRIMARY KEY (sha256, ordinal)
);

-- The confidence of the fact's table (0-1); added after the first release, so also to warehouses made before it.
ALTER TABLE facts ADD COLUMN IF NOT EXISTS table_confidence double precision NOT NULL DEFAULT 1;

CREATE INDEX IF NOT EXISTS facts_by_subject ON facts (municipality, fiscal_year, policy_area, measure, year);

-- Version 2: what each fact is and whether it restates money given elsewhere (facts.csv's extra columns), the runs,
-- and views for sums that count each krone once.
INSERT INTO schema_version (version) VALUES (2) ON CONFLICT DO NOTHING;
ALTER TABLE facts ADD COLUMN IF NOT EXISTS source_path text;
ALTER TABLE facts ADD COLUMN IF NOT EXISTS value_kind text;
ALTER TABLE facts ADD COLUMN IF NOT EXISTS restates text;
ALTER TABLE facts ADD COLUMN IF NOT EXISTS is_leaf boolean NOT NULL DEFAULT true;

-- One row per batch run that loaded into the warehouse (each shard records its own), as in run.json's history.
CREATE TABLE IF NOT EXISTS runs (
    output            text NOT NULL,
    shard             text NOT NULL,
    started           timestamptz NOT NULL,
    finished          timestamptz NOT NULL,
    configuration     char(64) NOT NULL,
    forced            boolean NOT NULL,
    cancelled         boolean NOT NULL,
    inputs            integer NOT NULL,
    added             integer NOT NULL,
    reprocessed       integer NOT NULL,
    failed            integer NOT NULL,
    skipped           integer NOT NULL,
    store_documents   integer NOT NULL,
    store_facts       integer NOT NULL,
    PRIMARY KEY (output, shard, started)
);

-- The facts that restate nothing: summing them counts each krone once.
CREATE OR REPLACE VIEW leaf_facts AS
    SELECT * FROM facts WHERE is_leaf;

-- Sums of the leaves in kroner per municipality, document (kind and fiscal year), policy area, measure and year.
-- Levels and changes are kept apart by value_kind; documents of different fiscal years are not added together, as
-- each year's budget notes print the years around it again.
CREATE OR REPLACE VIEW totals AS
    SELECT municipality, fiscal_year, document_kind, policy_area, measure, year, value_kind,
           sum(amount_dkk) AS amount_dkk, count(*) AS facts, count(DISTINCT sha256) AS documents
    FROM facts
    WHERE is_leaf AND amount_dkk IS NOT NULL
    GROUP BY municipality, fiscal_year, document_kind, policy_area, measure, year, value_kind;
