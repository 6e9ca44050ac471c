-- Workforce reference data, seeded from the domain reference (docs: ../shared/docs/domain-reference.md).
-- Every row carries its source and a verified flag; admins correct and verify them in Kith.
-- ARRS maximum reimbursable amounts for social prescribing link workers (per WTE per year).
INSERT INTO arrs_caps (financial_year, role, maximum_amount, source, verified) VALUES
  ('2019/20', 'link_worker', 34113, 'Network DES / ARRS guidance 2019/20 (domain reference)', true),
  ('2020/21', 'link_worker', 35389, 'Network DES / ARRS guidance 2020/21 (domain reference)', true),
  ('2022/23', 'link_worker', 36428, 'Reported for 2022/23; may be the 2021/22 figure carried over (domain reference)', false),
  ('2023/24', 'link_worker', 40159, 'Reported figure; year unverified (domain reference)', false)
ON CONFLICT (financial_year, role) DO NOTHING;--> statement-breakpoint
-- Agenda for Change (England) annual pay points, bands 4 to 6.
INSERT INTO afc_pay_points (financial_year, band, point, annual_salary, source, verified) VALUES
  ('2021/22', '4', 1, 22549, 'NHS Employers Agenda for Change pay scales 2021/22 (domain reference)', true),
  ('2021/22', '4', 2, 24882, 'NHS Employers Agenda for Change pay scales 2021/22 (domain reference)', true),
  ('2021/22', '5', 1, 25655, 'NHS Employers Agenda for Change pay scales 2021/22 (domain reference)', true),
  ('2021/22', '5', 2, 27780, 'NHS Employers Agenda for Change pay scales 2021/22 (domain reference)', true),
  ('2021/22', '5', 3, 31534, 'NHS Employers Agenda for Change pay scales 2021/22 (domain reference)', true),
  ('2021/22', '6', 1, 32306, 'NHS Employers Agenda for Change pay scales 2021/22 (domain reference)', true),
  ('2021/22', '6', 2, 34172, 'NHS Employers Agenda for Change pay scales 2021/22 (domain reference)', true),
  ('2021/22', '6', 3, 39027, 'NHS Employers Agenda for Change pay scales 2021/22 (domain reference)', true),
  ('2022/23', '4', 1, 23949, 'NHS Employers Agenda for Change pay scales 2022/23 (domain reference)', true),
  ('2022/23', '4', 2, 26282, 'NHS Employers Agenda for Change pay scales 2022/23 (domain reference)', true),
  ('2022/23', '5', 1, 27055, 'NHS Employers Agenda for Change pay scales 2022/23 (domain reference)', true),
  ('2022/23', '5', 2, 29180, 'NHS Employers Agenda for Change pay scales 2022/23 (domain reference)', true),
  ('2022/23', '5', 3, 32934, 'NHS Employers Agenda for Change pay scales 2022/23 (domain reference)', true),
  ('2022/23', '6', 1, 33706, 'NHS Employers Agenda for Change pay scales 2022/23 (domain reference)', true),
  ('2022/23', '6', 2, 35572, 'NHS Employers Agenda for Change pay scales 2022/23 (domain reference)', true),
  ('2022/23', '6', 3, 40588, 'NHS Employers Agenda for Change pay scales 2022/23 (domain reference)', true),
  ('2023/24', '4', 1, 25147, 'NHS Employers Agenda for Change pay scales 2023/24 (domain reference)', true),
  ('2023/24', '4', 2, 27596, 'NHS Employers Agenda for Change pay scales 2023/24 (domain reference)', true),
  ('2023/24', '5', 1, 28407, 'NHS Employers Agenda for Change pay scales 2023/24 (domain reference)', true),
  ('2023/24', '5', 2, 30639, 'NHS Employers Agenda for Change pay scales 2023/24 (domain reference)', true),
  ('2023/24', '5', 3, 34581, 'NHS Employers Agenda for Change pay scales 2023/24 (domain reference)', true),
  ('2023/24', '6', 1, 35392, 'NHS Employers Agenda for Change pay scales 2023/24 (domain reference)', true),
  ('2023/24', '6', 2, 37350, 'NHS Employers Agenda for Change pay scales 2023/24 (domain reference)', true),
  ('2023/24', '6', 3, 42618, 'NHS Employers Agenda for Change pay scales 2023/24 (domain reference)', true),
  ('2024/25', '4', 1, 26530, 'NHS Employers Agenda for Change pay scales 2024/25 (domain reference)', true),
  ('2024/25', '4', 2, 29114, 'NHS Employers Agenda for Change pay scales 2024/25 (domain reference)', true),
  ('2024/25', '5', 1, 29970, 'NHS Employers Agenda for Change pay scales 2024/25 (domain reference)', true),
  ('2024/25', '5', 2, 32324, 'NHS Employers Agenda for Change pay scales 2024/25 (domain reference)', true),
  ('2024/25', '5', 3, 36483, 'NHS Employers Agenda for Change pay scales 2024/25 (domain reference)', true),
  ('2024/25', '6', 1, 37338, 'NHS Employers Agenda for Change pay scales 2024/25 (domain reference)', true),
  ('2024/25', '6', 2, 39405, 'NHS Employers Agenda for Change pay scales 2024/25 (domain reference)', true),
  ('2024/25', '6', 3, 44962, 'NHS Employers Agenda for Change pay scales 2024/25 (domain reference)', true),
  ('2025/26', '4', 1, 27485, 'NHS Employers Agenda for Change pay scales 2025/26 (domain reference)', true),
  ('2025/26', '4', 2, 30162, 'NHS Employers Agenda for Change pay scales 2025/26 (domain reference)', true),
  ('2025/26', '5', 1, 31049, 'NHS Employers Agenda for Change pay scales 2025/26 (domain reference)', true),
  ('2025/26', '5', 2, 33487, 'NHS Employers Agenda for Change pay scales 2025/26 (domain reference)', true),
  ('2025/26', '5', 3, 37796, 'NHS Employers Agenda for Change pay scales 2025/26 (domain reference)', true),
  ('2025/26', '6', 1, 38682, 'NHS Employers Agenda for Change pay scales 2025/26 (domain reference)', true),
  ('2025/26', '6', 2, 40823, 'NHS Employers Agenda for Change pay scales 2025/26 (domain reference)', true),
  ('2025/26', '6', 3, 46580, 'NHS Employers Agenda for Change pay scales 2025/26 (domain reference)', true)
ON CONFLICT (financial_year, band, point) DO NOTHING;--> statement-breakpoint
-- Employer on-costs. NOT in the domain reference: entered as commonly published HMRC and NHS Pensions
-- figures and marked unverified until an administrator checks them. Pension is the part the employer
-- pays (14.38%); the rest of the scheme's employer rate is paid centrally.
INSERT INTO employer_on_cost_rates (financial_year, ni_rate, ni_annual_threshold, pension_rate, source, verified) VALUES
  ('2021/22', 0.138, 8840, 0.1438, 'HMRC employer Class 1 rate and secondary threshold; NHS Pension employer share', false),
  ('2022/23', 0.1453, 9100, 0.1438, 'HMRC: 15.05% to 5 Nov 2022 then 13.8%, blended for the year; NHS Pension employer share', false),
  ('2023/24', 0.138, 9100, 0.1438, 'HMRC employer Class 1 rate and secondary threshold; NHS Pension employer share', false),
  ('2024/25', 0.138, 9100, 0.1438, 'HMRC employer Class 1 rate and secondary threshold; NHS Pension employer share', false),
  ('2025/26', 0.15, 5000, 0.1438, 'HMRC employer Class 1 rate and secondary threshold from April 2025; NHS Pension employer share', false),
  ('2026/27', 0.15, 5000, 0.1438, 'Assumed unchanged from 2025/26; NHS Pension employer share', false)
ON CONFLICT (financial_year) DO NOTHING;--> statement-breakpoint
-- The starting training catalogue (renewal intervals are local policy: edit them).
INSERT INTO training_courses (code, title, description, required, renew_every_months) VALUES
  ('safeguarding', 'Safeguarding adults and children', 'Recognising and responding to abuse and neglect, and the local procedure.', true, 36),
  ('care_support_planning', 'Care and support planning', 'Holding what-matters-to-me conversations and writing personalised care and support plans.', true, NULL),
  ('community_links', 'Developing links with community organisations', 'Building and keeping relationships with local groups and services.', true, NULL),
  ('personalised_care', 'Personalised care', 'The comprehensive model of personalised care and where social prescribing fits.', true, NULL),
  ('mental_health_awareness', 'Mental health awareness', 'Recognising mental distress, responding well and knowing when to escalate.', true, NULL)
ON CONFLICT (code) DO NOTHING;--> statement-breakpoint
-- A starter competency framework (Kith's own wording; admins replace or extend it).
INSERT INTO competency_frameworks (id, name, description, competencies) VALUES ('5e3d0001-0000-4000-8000-000000000001', 'Link worker competencies (starter)', 'Self-assessed 1 (not yet) to 4 (confident and can support others).', '[{"id": "person-centred-1", "area": "Person-centred practice", "statement": "I hold conversations that start from what matters to the person."}, {"id": "person-centred-2", "area": "Person-centred practice", "statement": "I agree goals and actions the person owns, and review them with them."}, {"id": "community-1", "area": "Community connections", "statement": "I know the local offer and keep my knowledge of it current."}, {"id": "community-2", "area": "Community connections", "statement": "I support people to make the first contact with a group or service."}, {"id": "safeguarding-1", "area": "Safeguarding", "statement": "I recognise safeguarding concerns and follow the procedure without delay."}, {"id": "recording-1", "area": "Recording and outcomes", "statement": "I record contacts, plans and outcome measures accurately and on time."}, {"id": "team-1", "area": "Working with the practice team", "statement": "I explain social prescribing to colleagues and feed back on the people they refer."}, {"id": "reflection-1", "area": "Reflection and self-care", "statement": "I use supervision to reflect, and I notice and act on my own wellbeing."}]'::jsonb) ON CONFLICT (id) DO NOTHING;
