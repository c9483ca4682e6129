-- Organisational life (issue 15, point 4, first slice): meeting types as tenant data with the
-- frequency the rules require, and meetings a village schedules (type, time window, place, the PINs
-- of the people expected); attendance is derived from the punches of the village's terminals.
create table orglife_meeting_type (
    id               bigint       not null auto_increment primary key,
    tenant_id        bigint       not null,
    version          bigint       not null default 0,
    code             varchar(40)  not null,
    name             varchar(60)  not null,
    frequency        varchar(16)  not null,
    minimum_minutes  int          not null,
    constraint uq_meeting_type unique (tenant_id, code),
    constraint fk_meeting_type_tenant foreign key (tenant_id) references tenant (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table orglife_meeting (
    id             bigint        not null auto_increment primary key,
    tenant_id      bigint        not null,
    version        bigint        not null default 0,
    village_id     bigint        not null,
    type_id        bigint        not null,
    starts_at      datetime      not null,
    ends_at        datetime      not null,
    place          varchar(120)  not null,
    expected_pins  varchar(2000) not null,
    scheduled_by   varchar(120)  not null,
    scheduled_at   datetime(6)   not null,
    constraint fk_meeting_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_meeting_village foreign key (village_id) references place (id),
    constraint fk_meeting_type foreign key (type_id) references orglife_meeting_type (id),
    index ix_meeting_village (tenant_id, village_id, starts_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
