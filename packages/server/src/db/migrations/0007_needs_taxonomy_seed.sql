-- Kith's social prescribing needs taxonomy: the starting list of need terms, admin-editable.
-- Fixed ids so every installation (and its ORUK feed) names the same terms the same way.
-- Child terms whose code matches a referral reason code start a service search from that reason.
INSERT INTO dir_taxonomies (id, name, description, version) VALUES ('5e3d0000-0000-4000-8000-000000000000', 'Kith social prescribing needs', 'Needs that social prescribing link workers help people meet', '1') ON CONFLICT (id) DO NOTHING;--> statement-breakpoint
INSERT INTO dir_taxonomy_terms (id, taxonomy_id, parent_id, code, name, description) VALUES
  ('5e3d0000-0000-4000-8000-000000000001', '5e3d0000-0000-4000-8000-000000000000', NULL, 'social_connection', 'Social connection', 'Meeting people, belonging and company'),
  ('5e3d0000-0000-4000-8000-000000000002', '5e3d0000-0000-4000-8000-000000000000', '5e3d0000-0000-4000-8000-000000000001', 'loneliness', 'Loneliness or social isolation', 'Groups, clubs and contact for people who feel alone'),
  ('5e3d0000-0000-4000-8000-000000000003', '5e3d0000-0000-4000-8000-000000000000', '5e3d0000-0000-4000-8000-000000000001', 'befriending', 'Befriending', 'Regular visits or calls from a volunteer'),
  ('5e3d0000-0000-4000-8000-000000000004', '5e3d0000-0000-4000-8000-000000000000', '5e3d0000-0000-4000-8000-000000000001', 'community_groups', 'Community groups and clubs', 'Local groups, clubs and shared-interest activities'),
  ('5e3d0000-0000-4000-8000-000000000005', '5e3d0000-0000-4000-8000-000000000000', NULL, 'mental_wellbeing', 'Mental wellbeing', 'Support for how people feel'),
  ('5e3d0000-0000-4000-8000-000000000006', '5e3d0000-0000-4000-8000-000000000000', '5e3d0000-0000-4000-8000-000000000005', 'low_mood', 'Low mood or anxiety', 'Peer support, talking groups and wellbeing courses'),
  ('5e3d0000-0000-4000-8000-000000000007', '5e3d0000-0000-4000-8000-000000000000', '5e3d0000-0000-4000-8000-000000000005', 'bereavement', 'Bereavement', 'Support after the death of someone close'),
  ('5e3d0000-0000-4000-8000-000000000008', '5e3d0000-0000-4000-8000-000000000000', '5e3d0000-0000-4000-8000-000000000005', 'peer_support', 'Peer and talking support', 'Groups run by and for people with shared experience'),
  ('5e3d0000-0000-4000-8000-000000000009', '5e3d0000-0000-4000-8000-000000000000', NULL, 'health_activity', 'Physical activity and health', 'Moving more and living well with health conditions'),
  ('5e3d0000-0000-4000-8000-000000000010', '5e3d0000-0000-4000-8000-000000000000', '5e3d0000-0000-4000-8000-000000000009', 'physical_inactivity', 'Physical activity', 'Walking groups, gentle exercise and sport'),
  ('5e3d0000-0000-4000-8000-000000000011', '5e3d0000-0000-4000-8000-000000000000', '5e3d0000-0000-4000-8000-000000000009', 'weight', 'Weight management and healthy eating', 'Healthy eating, cooking and weight support'),
  ('5e3d0000-0000-4000-8000-000000000012', '5e3d0000-0000-4000-8000-000000000000', '5e3d0000-0000-4000-8000-000000000009', 'ltc_self_management', 'Long-term condition self-management', 'Courses and groups for living with a long-term condition'),
  ('5e3d0000-0000-4000-8000-000000000013', '5e3d0000-0000-4000-8000-000000000000', NULL, 'money_housing', 'Money, food and housing', 'Practical help with the basics'),
  ('5e3d0000-0000-4000-8000-000000000014', '5e3d0000-0000-4000-8000-000000000000', '5e3d0000-0000-4000-8000-000000000013', 'money_benefits', 'Money and benefits advice', 'Benefits checks, grants and income maximisation'),
  ('5e3d0000-0000-4000-8000-000000000015', '5e3d0000-0000-4000-8000-000000000000', '5e3d0000-0000-4000-8000-000000000013', 'debt', 'Debt advice', 'Free, confidential debt advice'),
  ('5e3d0000-0000-4000-8000-000000000016', '5e3d0000-0000-4000-8000-000000000000', '5e3d0000-0000-4000-8000-000000000013', 'housing', 'Housing', 'Housing advice, repairs and homelessness support'),
  ('5e3d0000-0000-4000-8000-000000000017', '5e3d0000-0000-4000-8000-000000000000', '5e3d0000-0000-4000-8000-000000000013', 'food', 'Food support', 'Food banks, community pantries and meals'),
  ('5e3d0000-0000-4000-8000-000000000018', '5e3d0000-0000-4000-8000-000000000000', NULL, 'carers', 'Carers', 'Support for unpaid carers'),
  ('5e3d0000-0000-4000-8000-000000000019', '5e3d0000-0000-4000-8000-000000000000', '5e3d0000-0000-4000-8000-000000000018', 'carer_support', 'Carer support', 'Advice, breaks and groups for carers'),
  ('5e3d0000-0000-4000-8000-000000000020', '5e3d0000-0000-4000-8000-000000000000', NULL, 'work_learning', 'Work, learning and volunteering', 'Skills, jobs and giving time'),
  ('5e3d0000-0000-4000-8000-000000000021', '5e3d0000-0000-4000-8000-000000000000', '5e3d0000-0000-4000-8000-000000000020', 'employment_volunteering', 'Employment and volunteering', 'Job support and volunteering opportunities'),
  ('5e3d0000-0000-4000-8000-000000000022', '5e3d0000-0000-4000-8000-000000000000', '5e3d0000-0000-4000-8000-000000000020', 'adult_learning', 'Adult learning', 'Courses and classes for adults'),
  ('5e3d0000-0000-4000-8000-000000000023', '5e3d0000-0000-4000-8000-000000000000', '5e3d0000-0000-4000-8000-000000000020', 'digital_inclusion', 'Digital skills and inclusion', 'Help getting online, devices and data'),
  ('5e3d0000-0000-4000-8000-000000000024', '5e3d0000-0000-4000-8000-000000000000', NULL, 'arts_nature', 'Arts, culture and nature', 'Creative and green activities'),
  ('5e3d0000-0000-4000-8000-000000000025', '5e3d0000-0000-4000-8000-000000000000', '5e3d0000-0000-4000-8000-000000000024', 'arts_creativity', 'Arts and creativity', 'Art, music, writing and crafts'),
  ('5e3d0000-0000-4000-8000-000000000026', '5e3d0000-0000-4000-8000-000000000000', '5e3d0000-0000-4000-8000-000000000024', 'green_activities', 'Gardening and green activities', 'Community gardens, nature and conservation'),
  ('5e3d0000-0000-4000-8000-000000000027', '5e3d0000-0000-4000-8000-000000000000', NULL, 'practical_support', 'Practical support', 'Getting about and sorting things out'),
  ('5e3d0000-0000-4000-8000-000000000028', '5e3d0000-0000-4000-8000-000000000000', '5e3d0000-0000-4000-8000-000000000027', 'transport', 'Transport and getting about', 'Community transport and travel help'),
  ('5e3d0000-0000-4000-8000-000000000029', '5e3d0000-0000-4000-8000-000000000000', '5e3d0000-0000-4000-8000-000000000027', 'legal_advice', 'Legal advice', 'Free legal and rights advice')
ON CONFLICT (id) DO NOTHING;
