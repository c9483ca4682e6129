-- Monthly publication (一月一公示): closing a village's month publishes its households' points for
-- an objection period; an objection freezes the disputed line until a reviewer resolves it.
create table points_month (
    id              bigint       not null auto_increment primary key,
    tenant_id       bigint       not null,
    version         bigint       not null default 0,
    village_id      bigint       not null,
    month           int          not null,
    closed_at       datetime(6)  not null,
    closed_by       varchar(120) not null,
    objection_until date         not null,
    constraint fk_points_month_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_points_month_village foreign key (village_id) references place (id),
    constraint uk_points_month unique (tenant_id, village_id, month)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table points_objection (
    id           bigint       not null auto_increment primary key,
    tenant_id    bigint       not null,
    version      bigint       not null default 0,
    line_id      bigint       not null,
    reason       varchar(500) not null,
    raised_by    varchar(120) not null,
    raised_at    datetime(6)  not null,
    status       varchar(20)  not null,
    resolved_by  varchar(120),
    resolved_at  datetime(6),
    resolution   varchar(500),
    constraint fk_objection_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_objection_line foreign key (line_id) references points_line (id),
    index ix_objection_line (tenant_id, line_id, status)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
