-- The township reviews each meeting's record (issue 15, point 4): approved, or rejected with a reason.
alter table orglife_meeting
    add column review_status varchar(12)  not null default 'PENDING',
    add column reviewed_by   varchar(120),
    add column reviewed_at   datetime(6),
    add column review_reason varchar(500);
