-- Scores, rankings and balances sum a household's lines of some months by type. With the points and
-- the type in the index those sums are read from the index alone, without a row lookup per line
-- (bench/points.sh: a village's month aggregate over 50,000 lines 115 ms -> 52 ms).
alter table points_line
    drop index ix_line_household,
    add index ix_line_household (tenant_id, household_id, month, type, points);
