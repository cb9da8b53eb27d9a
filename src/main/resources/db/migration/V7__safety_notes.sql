-- Ingredient safety notes: short warnings that publishing attaches to every article, and delivery
-- to every product, that involves the ingredient (see SafetyNoteMatcher for what "involves" means).
-- Match terms and source citation keys are JSON arrays of strings, like citation.authors: they are
-- always read and written with the note as a whole and never queried on their own.
-- The SQL is kept to what both PostgreSQL and H2 (dev mode) understand.
create table safety_note (
    id                   uuid          primary key,
    note_key             varchar(80)   not null,
    ingredient           varchar(200)  not null,
    terms                text          not null,
    title                varchar(300)  not null,
    body                 varchar(4000) not null,
    citation_keys        text          not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    row_version          bigint        not null,
    constraint safety_note_key_unique unique (note_key)
);
