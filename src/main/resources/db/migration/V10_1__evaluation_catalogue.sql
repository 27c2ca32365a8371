-- The evaluation tool as data the council owns (issue 14, ADR 0020): every version of the catalogue (sections, what
-- good looks like, which are judged, the grade scale's words) kept whole as the file that was imported; each
-- evaluation records the version it was allocated with. The sections' statements the auditor (and the moderator)
-- ticked as met are kept per section. Sections that are not judged (good practice, improvements, learning needs)
-- have no judgement. Runs unchanged on H2 and PostgreSQL.

create table pe_catalogue (
  version     integer       not null primary key,
  name        varchar(200)  not null,
  content     varchar(400000) not null,
  imported_at timestamp(6) with time zone not null,
  imported_by varchar(64)
);

alter table pe_evaluation add column catalogue_version integer;
alter table pe_evaluation add constraint fk_evaluation_catalogue foreign key (catalogue_version)
  references pe_catalogue (version);

alter table pe_evaluation_section add column section_key varchar(60);
-- good-practice, improvements or learning-needs: what a section that is not judged holds (the reports read it)
alter table pe_evaluation_section add column purpose varchar(30);
alter table pe_evaluation_section alter column judgement drop not null;

create table pe_evaluation_statement (
  section_id    bigint      not null,
  statement_key varchar(60) not null,
  constraint pk_evaluation_statement primary key (section_id, statement_key),
  constraint fk_statement_section foreign key (section_id) references pe_evaluation_section (id) on delete cascade
);

-- Evaluations allocated before the catalogue keep the tool they had: its fourteen sections become version 1 (no
-- statements; sections 12 to 14 no longer graded), and their section rows are named by its keys. A new installation
-- has no evaluations: the shipped catalogue becomes its version 1 at first start.
insert into pe_catalogue (version, name, content, imported_at, imported_by)
select 1, 'Practice evaluation tool before the catalogue (fixed in the product)', '{
 "name": "Practice evaluation tool before the catalogue (fixed in the product)",
 "description": "The fourteen sections the product had before the council''s catalogue: no statements. Kept as version 1 so that evaluations allocated before it keep the tool they were allocated with.",
 "grades": [
  {
   "code": "outstanding",
   "label": "Outstanding",
   "meaning": ""
  },
  {
   "code": "good",
   "label": "Good",
   "meaning": ""
  },
  {
   "code": "requires-improvement",
   "label": "Requires improvement",
   "meaning": ""
  },
  {
   "code": "inadequate",
   "label": "Inadequate",
   "meaning": ""
  }
 ],
 "notRelevantLabel": "Not relevant for this child",
 "sections": [
  {
   "key": "childs-journey",
   "title": "The child''s journey and case summary",
   "guidance": "Is the child''s history understood and summarised, with a clear chronology of the last six months?",
   "judged": true,
   "statements": []
  },
  {
   "key": "voice-of-the-child",
   "title": "Voice and lived experience of the child",
   "guidance": "Are the child''s wishes, feelings and daily life seen and recorded, in their own words where possible?",
   "judged": true,
   "statements": []
  },
  {
   "key": "assessment",
   "title": "Assessment of need and risk",
   "guidance": "Is the assessment up to date, analytical, and does it weigh risks and strengths, including the family history?",
   "judged": true,
   "statements": []
  },
  {
   "key": "planning",
   "title": "Planning",
   "guidance": "Is there a clear plan with SMART actions, timescales and contingency, that the family understands?",
   "judged": true,
   "statements": []
  },
  {
   "key": "visits-and-direct-work",
   "title": "Visits and direct work",
   "guidance": "Are visits timely and purposeful, is the child seen alone, and does direct work make a difference?",
   "judged": true,
   "statements": []
  },
  {
   "key": "partner-agencies",
   "title": "Working with partner agencies",
   "guidance": "Do agencies share information, attend meetings and carry out their parts of the plan?",
   "judged": true,
   "statements": []
  },
  {
   "key": "management-oversight",
   "title": "Management oversight and supervision",
   "guidance": "Is there regular, reflective supervision that drives the plan and is recorded on the file?",
   "judged": true,
   "statements": []
  },
  {
   "key": "identity-and-diversity",
   "title": "Identity, diversity and culture",
   "guidance": "Are the child''s identity, ethnicity, culture, faith, language and any disability understood and responded to?",
   "judged": true,
   "statements": []
  },
  {
   "key": "recording",
   "title": "Recording",
   "guidance": "Is the record up to date, clear, respectful and written so the child could read it later?",
   "judged": true,
   "statements": []
  },
  {
   "key": "progress-and-impact",
   "title": "Progress and impact for the child",
   "guidance": "Is the child''s situation better because of our involvement? What difference has been made?",
   "judged": true,
   "statements": []
  },
  {
   "key": "family-views",
   "title": "What the family told us",
   "guidance": "What did the child, parents and carers tell you, and how does it inform your judgement?",
   "judged": true,
   "statements": []
  },
  {
   "key": "good-practice",
   "title": "Good practice to share",
   "guidance": "What stands out as good practice that could be shared across children''s services (a plan, a visit, a supervision record)?",
   "judged": false,
   "statements": [],
   "purpose": "good-practice"
  },
  {
   "key": "improvements",
   "title": "Areas for improvement and actions",
   "guidance": "What needs to improve? Offer solutions where you can, and add each action below.",
   "judged": false,
   "statements": [],
   "purpose": "improvements"
  },
  {
   "key": "learning-needs",
   "title": "Learning and development needs",
   "guidance": "What learning or development needs did you and the team identify?",
   "judged": false,
   "statements": [],
   "purpose": "learning-needs"
  }
 ]
}', current_timestamp, 'migration'
where exists (select 1 from pe_evaluation);

update pe_evaluation set catalogue_version = 1;
update pe_evaluation_section set section_key = case section_number when 1 then 'childs-journey' when 2 then 'voice-of-the-child' when 3 then 'assessment' when 4 then 'planning' when 5 then 'visits-and-direct-work' when 6 then 'partner-agencies' when 7 then 'management-oversight' when 8 then 'identity-and-diversity' when 9 then 'recording' when 10 then 'progress-and-impact' when 11 then 'family-views' when 12 then 'good-practice' when 13 then 'improvements' when 14 then 'learning-needs' end;
update pe_evaluation_section set purpose = case section_number when 12 then 'good-practice' when 13 then 'improvements'
  when 14 then 'learning-needs' end;
