-- Project bidding (竞标, seed 000: a lease went from 100 to 598 yuan/mu/year by public bidding).
-- A lot is offered by a village at a reserve price per unit, optionally under the decision matter
-- that authorised it; bidders register for the lot; bids are recorded in rounds. Closing the lot
-- awards it to the highest bid (equal amounts: the one recorded first) or fails it without bids.
create table bidding_lot (
    id            bigint        not null auto_increment primary key,
    tenant_id     bigint        not null,
    version       bigint        not null default 0,
    village_id    bigint        not null,
    matter_id     bigint,
    title         varchar(200)  not null,
    description   varchar(2000),
    unit          varchar(30)   not null,
    quantity      decimal(14,2),
    reserve_price decimal(14,2) not null,
    status        varchar(20)   not null,
    winning_bid_id bigint,
    closed_at     datetime(6),
    registered_by varchar(120)  not null,
    registered_at datetime(6)   not null,
    constraint fk_bidding_lot_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_bidding_lot_village foreign key (village_id) references place (id),
    constraint fk_bidding_lot_matter foreign key (matter_id) references decision_matter (id),
    index ix_bidding_lot_village (tenant_id, village_id, status)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- A bidder registered for one lot: a person (ID number) or an organisation (unified credit code).
-- id_number and phone are never shown on public pages.
create table bidding_bidder (
    id            bigint       not null auto_increment primary key,
    tenant_id     bigint       not null,
    version       bigint       not null default 0,
    lot_id        bigint       not null,
    name          varchar(100) not null,
    id_number     varchar(30)  not null,
    phone         varchar(20),
    registered_at datetime(6)  not null,
    constraint fk_bidding_bidder_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_bidding_bidder_lot foreign key (lot_id) references bidding_lot (id),
    constraint uk_bidding_bidder_id unique (tenant_id, lot_id, id_number)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- A bid: never changed. One per bidder and round.
create table bidding_bid (
    id          bigint        not null auto_increment primary key,
    tenant_id   bigint        not null,
    version     bigint        not null default 0,
    lot_id      bigint        not null,
    bidder_id   bigint        not null,
    round_no    int           not null,
    amount      decimal(14,2) not null,
    recorded_by varchar(120)  not null,
    recorded_at datetime(6)   not null,
    constraint fk_bidding_bid_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_bidding_bid_lot foreign key (lot_id) references bidding_lot (id),
    constraint fk_bidding_bid_bidder foreign key (bidder_id) references bidding_bidder (id),
    constraint uk_bidding_bid_round unique (tenant_id, lot_id, round_no, bidder_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

alter table bidding_lot add constraint fk_bidding_lot_winner foreign key (winning_bid_id) references bidding_bid (id);
