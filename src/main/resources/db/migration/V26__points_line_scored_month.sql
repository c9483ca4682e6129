-- The month a line counts in (issue 23): a correction (REVERSAL) is booked in the first month the
-- village has not closed, but it concerns the month of the line it reverses, and every figure —
-- the notice board, month scores, quarterly rankings, yearly honours and their certificates — counts
-- it there. Every other line counts in its own month. The database fills the column on insert (so
-- every writer, the benchmarks' bulk inserts included, gets it right) and the month totals of
-- ADR 0012 follow it.
alter table points_line add column scored_month int null;

update points_line set scored_month = month where reverses_id is null;

update points_line r join points_line o on o.id = r.reverses_id set r.scored_month = o.month;

alter table points_line add index ix_line_village_scored (tenant_id, village_id, scored_month);

drop trigger if exists points_line_scored_month;

create trigger points_line_scored_month before insert on points_line for each row
    set new.scored_month = coalesce(new.scored_month,
        (select o.month from points_line o where o.id = new.reverses_id), new.month);

drop trigger if exists points_line_household_month;

create trigger points_line_household_month after insert on points_line for each row
    insert into points_household_month (tenant_id, household_id, month, points, line_count)
    select new.tenant_id, new.household_id, new.scored_month, new.points, 1 from dual
    where new.type in ('AWARD', 'REVERSAL', 'BONUS')
    on duplicate key update points = points_household_month.points + new.points,
                            line_count = points_household_month.line_count + 1;

-- the month totals again, by the month each line counts in
delete from points_household_month;

insert into points_household_month (tenant_id, household_id, month, points, line_count)
select tenant_id, household_id, scored_month, sum(points), count(*)
from points_line
where type in ('AWARD', 'REVERSAL', 'BONUS')
group by tenant_id, household_id, scored_month;
