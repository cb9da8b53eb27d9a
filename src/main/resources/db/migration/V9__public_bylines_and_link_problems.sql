-- What the public may see of who published a version and why a cited source is broken.

-- The public byline of a token's publishes (for example "Jane Doe, Editorial team"); null: the
-- organisation's name (content.publishing.organisation).
alter table api_token add column byline varchar(100);

-- The byline a version was published under, fixed at publish: the token's byline, or the name the
-- service publishes under on its own (the seed bundle). Versions published before bylines existed
-- have none and show the organisation's name: never the token's name in published_by.
alter table article_version add column published_byline varchar(100);

-- Why a broken source is broken, in the public vocabulary (unreachable, timeout, http-error,
-- redirect-error, refused-address, invalid-url); error keeps the detailed reason for editors.
alter table citation_link add column problem varchar(32);
update citation_link set problem = case
    when error like 'HTTP %' and error not like '%without a Location' then 'http-error'
    when error like 'timed out%' then 'timeout'
    when error like '%too many redirects%' or error like '%without a Location'
        or error like '%redirect to an invalid URL%' then 'redirect-error'
    when error like '%only http and https URLs%' or error like '%must not carry credentials%'
        or error like '%has no host%' or error like 'the URL is not valid'
        or error like 'the URL cannot be requested' then 'invalid-url'
    when error like '%does not resolve%' then 'unreachable'
    when error like '%refused: %' then 'refused-address'
    else 'unreachable'
    end
where state = 'broken';
