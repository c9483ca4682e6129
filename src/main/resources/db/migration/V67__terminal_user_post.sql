-- A person's post on the village's terminals (issue 15, point 5): party member, village cadre or
-- first secretary (第一书记); cadres and first secretaries are ranked on their daily presence.
alter table terminal_user
    add column post varchar(16) not null default 'MEMBER';
