-- Star rating by QR code (issue 17, seed 003): campaigns rating party branches or members, the
-- tenant's bottom-line rules, votes as an append-only ledger (a changed vote is a new row with the
-- next seq; the effective vote of a rater on a subject is the row with the highest seq), and the
-- problems found with the branch's promises, published until done.
create table rating_bottom_line (
    id         bigint       not null auto_increment primary key,
    tenant_id  bigint       not null,
    version    bigint       not null default 0,
    code       varchar(40)  not null,
    name       varchar(120) not null,
    constraint uq_rating_bottom_line unique (tenant_id, code),
    constraint fk_rating_bottom_line_tenant foreign key (tenant_id) references tenant (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table rating_campaign (
    id               bigint        not null auto_increment primary key,
    tenant_id        bigint        not null,
    version          bigint        not null default 0,
    title            varchar(120)  not null,
    subject_kind     varchar(12)   not null,
    questions        varchar(4000) not null,
    scale            int           not null,
    weight_self      int           not null,
    weight_peer      int           not null,
    weight_public    int           not null,
    weight_superior  int           not null,
    five_stars_from  int           not null,
    four_stars_from  int           not null,
    three_stars_from int           not null,
    two_stars_from   int           not null,
    opens_at         datetime      not null,
    closes_at        datetime      not null,
    secret           char(64)      not null,
    booked_by        varchar(120)  not null,
    booked_at        datetime(6)   not null,
    constraint fk_rating_campaign_tenant foreign key (tenant_id) references tenant (id),
    index ix_rating_campaign_opens (tenant_id, opens_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table rating_subject (
    id             bigint        not null auto_increment primary key,
    tenant_id      bigint        not null,
    version        bigint        not null default 0,
    campaign_id    bigint        not null,
    kind           varchar(12)   not null,
    ref_id         bigint        not null,
    branch_id      bigint        not null,
    village_id     bigint        not null,
    township_id    bigint        null,
    name           varchar(120)  not null,
    breach_id      bigint        null,
    breach_note    varchar(500)  null,
    constraint uq_rating_subject unique (tenant_id, campaign_id, kind, ref_id),
    constraint fk_rating_subject_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_rating_subject_campaign foreign key (campaign_id) references rating_campaign (id),
    constraint fk_rating_subject_village foreign key (village_id) references place (id),
    constraint fk_rating_subject_breach foreign key (breach_id) references rating_bottom_line (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- One row per ballot cast; never updated. rater_key is a keyed hash of the rater's identity within
-- the campaign, so the table does not name who voted what. The unique key makes concurrent double
-- submits of one rater collide instead of both counting.
create table rating_vote (
    id           bigint        not null auto_increment primary key,
    tenant_id    bigint        not null,
    version      bigint        not null default 0,
    campaign_id  bigint        not null,
    subject_id   bigint        not null,
    rater_key    char(64)      not null,
    rater_group  varchar(10)   not null,
    seq          int           not null,
    answers      varchar(200)  not null,
    score        decimal(6,2)  not null,
    comment      varchar(500)  null,
    cast_at      datetime(6)   not null,
    constraint uq_rating_vote unique (tenant_id, subject_id, rater_key, seq),
    constraint fk_rating_vote_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_rating_vote_campaign foreign key (campaign_id) references rating_campaign (id),
    constraint fk_rating_vote_subject foreign key (subject_id) references rating_subject (id),
    index ix_rating_vote_campaign (tenant_id, campaign_id, subject_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table rating_problem (
    id           bigint        not null auto_increment primary key,
    tenant_id    bigint        not null,
    version      bigint        not null default 0,
    subject_id   bigint        not null,
    village_id   bigint        not null,
    problem      varchar(500)  not null,
    promise      varchar(500)  not null,
    due_on       date          not null,
    done_on      date          null,
    evidence     varchar(500)  null,
    recorded_by  varchar(120)  not null,
    constraint fk_rating_problem_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_rating_problem_subject foreign key (subject_id) references rating_subject (id),
    constraint fk_rating_problem_village foreign key (village_id) references place (id),
    index ix_rating_problem_village (tenant_id, village_id, done_on)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
