-- Yearly honours (年度评优): the households a village honoured for a year, with their rank and
-- year score. Awarded once per village and year; a household is honoured at most once a year.
create table points_honour (
    id           bigint       not null auto_increment primary key,
    tenant_id    bigint       not null,
    version      bigint       not null default 0,
    village_id   bigint       not null,
    honour_year  int          not null,
    household_id bigint       not null,
    title        varchar(60)  not null,
    honour_rank  int          not null,
    score        int          not null,
    awarded_by   varchar(120) not null,
    awarded_at   datetime(6)  not null,
    constraint fk_honour_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_honour_village foreign key (village_id) references place (id),
    constraint fk_honour_household foreign key (household_id) references household (id),
    constraint uk_honour unique (tenant_id, village_id, honour_year, household_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
