-- The negative list (负面清单): restrictions placed on a household for a period. Lifting one is
-- a recorded act (who, when, why); rows are never deleted.
create table household_restriction (
    id           bigint       not null auto_increment primary key,
    tenant_id    bigint       not null,
    version      bigint       not null default 0,
    household_id bigint       not null,
    kind         varchar(20)  not null,
    reason       varchar(500) not null,
    from_date    date         not null,
    until_date   date,
    placed_by    varchar(120) not null,
    placed_at    datetime(6)  not null,
    lifted_by    varchar(120),
    lifted_at    datetime(6),
    lift_reason  varchar(500),
    constraint fk_restriction_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_restriction_household foreign key (household_id) references household (id),
    index ix_restriction_household (tenant_id, household_id, kind)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
