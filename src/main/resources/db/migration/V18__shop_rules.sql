-- Exchange shops (issue 5): the tenant's shop settings.
-- shop_rules: the tenant's shop settings, one row per tenant (none: the defaults — a 7-day return
-- window and no rate, so no statement can be issued before the tenant admin sets one).
create table shop_rules (
    id             bigint        not null auto_increment primary key,
    tenant_id      bigint        not null,
    version        bigint        not null default 0,
    return_days    int           not null,
    yuan_per_point decimal(10, 4) null,
    updated_by     varchar(120)  not null,
    updated_at     datetime(6)   not null,
    constraint fk_shop_rules_tenant foreign key (tenant_id) references tenant (id),
    constraint uk_shop_rules_tenant unique (tenant_id),
    constraint ck_shop_rules_days check (return_days between 0 and 90),
    constraint ck_shop_rules_rate check (yuan_per_point is null or yuan_per_point >= 0)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
