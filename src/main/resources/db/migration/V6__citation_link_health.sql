-- Link health of web citations: what the scheduled checker saw when it last fetched a citation's
-- URL. One row per citation with a URL, added when it is first due. The result belongs to the URL
-- in `url`: after an editor changes the citation's URL, readers ignore the row until the new URL
-- has been checked. The SQL is kept to what both PostgreSQL and H2 (dev mode) understand.
create table citation_link (
    citation_key         varchar(80)   primary key
                         references citation (citation_key) on delete cascade,
    -- The URL that was checked, fragment included, as the citation held it; null until checked.
    url                  varchar(2000),
    state                varchar(16),
    -- Status of the last response; null when none came (timeout, refused address, no connection).
    http_status          integer,
    -- Where the redirects ended, or where the checker stopped following them.
    final_url            varchar(4000),
    checked_at           timestamp with time zone,
    -- Hex SHA-256 of the content at the last successful check of this URL.
    content_hash         varchar(64),
    -- When a successful check last saw a hash other than the previous one; null until then.
    content_changed_at   timestamp with time zone,
    -- Why the source counts as broken, for editors.
    error                varchar(300),
    consecutive_failures integer       not null,
    -- A checker holds the row until then; another instance leaves it alone meanwhile.
    lease_until          timestamp with time zone,
    constraint citation_link_state_known check (state in ('ok', 'broken')),
    constraint citation_link_checked_whole
        check ((state is null and checked_at is null and url is null)
            or (state is not null and checked_at is not null and url is not null))
);
create index citation_link_checked on citation_link (checked_at);
