-- A quarter's ranking bonus is written once per village, quarter and level: this row says it was.
create table points_award (
    id         bigint       not null auto_increment primary key,
    tenant_id  bigint       not null,
    version    bigint       not null default 0,
    village_id bigint       not null,
    quarter    varchar(7)   not null,
    level      varchar(20)  not null,
    line_count int          not null,
    points     int          not null,
    awarded_by varchar(120) not null,
    awarded_at datetime(6)  not null,
    constraint fk_award_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_award_village foreign key (village_id) references place (id),
    constraint uk_award unique (tenant_id, village_id, quarter, level)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
