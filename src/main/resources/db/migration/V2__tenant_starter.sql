-- The starter a tenant signed up from, so its admin can apply it again (idempotent) when
-- starters gain configuration.
alter table tenant add column starter varchar(40);
