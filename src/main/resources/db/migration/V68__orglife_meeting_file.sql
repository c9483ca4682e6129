-- The minutes and photos a village uploads after a meeting (issue 15, point 4), kept as uploaded
-- beside the terminal's own snapshots; the township reviews them with the attendance.
create table orglife_meeting_file (
    id           bigint       not null auto_increment primary key,
    tenant_id    bigint       not null,
    version      bigint       not null default 0,
    meeting_id   bigint       not null,
    kind         varchar(12)  not null,
    file_name    varchar(200) not null,
    content_type varchar(60)  not null,
    byte_count   int          not null,
    sha256       char(64)     not null,
    content      mediumblob   not null,
    uploaded_by  varchar(120) not null,
    uploaded_at  datetime(6)  not null,
    constraint fk_meeting_file_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_meeting_file_meeting foreign key (meeting_id) references orglife_meeting (id),
    index ix_meeting_file_meeting (tenant_id, meeting_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
