-- The smart seal (智能公章, issue 16): seals bound to seal terminals of the device registry,
-- applications by class with their approval chain, and what the terminals send. Stamps and alarms
-- are append-only ledgers, idempotent by device and the device's own key (its sequence number for a
-- stamp), so a resent event is stored once. Every table is tenant-owned (seal_request_nonce, the
-- replay guard of ADR 0019, is protocol state with no entity).

-- An application class (daily service / general decision / major decision): tenant data with its
-- approval chain, one role per step, in order ("TOWNSHIP_REVIEWER,TENANT_ADMIN").
create table seal_class (
    id              bigint       not null auto_increment primary key,
    tenant_id       bigint       not null,
    version         bigint       not null default 0,
    code            varchar(40)  not null,
    name            varchar(60)  not null,
    requires_matter boolean      not null,
    chain           varchar(200) not null,
    constraint uq_seal_class unique (tenant_id, code),
    constraint fk_seal_class_tenant foreign key (tenant_id) references tenant (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- A village's seal, held in one seal terminal (a device of kind SEAL). Retired seals stay.
create table seal (
    id              bigint       not null auto_increment primary key,
    tenant_id       bigint       not null,
    version         bigint       not null default 0,
    village_id      bigint       not null,
    kind            varchar(24)  not null,
    name            varchar(60)  not null,
    device_id       bigint       not null,
    status          varchar(12)  not null,
    registered_by   varchar(120) not null,
    registered_at   datetime(6)  not null,
    retired_by      varchar(120),
    retired_at      datetime(6),
    retire_reason   varchar(500),
    constraint fk_seal_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_seal_village foreign key (village_id) references place (id),
    constraint fk_seal_device foreign key (device_id) references device (id),
    index ix_seal_device (device_id, status)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The terminal's own secret (HMAC-SHA256 key) and what its heartbeats and stamps say of it.
create table seal_terminal (
    id              bigint       not null auto_increment primary key,
    tenant_id       bigint       not null,
    version         bigint       not null default 0,
    device_id       bigint       not null,
    secret          varchar(64)  not null,
    issued_by       varchar(120) not null,
    issued_at       datetime(6)  not null,
    battery         int,
    lid_open        boolean,
    last_heartbeat  datetime(6),
    last_sequence   bigint       not null default 0,
    constraint uq_seal_terminal unique (device_id),
    constraint fk_seal_terminal_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_seal_terminal_device foreign key (device_id) references device (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table seal_application (
    id              bigint        not null auto_increment primary key,
    tenant_id       bigint        not null,
    version         bigint        not null default 0,
    village_id      bigint        not null,
    seal_id         bigint        not null,
    class_id        bigint        not null,
    matter_id       bigint,
    purpose         varchar(500)  not null,
    stamps_approved int           not null,
    stamps_used     int           not null default 0,
    valid_from      datetime(6)   not null,
    valid_until     datetime(6)   not null,
    status          varchar(12)   not null,
    steps_done      int           not null default 0,
    applied_by      varchar(120)  not null,
    applicant_name  varchar(60)   not null,
    applied_at      datetime(6)   not null,
    decided_at      datetime(6),
    constraint fk_seal_application_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_seal_application_village foreign key (village_id) references place (id),
    constraint fk_seal_application_seal foreign key (seal_id) references seal (id),
    constraint fk_seal_application_class foreign key (class_id) references seal_class (id),
    constraint fk_seal_application_matter foreign key (matter_id) references decision_matter (id),
    index ix_seal_application_seal (seal_id, status, valid_from),
    index ix_seal_application_village (tenant_id, village_id, applied_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table seal_document (
    id              bigint        not null auto_increment primary key,
    tenant_id       bigint        not null,
    version         bigint        not null default 0,
    application_id  bigint        not null,
    file_name       varchar(200)  not null,
    content_type    varchar(60)   not null,
    byte_count      int           not null,
    sha256          varchar(64)   not null,
    content         mediumblob    not null,
    uploaded_by     varchar(120)  not null,
    uploaded_at     datetime(6)   not null,
    constraint fk_seal_document_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_seal_document_application foreign key (application_id) references seal_application (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- One step of the chain: who (role, name, login), when, approved or rejected with a reason.
create table seal_approval (
    id              bigint        not null auto_increment primary key,
    tenant_id       bigint        not null,
    version         bigint        not null default 0,
    application_id  bigint        not null,
    step            int           not null,
    role            varchar(24)   not null,
    approved        boolean       not null,
    reason          varchar(500),
    decided_by      varchar(120)  not null,
    decider_name    varchar(60)   not null,
    decided_at      datetime(6)   not null,
    constraint uq_seal_approval unique (application_id, step),
    constraint fk_seal_approval_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_seal_approval_application foreign key (application_id) references seal_application (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- A stamp as the terminal reported it; verdict: AUTHORISED, OVER_COUNT, OUTSIDE_WINDOW, NO_APPLICATION.
create table seal_stamp (
    id              bigint        not null auto_increment primary key,
    tenant_id       bigint        not null,
    version         bigint        not null default 0,
    device_id       bigint        not null,
    seal_id         bigint        not null,
    village_id      bigint        not null,
    sequence_no     bigint        not null,
    stamped_at      datetime      not null,
    received_at     datetime(6)   not null,
    operator        varchar(60),
    application_id  bigint,
    verdict         varchar(16)   not null,
    photo_type      varchar(60),
    photo_sha256    varchar(64),
    photo           mediumblob,
    constraint uq_seal_stamp unique (device_id, sequence_no),
    constraint fk_seal_stamp_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_seal_stamp_device foreign key (device_id) references device (id),
    constraint fk_seal_stamp_seal foreign key (seal_id) references seal (id),
    constraint fk_seal_stamp_application foreign key (application_id) references seal_application (id),
    index ix_seal_stamp_application (application_id, sequence_no),
    index ix_seal_stamp_village (tenant_id, village_id, stamped_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- An alarm for the township: sent by the terminal (TAMPER, LID_OPEN, MOVED, OVER_COUNT) or raised by
-- reconciliation (OVER_COUNT, OUTSIDE_WINDOW, NO_APPLICATION, SEQUENCE_GAP). source_key identifies it
-- on its device ("device:<id>", "stamp:<sequence>", "gap:<from>-<to>") so it is stored once.
create table seal_alarm (
    id              bigint        not null auto_increment primary key,
    tenant_id       bigint        not null,
    version         bigint        not null default 0,
    device_id       bigint        not null,
    seal_id         bigint        not null,
    village_id      bigint        not null,
    kind            varchar(16)   not null,
    source_key      varchar(60)   not null,
    stamp_id        bigint,
    detail          varchar(500),
    occurred_at     datetime      not null,
    received_at     datetime(6)   not null,
    constraint uq_seal_alarm unique (device_id, source_key),
    constraint fk_seal_alarm_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_seal_alarm_device foreign key (device_id) references device (id),
    index ix_seal_alarm_village (tenant_id, village_id, occurred_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Nonces of signed requests seen in the last minutes: a replay is refused on every server and after
-- a restart. Rows older than the timestamp window are deleted as requests come in. Protocol state of
-- the tenant's device, no entity: tenant_id so that removing a tenant removes them too.
create table seal_request_nonce (
    device_id       bigint        not null,
    nonce           varchar(64)   not null,
    tenant_id       bigint        not null,
    seen_at         datetime(6)   not null,
    primary key (device_id, nonce),
    index ix_seal_nonce_seen (device_id, seen_at),
    constraint fk_seal_nonce_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_seal_nonce_device foreign key (device_id) references device (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
