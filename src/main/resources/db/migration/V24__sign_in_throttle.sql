-- Sign-ins are throttled per username and client address instead of locking accounts (a lock let
-- anyone who knows a username lock its owner out). Platform tables: scope_id is the tenant's id for
-- tenant users and 0 for platform operators, so there is no foreign key to tenant; removing a
-- tenant removes its rows explicitly.

alter table user_account drop column failed_attempts, drop column locked_until;
alter table operator_account drop column failed_attempts, drop column locked_until;

create table sign_in_failure (
    id        bigint       not null auto_increment primary key,
    scope_id  bigint       not null,
    username  varchar(60)  not null,
    address   varchar(45)  not null,
    at        datetime(6)  not null,
    index ix_sign_in_failure_user (scope_id, username, at),
    index ix_sign_in_failure_address (address, at),
    index ix_sign_in_failure_time (scope_id, at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table sign_in_client (
    id           bigint       not null auto_increment primary key,
    scope_id     bigint       not null,
    username     varchar(60)  not null,
    address      varchar(45)  not null,
    last_success datetime(6)  not null,
    constraint uk_sign_in_client unique (scope_id, username, address)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
