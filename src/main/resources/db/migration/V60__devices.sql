-- Attendance terminals (issue 15): the platform-wide device registry and what terminals speaking the
-- ZKTeco PUSH (iclock) protocol send. `device` is a platform table naming its tenant in a column of
-- its own (null while the device is pending: it called in and nobody has claimed its serial yet);
-- every other table is tenant-owned. Punches, alarms, photos and kept bad lines are append-only and
-- idempotent: each has a unique key of what identifies it on the device, so a resent batch is stored once.
create table device (
    id             bigint       not null auto_increment primary key,
    version        bigint       not null default 0,
    serial_number  varchar(40)  not null,
    tenant_id      bigint,
    village_id     bigint,
    kind           varchar(16)  not null,
    label          varchar(60),
    time_zone      varchar(40)  not null,
    status         varchar(16)  not null,
    first_seen     datetime(6)  not null,
    last_contact   datetime(6),
    last_address   varchar(45),
    push_version   varchar(40),
    language       varchar(8),
    attlog_stamp   varchar(20),
    operlog_stamp  varchar(20),
    claimed_at     datetime(6),
    claimed_by     varchar(120),
    constraint uq_device_serial unique (serial_number),
    constraint fk_device_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_device_village foreign key (village_id) references place (id),
    index ix_device_tenant (tenant_id, status)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- punched_local: the device's clock, which has no zone; punched_at: that time in the device's zone, as UTC.
create table device_punch (
    id             bigint       not null auto_increment primary key,
    tenant_id      bigint       not null,
    version        bigint       not null default 0,
    device_id      bigint       not null,
    village_id     bigint       not null,
    pin            varchar(24)  not null,
    punched_local  datetime     not null,
    punched_at     datetime     not null,
    status         smallint     not null,
    verify         smallint     not null,
    workcode       varchar(24),
    extra          varchar(500),
    received_at    datetime(6)  not null,
    constraint uq_device_punch unique (device_id, pin, punched_local),
    constraint fk_device_punch_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_device_punch_device foreign key (device_id) references device (id),
    index ix_device_punch_village (tenant_id, village_id, punched_at),
    index ix_device_punch_received (device_id, received_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- A line a terminal sent that could not be read, kept with its raw text for review (once per device and text).
create table device_rejected_line (
    id             bigint        not null auto_increment primary key,
    tenant_id      bigint        not null,
    version        bigint        not null default 0,
    device_id      bigint        not null,
    table_name     varchar(16)   not null,
    reason         varchar(60)   not null,
    raw_text       varchar(2000) not null,
    raw_hash       binary(32)    not null,
    received_at    datetime(6)   not null,
    constraint uq_device_rejected unique (device_id, table_name, raw_hash),
    constraint fk_device_rejected_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_device_rejected_device foreign key (device_id) references device (id),
    index ix_device_rejected_received (device_id, received_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- OPERLOG alarms (operation type 3), e.g. reason 55: the device was broken open.
create table device_alarm (
    id             bigint       not null auto_increment primary key,
    tenant_id      bigint       not null,
    version        bigint       not null default 0,
    device_id      bigint       not null,
    village_id     bigint       not null,
    reason         int          not null,
    occurred_local datetime     not null,
    occurred_at    datetime     not null,
    raw_text       varchar(500) not null,
    received_at    datetime(6)  not null,
    constraint uq_device_alarm unique (device_id, occurred_local, reason),
    constraint fk_device_alarm_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_device_alarm_device foreign key (device_id) references device (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table device_photo (
    id             bigint       not null auto_increment primary key,
    tenant_id      bigint       not null,
    version        bigint       not null default 0,
    device_id      bigint       not null,
    village_id     bigint       not null,
    file_name      varchar(80)  not null,
    pin            varchar(24),
    taken_local    datetime,
    taken_at       datetime,
    size           int          not null,
    content        mediumblob   not null,
    received_at    datetime(6)  not null,
    constraint uq_device_photo unique (device_id, file_name),
    constraint fk_device_photo_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_device_photo_device foreign key (device_id) references device (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- People on terminals: a PIN per person and village; pushed to the village's terminals by command.
create table terminal_user (
    id             bigint       not null auto_increment primary key,
    tenant_id      bigint       not null,
    version        bigint       not null default 0,
    village_id     bigint       not null,
    pin            varchar(9)   not null,
    name           varchar(24)  not null,
    card           varchar(10),
    origin         varchar(16)  not null,
    created_at     datetime(6)  not null,
    removed_at     datetime(6),
    constraint uq_terminal_user unique (tenant_id, village_id, pin),
    constraint fk_terminal_user_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_terminal_user_village foreign key (village_id) references place (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The command queue: built by the platform from fixed kinds (never raw text), fetched by the device
-- with getrequest, answered through devicecmd.
create table device_command (
    id             bigint        not null auto_increment primary key,
    tenant_id      bigint        not null,
    version        bigint        not null default 0,
    device_id      bigint        not null,
    kind           varchar(24)   not null,
    command_text   varchar(1000) not null,
    status         varchar(12)   not null,
    return_code    int,
    queued_at      datetime(6)   not null,
    queued_by      varchar(120)  not null,
    sent_at        datetime(6),
    answered_at    datetime(6),
    constraint fk_device_command_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_device_command_device foreign key (device_id) references device (id),
    index ix_device_command_queue (device_id, status, id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
