-- Kiosk tokens: a village office's browser shows the village's public boards without a login.
-- Only the SHA-256 of a token is stored; the token is shown once when issued. Revoked tokens stay.
create table kiosk_token (
    id          bigint       not null auto_increment primary key,
    tenant_id   bigint       not null,
    version     bigint       not null default 0,
    village_id  bigint       not null,
    label       varchar(60)  not null,
    token_hash  char(64)     not null,
    issued_at   datetime(6)  not null,
    issued_by   varchar(120) not null,
    revoked_at  datetime(6),
    constraint fk_kiosk_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_kiosk_village foreign key (village_id) references place (id),
    constraint uk_kiosk_hash unique (token_hash),
    index ix_kiosk_village (tenant_id, village_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
