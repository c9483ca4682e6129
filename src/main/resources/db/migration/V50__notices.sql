-- Notices (issue 23): what a tenant, a township or a village publishes for villagers — a general
-- notice or the monthly party, village and finance disclosures (党务/村务/财务公开) — with photos
-- and PDFs. The kiosk and the public page of every village under the notice's place show it until
-- it is withdrawn or its last day has passed. Never deleted: a withdrawal is recorded with its reason.
create table notice (
    id              bigint        not null auto_increment primary key,
    tenant_id       bigint        not null,
    version         bigint        not null default 0,
    place_id        bigint        not null,
    kind            varchar(20)   not null,
    title           varchar(120)  not null,
    body            varchar(4000),
    last_day        date,
    published_by    varchar(120)  not null,
    published_at    datetime(6)   not null,
    withdrawn_by    varchar(120),
    withdrawn_at    datetime(6),
    withdraw_reason varchar(500),
    constraint fk_notice_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_notice_place foreign key (place_id) references place (id),
    index ix_notice_current (tenant_id, withdrawn_at, published_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table notice_file (
    id           bigint       not null auto_increment primary key,
    tenant_id    bigint       not null,
    version      bigint       not null default 0,
    notice_id    bigint       not null,
    file_name    varchar(200) not null,
    content_type varchar(60)  not null,
    byte_count   int          not null,
    sha256       char(64)     not null,
    content      mediumblob   not null,
    uploaded_by  varchar(120) not null,
    uploaded_at  datetime(6)  not null,
    constraint fk_notice_file_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_notice_file_notice foreign key (notice_id) references notice (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
