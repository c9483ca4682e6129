-- Evidence photos of points proposals (taken on the grid chief's phone). A proposal's evidence
-- names them as photo:{id}; the bytes stay here, never edited.
create table points_photo (
    id           bigint       not null auto_increment primary key,
    tenant_id    bigint       not null,
    version      bigint       not null default 0,
    village_id   bigint       not null,
    content_type varchar(40)  not null,
    byte_count   int          not null,
    sha256       char(64)     not null,
    content      mediumblob   not null,
    uploaded_by  varchar(120) not null,
    uploaded_at  datetime(6)  not null,
    constraint fk_photo_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_photo_village foreign key (village_id) references place (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
