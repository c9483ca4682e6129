-- The organisation below the village (seed 002): village grid (村级网格) → micro-grid (微网格,
-- ~50 households) → household group (联户小组, 5–10 households), and the households themselves.
create table grid (
    id          bigint       not null auto_increment primary key,
    tenant_id   bigint       not null,
    version     bigint       not null default 0,
    village_id  bigint       not null,
    parent_id   bigint,
    level       varchar(20)  not null,
    code        varchar(40)  not null,
    name        varchar(100) not null,
    leader_name varchar(60),
    constraint fk_grid_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_grid_village foreign key (village_id) references place (id),
    constraint fk_grid_parent foreign key (parent_id) references grid (id),
    constraint uk_grid_code unique (tenant_id, code),
    index ix_grid_village (tenant_id, village_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table household (
    id          bigint       not null auto_increment primary key,
    tenant_id   bigint       not null,
    version     bigint       not null default 0,
    code        varchar(40)  not null,
    village_id  bigint       not null,
    grid_id     bigint,
    head_name   varchar(60)  not null,
    address     varchar(200),
    phone       varchar(20),
    constraint fk_household_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_household_village foreign key (village_id) references place (id),
    constraint fk_household_grid foreign key (grid_id) references grid (id),
    constraint uk_household_code unique (tenant_id, code),
    index ix_household_village (tenant_id, village_id, code),
    index ix_household_head (tenant_id, head_name),
    index ix_household_grid (tenant_id, grid_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
