-- Settlement with the exchange shops (issue 5): monthly statements and their lines.
-- A shop's monthly statement: a snapshot of every redemption and return dated in the month
-- (server time zone), its totals and the money due at the rate in force when it was issued
-- (net points × rate, HALF_UP to the fen). Never changed once issued, except that it is marked
-- paid once (paid_at, paid_by, paid_reference). One per shop and month.
create table shop_statement (
    id                bigint         not null auto_increment primary key,
    tenant_id         bigint         not null,
    version           bigint         not null default 0,
    shop_id           bigint         not null,
    period            char(7)        not null,
    number            varchar(60)    not null,
    issued_at         datetime(6)    not null,
    issued_by         varchar(120)   not null,
    redemptions       int            not null,
    returns_count     int            not null,
    points_redeemed   int            not null,
    points_returned   int            not null,
    net_points        int            not null,
    yuan_per_point    decimal(10, 4) not null,
    money_due         decimal(14, 2) not null,
    paid_at           datetime(6)    null,
    paid_by           varchar(120)   null,
    paid_reference    varchar(200)   null,
    constraint fk_shop_statement_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_shop_statement_shop foreign key (shop_id) references shop (id),
    constraint uk_shop_statement_period unique (tenant_id, shop_id, period),
    constraint uk_shop_statement_number unique (tenant_id, number)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The redemptions and returns a statement covers. Each redemption or return is settled in exactly
-- one statement (unique redemption_id): a return of a redemption of an earlier month is a
-- correction line of the statement of the month of the return, naming the statement that covered
-- the redemption when it was already issued.
create table shop_statement_line (
    id                    bigint       not null auto_increment primary key,
    tenant_id             bigint       not null,
    version               bigint       not null default 0,
    statement_id          bigint       not null,
    redemption_id         bigint       not null,
    kind                  varchar(20)  not null,
    household_code        varchar(40)  not null,
    points                int          not null,
    occurred_at           datetime(6)  not null,
    correction            boolean      not null default false,
    corrects_redemption_id bigint      null,
    corrects_statement_id bigint       null,
    constraint fk_statement_line_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_statement_line_statement foreign key (statement_id) references shop_statement (id),
    constraint fk_statement_line_redemption foreign key (redemption_id) references shop_redemption (id),
    constraint fk_statement_line_corrects foreign key (corrects_redemption_id) references shop_redemption (id),
    constraint fk_statement_line_corrects_statement foreign key (corrects_statement_id) references shop_statement (id),
    constraint uk_statement_line_redemption unique (tenant_id, redemption_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
