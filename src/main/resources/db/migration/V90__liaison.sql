-- Liaison duties (issue 18, seeds 003 and 004): the people of a village who look after households
-- (两长: lane chiefs and household liaisons, at most 20 households each; 初心三人行: a branch
-- committee member links about five party members, each party member 5–15 households), their
-- households, their visits with the household's confirmation and photos, and the tenant's limits
-- and deadlines. Requests found on a visit are citizen service requests of the centres, linked to
-- the visit (origin_visit_id) and to the household, with a kind whose deadline the tenant sets.

-- max_households: 两长; member_min/member_max: a party member's households (初心三人行);
-- committee_max: party members per committee member; sla_*: days to the deadline per kind of request.
create table liaison_rules (
    id              bigint       not null auto_increment primary key,
    tenant_id       bigint       not null,
    version         bigint       not null default 0,
    max_households  int          not null,
    member_min      int          not null,
    member_max      int          not null,
    committee_max   int          not null,
    sla_need        int          not null,
    sla_complaint   int          not null,
    sla_dispute     int          not null,
    sla_suggestion  int          not null,
    updated_by      varchar(120) not null,
    updated_at      datetime(6)  not null,
    constraint fk_liaison_rules_tenant foreign key (tenant_id) references tenant (id),
    constraint uq_liaison_rules_tenant unique (tenant_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- A liaison is a resident or a party member of the village; mentor_id: the committee member a
-- party member answers to (初心三人行).
create table liaison (
    id              bigint       not null auto_increment primary key,
    tenant_id       bigint       not null,
    version         bigint       not null default 0,
    village_id      bigint       not null,
    kind            varchar(20)  not null,
    name            varchar(60)  not null,
    phone           varchar(20),
    resident_id     bigint,
    party_member_id bigint,
    mentor_id       bigint,
    created_by      varchar(120) not null,
    created_at      datetime(6)  not null,
    constraint fk_liaison_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_liaison_village foreign key (village_id) references place (id),
    constraint fk_liaison_resident foreign key (resident_id) references resident (id),
    constraint fk_liaison_member foreign key (party_member_id) references party_member (id),
    constraint fk_liaison_mentor foreign key (mentor_id) references liaison (id),
    constraint uq_liaison_resident unique (tenant_id, resident_id),
    constraint uq_liaison_member unique (tenant_id, party_member_id),
    index ix_liaison_village (tenant_id, village_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- One liaison per household: the unique key holds it even between two concurrent assignments.
create table liaison_assignment (
    id           bigint       not null auto_increment primary key,
    tenant_id    bigint       not null,
    version      bigint       not null default 0,
    liaison_id   bigint       not null,
    household_id bigint       not null,
    assigned_by  varchar(120) not null,
    assigned_at  datetime(6)  not null,
    constraint fk_assignment_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_assignment_liaison foreign key (liaison_id) references liaison (id),
    constraint fk_assignment_household foreign key (household_id) references household (id),
    constraint uq_assignment_household unique (tenant_id, household_id),
    index ix_assignment_liaison (tenant_id, liaison_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- visited_on: the tenant's calendar day; confirmed: the head typed the last four digits of the
-- phone on record and they matched.
create table liaison_visit (
    id           bigint        not null auto_increment primary key,
    tenant_id    bigint        not null,
    version      bigint        not null default 0,
    household_id bigint        not null,
    liaison_id   bigint        not null,
    visited_on   date          not null,
    notes        varchar(2000) not null,
    confirmed    boolean       not null,
    recorded_by  varchar(120)  not null,
    recorded_at  datetime(6)   not null,
    constraint fk_visit_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_visit_household foreign key (household_id) references household (id),
    constraint fk_visit_liaison foreign key (liaison_id) references liaison (id),
    index ix_visit_household (tenant_id, household_id, visited_on),
    index ix_visit_day (tenant_id, visited_on, liaison_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table liaison_visit_photo (
    id           bigint       not null auto_increment primary key,
    tenant_id    bigint       not null,
    version      bigint       not null default 0,
    visit_id     bigint       not null,
    file_name    varchar(200) not null,
    content_type varchar(60)  not null,
    byte_count   int          not null,
    sha256       char(64)     not null,
    content      mediumblob   not null,
    uploaded_by  varchar(120) not null,
    uploaded_at  datetime(6)  not null,
    constraint fk_visit_photo_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_visit_photo_visit foreign key (visit_id) references liaison_visit (id),
    index ix_visit_photo_visit (tenant_id, visit_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- A service request found on a visit: its kind (NEED, COMPLAINT, DISPUTE, SUGGESTION), the household,
-- the visit, and the day the household confirmed it solved.
alter table centre_service_request
    add column kind            varchar(20),
    add column household_id    bigint,
    add column origin_visit_id bigint,
    add column confirmed_on    date,
    add constraint fk_service_request_household foreign key (household_id) references household (id),
    add constraint fk_service_request_visit foreign key (origin_visit_id) references liaison_visit (id),
    add index ix_service_request_household (tenant_id, household_id),
    add index ix_service_request_visit (tenant_id, origin_visit_id);
