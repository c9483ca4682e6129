-- Each household's scored points (awards, reversals, bonuses) per month, kept by the database as
-- lines are written: scores and rankings read one row per household and month instead of summing
-- every line (ADR 0012). The ledger stays the record; this table can be rebuilt from it at any time
-- (the backfill below is that rebuild). Lines are never updated or deleted, so an insert trigger is
-- all it takes. MySQL commits each DDL statement on its own, so every step may run again after a
-- failure (e.g. a server with binary logging refusing the trigger, see README) and the backfill sets
-- each row to the ledger's sum. Run it, like every migration, before the application serves.
create table if not exists points_household_month (
    id           bigint not null auto_increment primary key,
    tenant_id    bigint not null,
    version      bigint not null default 0,
    household_id bigint not null,
    month        int    not null,
    points       int    not null,
    line_count   int    not null,
    constraint fk_household_month_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_household_month_household foreign key (household_id) references household (id),
    constraint uk_household_month unique (tenant_id, household_id, month)
);

insert into points_household_month (tenant_id, household_id, month, points, line_count)
select tenant_id, household_id, month, sum(points), count(*)
from points_line
where type in ('AWARD', 'REVERSAL', 'BONUS')
group by tenant_id, household_id, month
on duplicate key update points = values(points), line_count = values(line_count);

drop trigger if exists points_line_household_month;

create trigger points_line_household_month after insert on points_line for each row
    insert into points_household_month (tenant_id, household_id, month, points, line_count)
    select new.tenant_id, new.household_id, new.month, new.points, 1 from dual
    where new.type in ('AWARD', 'REVERSAL', 'BONUS')
    on duplicate key update points = points_household_month.points + new.points,
                            line_count = points_household_month.line_count + 1;
