-- The contracts register (合同监管): a village's contracts with their parties, amount and term,
-- linked to the matter that authorised them or the bidding lot they came from. Contracts ending
-- soon are listed for the village and the township.
create table village_contract (
    id            bigint        not null auto_increment primary key,
    tenant_id     bigint        not null,
    version       bigint        not null default 0,
    village_id    bigint        not null,
    title         varchar(200)  not null,
    party_a       varchar(200)  not null,
    party_b       varchar(200)  not null,
    amount        decimal(14,2) not null,
    start_date    date          not null,
    end_date      date          not null,
    matter_id     bigint,
    lot_id        bigint,
    status        varchar(20)   not null,
    registered_by varchar(120)  not null,
    registered_at datetime(6)   not null,
    constraint fk_contract_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_contract_village foreign key (village_id) references place (id),
    constraint fk_contract_matter foreign key (matter_id) references decision_matter (id),
    constraint fk_contract_lot foreign key (lot_id) references bidding_lot (id),
    index ix_contract_end (tenant_id, status, end_date),
    index ix_contract_village (tenant_id, village_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
