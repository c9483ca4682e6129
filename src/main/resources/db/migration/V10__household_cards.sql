-- Household cards (户卡): a printed card per household whose QR code the kiosk and the shops scan.
-- Append-only: reissuing revokes the old card and adds the next serial. active_household_id holds
-- the household's id while the card is valid and NULL once revoked, so the unique key allows at
-- most one valid card per household (NULLs never collide in MySQL / MariaDB unique keys).
create table household_card (
    id                  bigint       not null auto_increment primary key,
    tenant_id           bigint       not null,
    version             bigint       not null default 0,
    household_id        bigint       not null,
    serial              int          not null,
    active_household_id bigint,
    issued_at           datetime(6)  not null,
    issued_by           varchar(120) not null,
    revoked_at          datetime(6),
    revoked_by          varchar(120),
    revoke_reason       varchar(200),
    constraint fk_household_card_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_household_card_household foreign key (household_id) references household (id),
    constraint uk_household_card_serial unique (tenant_id, household_id, serial),
    constraint uk_household_card_active unique (tenant_id, active_household_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The key each tenant signs its cards' QR codes with (HMAC-SHA256): random, made on first use,
-- never served. One row per tenant; only the card service reads it.
create table household_card_key (
    tenant_id  bigint      not null primary key,
    secret     varbinary(32) not null,
    created_at datetime(6) not null,
    constraint fk_household_card_key_tenant foreign key (tenant_id) references tenant (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
