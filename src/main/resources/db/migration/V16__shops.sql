-- Exchange shops (积分兑换点): the village supermarket (共富超市) and partner shops (bank, telecom
-- shop, filling station) where households redeem their points, the villages whose households they
-- serve, their clerks, and the goods or services they offer for points.
create table shop (
    id           bigint       not null auto_increment primary key,
    tenant_id    bigint       not null,
    version      bigint       not null default 0,
    code         varchar(40)  not null,
    name         varchar(100) not null,
    kind         varchar(30)  not null,
    partner_type varchar(60),
    address      varchar(200),
    phone        varchar(20),
    active       boolean      not null default true,
    created_by   varchar(120) not null,
    created_at   datetime(6)  not null,
    constraint fk_shop_tenant foreign key (tenant_id) references tenant (id),
    constraint uk_shop_code unique (tenant_id, code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The villages whose households may redeem at a shop.
create table shop_village (
    id         bigint not null auto_increment primary key,
    tenant_id  bigint not null,
    version    bigint not null default 0,
    shop_id    bigint not null,
    village_id bigint not null,
    constraint fk_shop_village_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_shop_village_shop foreign key (shop_id) references shop (id),
    constraint fk_shop_village_place foreign key (village_id) references place (id),
    constraint uk_shop_village unique (tenant_id, shop_id, village_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- A clerk acts for one shop only: a user is clerk of at most one shop.
create table shop_clerk (
    id              bigint       not null auto_increment primary key,
    tenant_id       bigint       not null,
    version         bigint       not null default 0,
    shop_id         bigint       not null,
    user_account_id bigint       not null,
    assigned_by     varchar(120) not null,
    assigned_at     datetime(6)  not null,
    constraint fk_shop_clerk_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_shop_clerk_shop foreign key (shop_id) references shop (id),
    constraint fk_shop_clerk_user foreign key (user_account_id) references user_account (id),
    constraint uk_shop_clerk_user unique (tenant_id, user_account_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Goods or services a shop offers for points. stock null = unlimited; the counter decrements it
-- with a conditional update (stock >= quantity), restocking adds to it.
create table shop_goods (
    id            bigint       not null auto_increment primary key,
    tenant_id     bigint       not null,
    version       bigint       not null default 0,
    shop_id       bigint       not null,
    code          varchar(40)  not null,
    name          varchar(100) not null,
    price_points  int          not null,
    stock         int,
    offered_from  date,
    offered_until date,
    active        boolean      not null default true,
    constraint fk_shop_goods_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_shop_goods_shop foreign key (shop_id) references shop (id),
    constraint uk_shop_goods_code unique (tenant_id, shop_id, code),
    constraint ck_shop_goods_price check (price_points > 0),
    constraint ck_shop_goods_stock check (stock is null or stock >= 0)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
