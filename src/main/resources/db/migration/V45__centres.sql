-- Service centres (issue 6 part 4b): dispute mediation with its sessions, citizen service requests
-- (便民服务), and the collective assets register (三资) with the assets offered for lease or transfer
-- (产权交易). Every row belongs to a village of the tenant.
create table centre_dispute (
    id          bigint        not null auto_increment primary key,
    tenant_id   bigint        not null,
    version     bigint        not null default 0,
    village_id  bigint        not null,
    title       varchar(200)  not null,
    kind        varchar(60)   not null,
    parties     varchar(1000) not null,
    mediator    varchar(120)  not null,
    status      varchar(20)   not null,
    agreement   varchar(4000),
    closed_on   date,
    opened_by   varchar(120)  not null,
    opened_at   datetime(6)   not null,
    constraint fk_dispute_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_dispute_village foreign key (village_id) references place (id),
    index ix_dispute_village (tenant_id, village_id, status)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table centre_dispute_session (
    id          bigint        not null auto_increment primary key,
    tenant_id   bigint        not null,
    version     bigint        not null default 0,
    dispute_id  bigint        not null,
    held_on     date          not null,
    attendees   varchar(1000),
    notes       text,
    recorded_by varchar(120)  not null,
    constraint fk_dispute_session_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_dispute_session_dispute foreign key (dispute_id) references centre_dispute (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- deadline: the day the request must be done by; reason: why it was rejected.
create table centre_service_request (
    id           bigint        not null auto_increment primary key,
    tenant_id    bigint        not null,
    version      bigint        not null default 0,
    village_id   bigint        not null,
    applicant    varchar(60)   not null,
    phone        varchar(30),
    matter_type  varchar(100)  not null,
    description  varchar(2000),
    handler      varchar(120),
    received_on  date          not null,
    deadline     date          not null,
    status       varchar(20)   not null,
    reason       varchar(1000),
    finished_on  date,
    constraint fk_service_request_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_service_request_village foreign key (village_id) references place (id),
    index ix_service_request_village (tenant_id, village_id, status)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table collective_asset (
    id          bigint         not null auto_increment primary key,
    tenant_id   bigint         not null,
    version     bigint         not null default 0,
    village_id  bigint         not null,
    name        varchar(200)   not null,
    kind        varchar(20)    not null,
    quantity    decimal(14, 2) not null,
    unit        varchar(20)    not null,
    value_yuan  decimal(16, 2),
    constraint fk_asset_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_asset_village foreign key (village_id) references place (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table asset_listing (
    id           bigint         not null auto_increment primary key,
    tenant_id    bigint         not null,
    version      bigint         not null default 0,
    asset_id     bigint         not null,
    terms        varchar(2000)  not null,
    asking_yuan  decimal(16, 2) not null,
    listed_on    date           not null,
    status       varchar(20)    not null,
    constraint fk_listing_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_listing_asset foreign key (asset_id) references collective_asset (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
