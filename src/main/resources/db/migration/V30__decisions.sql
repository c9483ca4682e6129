-- Power list and the four-step decision (seed 000 "146": 四议两公开). Procedures are tenant data:
-- a procedure is an ordered list of steps, each of a kind, a meeting step held by a body under a
-- quorum rule kept as integer fractions (no rounding). A matter of the power list is registered
-- for a village and its steps are recorded in order; a failed meeting rejects it, its record kept.
create table decision_procedure (
    id        bigint       not null auto_increment primary key,
    tenant_id bigint       not null,
    version   bigint       not null default 0,
    code      varchar(40)  not null,
    name      varchar(100) not null,
    active    boolean      not null default true,
    constraint fk_decision_procedure_tenant foreign key (tenant_id) references tenant (id),
    constraint uk_decision_procedure_code unique (tenant_id, code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- attendance: at least (strict: more than) quorum_num/quorum_den of the body's members, or (a
-- villagers' meeting) representatives of at least households_num/households_den of the households;
-- passing: more than pass_num/pass_den of those present in favour. due_days: the step is overdue
-- that many days after the step before it.
create table decision_procedure_step (
    id             bigint       not null auto_increment primary key,
    tenant_id      bigint       not null,
    version        bigint       not null default 0,
    procedure_id   bigint       not null,
    position       int          not null,
    kind           varchar(30)  not null,
    name           varchar(100) not null,
    body           varchar(30),
    quorum_num     int,
    quorum_den     int,
    quorum_strict  boolean      not null default false,
    households_num int,
    households_den int,
    pass_num       int,
    pass_den       int,
    due_days       int,
    constraint fk_decision_step_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_decision_step_procedure foreign key (procedure_id) references decision_procedure (id),
    constraint uk_decision_step_position unique (tenant_id, procedure_id, position)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The power list (小微权力清单): the matters a village decides and the procedure each follows.
create table power_list_item (
    id           bigint       not null auto_increment primary key,
    tenant_id    bigint       not null,
    version      bigint       not null default 0,
    code         varchar(40)  not null,
    name         varchar(100) not null,
    category     varchar(60),
    procedure_id bigint       not null,
    active       boolean      not null default true,
    constraint fk_power_item_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_power_item_procedure foreign key (procedure_id) references decision_procedure (id),
    constraint uk_power_item_code unique (tenant_id, code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Members of a village's bodies not modelled elsewhere: the branch committee, the villagers'
-- committee and the villagers' representatives. Party members are party_member rows.
create table village_body_member (
    id          bigint      not null auto_increment primary key,
    tenant_id   bigint      not null,
    version     bigint      not null default 0,
    village_id  bigint      not null,
    body        varchar(30) not null,
    name        varchar(60) not null,
    title       varchar(60),
    resident_id bigint,
    constraint fk_body_member_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_body_member_village foreign key (village_id) references place (id),
    constraint fk_body_member_resident foreign key (resident_id) references resident (id),
    index ix_body_member_village (tenant_id, village_id, body)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table decision_matter (
    id            bigint        not null auto_increment primary key,
    tenant_id     bigint        not null,
    version       bigint        not null default 0,
    village_id    bigint        not null,
    item_id       bigint        not null,
    procedure_id  bigint        not null,
    title         varchar(200)  not null,
    description   varchar(2000),
    status        varchar(20)   not null,
    registered_by varchar(120)  not null,
    registered_at datetime(6)   not null,
    constraint fk_matter_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_matter_village foreign key (village_id) references place (id),
    constraint fk_matter_item foreign key (item_id) references power_list_item (id),
    constraint fk_matter_procedure foreign key (procedure_id) references decision_procedure (id),
    index ix_matter_village (tenant_id, village_id, status)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- One recorded step of a matter; never changed. attendees: who came, as "kind:id:name" lines.
create table decision_step_record (
    id                 bigint       not null auto_increment primary key,
    tenant_id          bigint       not null,
    version            bigint       not null default 0,
    matter_id          bigint       not null,
    step_id            bigint       not null,
    position           int          not null,
    held_on            date         not null,
    members            int,
    present            int,
    households         int,
    households_present int,
    votes_for          int,
    votes_against      int,
    abstaining         int,
    attendees          text,
    minutes            text,
    outcome            varchar(20)  not null,
    recorded_by        varchar(120) not null,
    recorded_at        datetime(6)  not null,
    constraint fk_step_record_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_step_record_matter foreign key (matter_id) references decision_matter (id),
    constraint fk_step_record_step foreign key (step_id) references decision_procedure_step (id),
    constraint uk_step_record_position unique (tenant_id, matter_id, position)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Minutes scanned, photos of the meeting, signed lists: uploaded for a matter, tied to the step
-- they were recorded with.
create table decision_attachment (
    id           bigint       not null auto_increment primary key,
    tenant_id    bigint       not null,
    version      bigint       not null default 0,
    matter_id    bigint       not null,
    record_id    bigint,
    file_name    varchar(200) not null,
    content_type varchar(60)  not null,
    byte_count   int          not null,
    sha256       char(64)     not null,
    content      mediumblob   not null,
    uploaded_by  varchar(120) not null,
    uploaded_at  datetime(6)  not null,
    constraint fk_decision_attachment_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_decision_attachment_matter foreign key (matter_id) references decision_matter (id),
    constraint fk_decision_attachment_record foreign key (record_id) references decision_step_record (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
