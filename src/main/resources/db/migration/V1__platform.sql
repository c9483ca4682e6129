-- Platform core: tenants, operators, the tenant's tree of places, users, the audit log.
-- Shared platform tables: tenant, operator_account. Every other table carries tenant_id
-- (EclipseLink's tenant discriminator), leads its indexes with it and references tenant(id).

create table tenant (
    id            bigint       not null auto_increment primary key,
    version       bigint       not null default 0,
    code          varchar(40)  not null,
    name          varchar(100) not null,
    kind          varchar(16)  not null,
    division_code char(12)     not null,
    status        varchar(16)  not null,
    theme         varchar(40),
    created_at    datetime(6)  not null,
    constraint uk_tenant_code unique (code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table operator_account (
    id              bigint       not null auto_increment primary key,
    version         bigint       not null default 0,
    username        varchar(60)  not null,
    password_hash   varchar(200) not null,
    failed_attempts int          not null default 0,
    locked_until    datetime(6),
    constraint uk_operator_username unique (username)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table place (
    id            bigint       not null auto_increment primary key,
    tenant_id     bigint       not null,
    version       bigint       not null default 0,
    parent_id     bigint,
    level         varchar(16)  not null,
    name          varchar(100) not null,
    division_code char(12)     not null,
    path          varchar(500) not null,
    constraint fk_place_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_place_parent foreign key (parent_id) references place (id),
    constraint uk_place_division unique (tenant_id, division_code),
    index ix_place_path (tenant_id, path),
    index ix_place_parent (tenant_id, parent_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table user_account (
    id              bigint       not null auto_increment primary key,
    tenant_id       bigint       not null,
    version         bigint       not null default 0,
    username        varchar(60)  not null,
    display_name    varchar(60)  not null,
    phone           varchar(20),
    role            varchar(32)  not null,
    scope_place_id  bigint       not null,
    enabled         boolean      not null,
    password_hash   varchar(200) not null,
    failed_attempts int          not null default 0,
    locked_until    datetime(6),
    created_at      datetime(6)  not null,
    constraint fk_user_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_user_scope foreign key (scope_place_id) references place (id),
    constraint uk_user_username unique (tenant_id, username)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table audit_entry (
    id          bigint       not null auto_increment primary key,
    tenant_id   bigint       not null,
    occurred_at datetime(6)  not null,
    actor       varchar(120) not null,
    action      varchar(32)  not null,
    entity_type varchar(60)  not null,
    entity_id   varchar(60)  not null,
    changes     mediumtext   not null,
    constraint fk_audit_tenant foreign key (tenant_id) references tenant (id),
    index ix_audit_time (tenant_id, occurred_at),
    index ix_audit_entity (tenant_id, entity_type, entity_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
