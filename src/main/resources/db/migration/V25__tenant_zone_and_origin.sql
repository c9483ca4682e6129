-- A tenant's time zone decides its business days, months and years (ADR 0014); instants stay UTC.
alter table tenant add column time_zone varchar(40) not null default 'Asia/Shanghai';
-- Where a self-service sign-up came from (null: opened by a platform operator): sign-ups are
-- limited per client address and hour, and the operator sees and may remove them.
alter table tenant add column signed_up_from varchar(45);
create index ix_tenant_sign_up on tenant (signed_up_from, created_at);
create index ix_tenant_division on tenant (division_code, kind, status);
