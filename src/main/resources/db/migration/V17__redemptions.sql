-- Redemptions at a shop's counter and the goods they took. A redemption spends points through one
-- REDEMPTION ledger line; a return is a second redemption row of kind RETURN naming the first
-- (once: unique reverses_id) with its RETURN ledger line. Rows are never changed or deleted.
create table shop_redemption (
    id              bigint       not null auto_increment primary key,
    tenant_id       bigint       not null,
    version         bigint       not null default 0,
    shop_id         bigint       not null,
    household_id    bigint       not null,
    kind            varchar(20)  not null,
    points          int          not null,
    line_id         bigint       not null,
    reverses_id     bigint       null,
    idempotency_key varchar(64)  not null,
    reason          varchar(500) null,
    clerk           varchar(120) not null,
    created_at      datetime(6)  not null,
    constraint fk_redemption_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_redemption_shop foreign key (shop_id) references shop (id),
    constraint fk_redemption_household foreign key (household_id) references household (id),
    constraint fk_redemption_line foreign key (line_id) references points_line (id),
    constraint fk_redemption_reverses foreign key (reverses_id) references shop_redemption (id),
    constraint uk_redemption_key unique (tenant_id, idempotency_key),
    constraint uk_redemption_line unique (line_id),
    constraint uk_redemption_reverses unique (reverses_id),
    index ix_redemption_shop (tenant_id, shop_id, created_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table shop_redemption_item (
    id            bigint      not null auto_increment primary key,
    tenant_id     bigint      not null,
    version       bigint      not null default 0,
    redemption_id bigint      not null,
    goods_id      bigint      not null,
    quantity      int         not null,
    price_points  int         not null,
    constraint fk_redemption_item_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_redemption_item_redemption foreign key (redemption_id) references shop_redemption (id),
    constraint fk_redemption_item_goods foreign key (goods_id) references shop_goods (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
