-- Optional expiry of points (issue 5): after expiry_months months (0: never), a monthly job writes
-- an EXPIRY line taking back what is left of the oldest points. Each run of the job is recorded.
alter table points_rules add column expiry_months int not null default 0;

create table points_expiry_run (
    id             bigint       not null auto_increment primary key,
    tenant_id      bigint       not null,
    version        bigint       not null default 0,
    month          int          not null,
    expiry_months  int          not null,
    cutoff_month   int          not null,
    households     int          not null,
    points         int          not null,
    run_by         varchar(120) not null,
    started_at     datetime(6)  not null,
    finished_at    datetime(6),
    constraint fk_expiry_run_tenant foreign key (tenant_id) references tenant (id),
    index ix_expiry_run_month (tenant_id, month)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
