-- Consequences of a rating's results as tenant rules (issue 17 point 5, seed 003): a name, the star
-- levels it applies to, for how many years in a row (1 or 2), or a rise since the previous year.
create table rating_consequence_rule (
    id         bigint       not null auto_increment primary key,
    tenant_id  bigint       not null,
    version    bigint       not null default 0,
    name       varchar(120) not null,
    stars_from int          not null,
    stars_to   int          not null,
    years      int          not null,
    rise       boolean      not null,
    constraint uq_rating_consequence_rule unique (tenant_id, name),
    constraint fk_rating_consequence_rule_tenant foreign key (tenant_id) references tenant (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The campaign's audit trail of refused votes (anti-fraud): attempts refused per campaign, hour and
-- reason, counted (bounded: one row per hour and reason however many are refused), never who.
create table rating_refusal (
    id          bigint      not null auto_increment primary key,
    tenant_id   bigint      not null,
    campaign_id bigint      not null,
    hour_start  datetime    not null,
    reason      varchar(20) not null,
    attempts    int         not null,
    constraint uq_rating_refusal unique (tenant_id, campaign_id, hour_start, reason),
    constraint fk_rating_refusal_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_rating_refusal_campaign foreign key (campaign_id) references rating_campaign (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
