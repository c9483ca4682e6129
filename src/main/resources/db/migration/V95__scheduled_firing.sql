-- Scheduled jobs run once per cluster (issue 21, ADR 0026): each firing of a @Schedule timer is
-- claimed by the instance whose row for (job, minute) goes in first; the others skip it. On Galera
-- two claims of one firing on two nodes conflict at commit (certification), so one of them fails.
-- Rows older than two days are deleted by the claims themselves.
create table scheduled_firing (
    job         varchar(190) not null,
    fired_at    datetime     not null,
    instance    varchar(120) not null,
    claimed_at  datetime(6)  not null,
    primary key (job, fired_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
