-- The content model. Two halves that never share a table:
--   * the editorial draft (article, section, block, product links, citation and credit lists),
--     which editors change freely;
--   * the published read model (article_version and the published_* tables), written once per
--     publish and only read by delivery. A version row is never updated after it is inserted.
-- The SQL is kept to what both PostgreSQL and H2 (dev mode) understand.

-- Product master data, synchronised from the commerce system by SKU.
create table product (
    id                   uuid          primary key,
    sku                  varchar(64)   not null,
    name                 varchar(200)  not null,
    brand                varchar(120)  not null,
    url                  varchar(2000) not null,
    image_url            varchar(2000),
    image_alt            varchar(300),
    ingredient_name      varchar(200),
    ingredient_amount    numeric(14, 4),
    ingredient_unit      varchar(16),
    serving_size         varchar(100),
    status               varchar(16)   not null,
    sample               boolean       not null,
    updated_at           timestamp with time zone not null,
    row_version          bigint        not null,
    constraint product_sku_unique unique (sku),
    constraint product_status_known check (status in ('active', 'discontinued'))
);

-- Sources, stored field by field in the shape of a CSL-JSON item.
create table citation (
    id                   uuid          primary key,
    citation_key         varchar(80)   not null,
    csl_type             varchar(40)   not null,
    title                varchar(500)  not null,
    authors              text          not null,
    publisher            varchar(300),
    container_title      varchar(300),
    event_title          varchar(300),
    issued               varchar(10),
    url                  varchar(2000),
    accessed             date,
    note                 varchar(2000),
    updated_at           timestamp with time zone not null,
    row_version          bigint        not null,
    constraint citation_key_unique unique (citation_key)
);

create table article (
    id                   uuid          primary key,
    slug                 varchar(120)  not null,
    locale               varchar(35)   not null,
    title                varchar(300)  not null,
    summary              varchar(1000),
    topics               text          not null,
    authors              text          not null,
    hero_image           text,
    status               varchar(16)   not null,
    current_version      integer       not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    row_version          bigint        not null,
    constraint article_slug_unique unique (slug),
    constraint article_status_known check (status in ('draft', 'published', 'unpublished'))
);

create table section (
    id                   uuid          primary key,
    article_id           uuid          not null references article (id) on delete cascade,
    section_key          varchar(80)   not null,
    heading              varchar(300),
    position             integer       not null,
    constraint section_key_unique unique (article_id, section_key)
);

create table block (
    id                   uuid          primary key,
    section_id           uuid          not null references section (id) on delete cascade,
    position             integer       not null,
    block_type           varchar(32)   not null,
    body                 text          not null
);
create index block_section on block (section_id);

-- Products are linked by SKU, not by foreign key: a draft may name a product the catalogue does
-- not know yet; publishing refuses it until it does.
create table product_link (
    id                   uuid          primary key,
    article_id           uuid          not null references article (id) on delete cascade,
    section_key          varchar(80),
    sku                  varchar(64)   not null,
    role                 varchar(16)   not null,
    position             integer       not null,
    blurb                varchar(500),
    constraint product_link_role_known check (role in ('featured', 'mentioned'))
);
create index product_link_article on product_link (article_id);

-- The article's bibliography, in order; blocks and credits refer to these keys.
create table article_citation (
    article_id           uuid          not null references article (id) on delete cascade,
    position             integer       not null,
    citation_key         varchar(80)   not null,
    primary key (article_id, position)
);

create table article_credit (
    article_id           uuid          not null references article (id) on delete cascade,
    position             integer       not null,
    role                 varchar(32)   not null,
    text                 varchar(1000) not null,
    citation_key         varchar(80),
    primary key (article_id, position)
);

create table article_disclaimer (
    article_id           uuid          not null references article (id) on delete cascade,
    position             integer       not null,
    market               varchar(8)    not null,
    text                 varchar(2000) not null,
    primary key (article_id, position)
);

-- Published read model. Rows reference the article id but carry everything delivery needs,
-- so a read never joins the draft tables.
create table article_version (
    article_id           uuid          not null references article (id),
    version              integer       not null,
    document             text          not null,
    etag                 varchar(80)   not null,
    published_at         timestamp with time zone not null,
    published_by         varchar(200)  not null,
    change_note          varchar(1000) not null,
    primary key (article_id, version)
);

create table article_version_section (
    article_id           uuid          not null,
    version              integer       not null,
    section_key          varchar(80)   not null,
    document             text          not null,
    etag                 varchar(80)   not null,
    primary key (article_id, version, section_key),
    foreign key (article_id, version) references article_version (article_id, version)
);

create table published_article (
    article_id           uuid          primary key references article (id),
    slug                 varchar(120)  not null,
    locale               varchar(35)   not null,
    current_version      integer       not null,
    state                varchar(16)   not null,
    first_published_at   timestamp with time zone not null,
    last_published_at    timestamp with time zone not null,
    summary_document     text          not null,
    constraint published_article_slug_unique unique (slug),
    constraint published_article_state_known check (state in ('live', 'withdrawn'))
);
create index published_article_order on published_article (first_published_at desc, slug);

create table published_article_topic (
    article_id           uuid          not null references published_article (article_id),
    topic                varchar(80)   not null,
    primary key (article_id, topic)
);
create index published_article_topic_lookup on published_article_topic (topic);

create table published_article_product (
    article_id           uuid          not null references published_article (article_id),
    position             integer       not null,
    sku                  varchar(64)   not null,
    section_key          varchar(80),
    role                 varchar(16)   not null,
    primary key (article_id, position)
);
create index published_article_product_lookup on published_article_product (sku);
