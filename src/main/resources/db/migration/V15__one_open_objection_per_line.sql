-- At most one open objection per ledger line, also when two arrive at the same moment (objections
-- can now be raised without a login): open_line_id is the line while the objection is open and
-- null once it is resolved; MariaDB/MySQL unique keys ignore nulls.
alter table points_objection add column open_line_id bigint null;
update points_objection set open_line_id = line_id where status = 'OPEN';
alter table points_objection add constraint uk_objection_open unique (tenant_id, open_line_id);
