-- Starting list of referral reasons. Admins add and retire reasons through the API; SNOMED CT
-- codes are left empty until an administrator enters a verified one (see domain reference:
-- codes are data, never constants in code).
INSERT INTO referral_reasons (code, label, sort_order) VALUES
  ('loneliness', 'Loneliness or social isolation', 10),
  ('low_mood', 'Low mood or anxiety', 20),
  ('housing', 'Housing', 30),
  ('money_benefits', 'Money and benefits', 40),
  ('debt', 'Debt', 50),
  ('physical_inactivity', 'Physical inactivity', 60),
  ('weight', 'Weight management', 70),
  ('ltc_self_management', 'Long-term condition self-management', 80),
  ('carer_support', 'Carer support', 90),
  ('bereavement', 'Bereavement', 100),
  ('employment_volunteering', 'Employment or volunteering', 110),
  ('digital_inclusion', 'Digital inclusion', 120),
  ('other', 'Other', 990)
ON CONFLICT (code) DO NOTHING;
