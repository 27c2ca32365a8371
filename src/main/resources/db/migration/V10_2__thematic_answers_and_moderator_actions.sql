-- Audit types in full (issue 14): a thematic evaluation's answer to each of its theme's key lines of enquiry; the
-- partner agencies taking part in a multi-agency thematic evaluation and their findings; who added an action (the
-- first auditor, or the moderator at moderation). Runs unchanged on H2 and PostgreSQL.

create table pe_evaluation_enquiry (
  evaluation_id   bigint         not null,
  position        integer        not null,
  line_of_enquiry varchar(2000)  not null,
  answer          varchar(20000),
  constraint pk_evaluation_enquiry primary key (evaluation_id, position),
  constraint fk_enquiry_evaluation foreign key (evaluation_id) references pe_evaluation (id) on delete cascade
);

create table pe_evaluation_partner_agency (
  evaluation_id bigint         not null,
  position      integer        not null,
  agency        varchar(200)   not null,
  findings      varchar(20000),
  constraint pk_evaluation_partner_agency primary key (evaluation_id, position),
  constraint fk_partner_agency_evaluation foreign key (evaluation_id) references pe_evaluation (id) on delete cascade
);

alter table pe_evaluation_action add column added_by_stage varchar(20) default 'FIRST' not null;
