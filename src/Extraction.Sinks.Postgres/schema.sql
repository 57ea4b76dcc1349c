-- The Extraction warehouse, schema version 1 (documented in docs/schema.md, "PostgreSQL warehouse").
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
