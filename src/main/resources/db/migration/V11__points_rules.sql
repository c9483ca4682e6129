-- The tenant's points rules (seed 002 defaults until a tenant changes them): leader score weight,
-- quarterly ranking tiers and bonus points, and the default objection period. One row per tenant.
create table points_rules (
    id              bigint       not null auto_increment primary key,
    tenant_id       bigint       not null,
    version         bigint       not null default 0,
    own_weight      decimal(3,2) not null,
    gold_percent    int          not null,
    silver_percent  int          not null,
    bronze_percent  int          not null,
    gold_bonus      int          not null,
    silver_bonus    int          not null,
    bronze_bonus    int          not null,
    objection_days  int          not null,
    updated_by      varchar(120) not null,
    updated_at      datetime(6)  not null,
    constraint fk_points_rules_tenant foreign key (tenant_id) references tenant (id),
    constraint uk_points_rules unique (tenant_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
