-- Residents of households, and the party side: a branch per village, party members who usually
-- belong to a household (seed 003: 初心三人行). No identity-card numbers are stored.
create table resident (
    id           bigint      not null auto_increment primary key,
    tenant_id    bigint      not null,
    version      bigint      not null default 0,
    household_id bigint      not null,
    name         varchar(60) not null,
    relation     varchar(20),
    gender       char(1),
    birth_year   int,
    phone        varchar(20),
    constraint fk_resident_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_resident_household foreign key (household_id) references household (id),
    index ix_resident_household (tenant_id, household_id),
    index ix_resident_name (tenant_id, name)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table party_branch (
    id               bigint       not null auto_increment primary key,
    tenant_id        bigint       not null,
    version          bigint       not null default 0,
    village_id       bigint       not null,
    code             varchar(40)  not null,
    name             varchar(100) not null,
    secretary_name   varchar(60),
    constraint fk_branch_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_branch_village foreign key (village_id) references place (id),
    constraint uk_branch_code unique (tenant_id, code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table party_member (
    id          bigint      not null auto_increment primary key,
    tenant_id   bigint      not null,
    version     bigint      not null default 0,
    branch_id   bigint      not null,
    code        varchar(40) not null,
    name        varchar(60) not null,
    resident_id bigint,
    joined_year int,
    constraint fk_member_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_member_branch foreign key (branch_id) references party_branch (id),
    constraint fk_member_resident foreign key (resident_id) references resident (id),
    constraint uk_member_code unique (tenant_id, code),
    index ix_member_branch (tenant_id, branch_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
