-- A grid's leader is usually a villager with a household in it: their own household's points make
-- up half of the leader's monthly score (seed 002).
alter table grid add column leader_household_id bigint null,
    add constraint fk_grid_leader_household foreign key (leader_household_id) references household (id);
