import type { Complexity, DischargeRequest, TriageRequest } from '@kith/shared';

/**
 * The demo PCN's referrals, one line per invented person: where each has got to on the pathway
 * and how long ago it started, so every screen of the pathway has something to show. All names,
 * dates of birth and phone numbers (Ofcom's drama range) are made up; postcodes are the demo
 * "BW" area's (fixtures/postcodes-demo.csv).
 */
export type DemoStage =
  | 'received'
  | 'self_referral'
  | 'triaged'
  | 'allocated'
  | 'contacted'
  | 'active'
  | 'discharged'
  | 'declined'
  | 'not_reached'
  | 'withdrawn';

/** The main reason a person was referred, which picks their story (demo-stories.ts). */
export type DemoReason =
  | 'loneliness'
  | 'low_mood'
  | 'housing'
  | 'money_benefits'
  | 'physical_inactivity'
  | 'carer_support'
  | 'bereavement'
  | 'ltc_self_management';

export interface DemoCase {
  /** "Given Family". */
  name: string;
  dateOfBirth: string;
  postcode: string;
  reason: DemoReason;
  stage: DemoStage;
  /** Days before now the referral arrived, and when its last event happened. */
  receivedDaysAgo: number;
  lastDaysAgo: number;
  urgency?: TriageRequest['urgency'];
  complexity?: Complexity;
  riskFlags?: TriageRequest['riskFlags'];
  /** Allocated cases: contact attempts that failed so far (fewer than the not-reached limit). */
  failedAttempts?: number;
  /** Active cases: a review measure has been recorded too. */
  reviewed?: boolean;
  discharge?: DischargeRequest;
}

// biome-ignore format: one referral per line reads as the table it is
export const DEMO_CASES: DemoCase[] = [
  // The queue: received (waiting for triage) and triaged (waiting for a link worker).
  { name: 'Harriet Ellwood', dateOfBirth: '1948-02-14', postcode: 'BW1 1AB', reason: 'loneliness', stage: 'received', receivedDaysAgo: 0, lastDaysAgo: 0, urgency: 'soon' },
  { name: 'Tomasz Nowak', dateOfBirth: '1979-09-03', postcode: 'BW2 1CD', reason: 'money_benefits', stage: 'received', receivedDaysAgo: 1, lastDaysAgo: 1 },
  { name: 'Grace Adeyemi', dateOfBirth: '1991-05-21', postcode: 'BW3 2AA', reason: 'low_mood', stage: 'received', receivedDaysAgo: 1, lastDaysAgo: 1, urgency: 'urgent' },
  { name: 'Dennis Marlow', dateOfBirth: '1952-11-30', postcode: 'BW4 1AA', reason: 'ltc_self_management', stage: 'received', receivedDaysAgo: 2, lastDaysAgo: 2 },
  { name: 'Farida Begum', dateOfBirth: '1966-07-08', postcode: 'BW1 2CD', reason: 'carer_support', stage: 'received', receivedDaysAgo: 3, lastDaysAgo: 3 },
  { name: 'Owen Pritchard', dateOfBirth: '1987-01-17', postcode: 'BW5 1CD', reason: 'housing', stage: 'received', receivedDaysAgo: 4, lastDaysAgo: 4 },
  { name: 'Lucy Carmichael', dateOfBirth: '1995-03-12', postcode: 'BW2 3AA', reason: 'low_mood', stage: 'self_referral', receivedDaysAgo: 0, lastDaysAgo: 0 },
  { name: 'Patrick Doyle', dateOfBirth: '1958-08-25', postcode: 'BW6 2AA', reason: 'loneliness', stage: 'self_referral', receivedDaysAgo: 2, lastDaysAgo: 2 },
  { name: 'Amira Haddad', dateOfBirth: '1983-12-02', postcode: 'BW3 3CD', reason: 'physical_inactivity', stage: 'self_referral', receivedDaysAgo: 5, lastDaysAgo: 5 },
  { name: 'Stanley Okafor', dateOfBirth: '1944-04-19', postcode: 'BW7 1AA', reason: 'bereavement', stage: 'triaged', receivedDaysAgo: 6, lastDaysAgo: 3, complexity: 'medium', riskFlags: ['lives_alone'] },
  { name: 'Bethan Lloyd', dateOfBirth: '1972-10-10', postcode: 'BW4 2CD', reason: 'housing', stage: 'triaged', receivedDaysAgo: 7, lastDaysAgo: 4, complexity: 'high', urgency: 'soon' },
  { name: 'Ravi Shah', dateOfBirth: '1969-06-27', postcode: 'BW8 1CD', reason: 'ltc_self_management', stage: 'triaged', receivedDaysAgo: 9, lastDaysAgo: 5, complexity: 'low' },

  // The demo link worker's caseload: allocated (not yet reached), contacted, active.
  { name: 'Margaret Holt', dateOfBirth: '1939-09-09', postcode: 'BW1 4AA', reason: 'loneliness', stage: 'allocated', receivedDaysAgo: 8, lastDaysAgo: 1, complexity: 'medium', riskFlags: ['lives_alone'] },
  { name: 'Kwame Mensah', dateOfBirth: '1985-02-28', postcode: 'BW5 3AA', reason: 'money_benefits', stage: 'allocated', receivedDaysAgo: 10, lastDaysAgo: 2, complexity: 'low', failedAttempts: 1 },
  { name: 'Sian Roberts', dateOfBirth: '1976-12-15', postcode: 'BW2 4CD', reason: 'carer_support', stage: 'allocated', receivedDaysAgo: 11, lastDaysAgo: 1, complexity: 'medium', failedAttempts: 2 },
  { name: 'Ahmed Karim', dateOfBirth: '1961-03-04', postcode: 'BW6 3CD', reason: 'physical_inactivity', stage: 'allocated', receivedDaysAgo: 12, lastDaysAgo: 3, complexity: 'low' },
  { name: 'Joan Fairweather', dateOfBirth: '1936-05-30', postcode: 'BW7 2CD', reason: 'bereavement', stage: 'allocated', receivedDaysAgo: 14, lastDaysAgo: 2, complexity: 'high', riskFlags: ['lives_alone', 'self_neglect'], failedAttempts: 1 },
  { name: 'Callum Reid', dateOfBirth: '1998-08-08', postcode: 'BW3 2AA', reason: 'low_mood', stage: 'allocated', receivedDaysAgo: 9, lastDaysAgo: 0, complexity: 'medium', urgency: 'soon' },
  { name: 'Eileen Brady', dateOfBirth: '1945-01-22', postcode: 'BW8 3AA', reason: 'loneliness', stage: 'contacted', receivedDaysAgo: 18, lastDaysAgo: 2, complexity: 'medium' },
  { name: 'Nadia Petrova', dateOfBirth: '1980-07-16', postcode: 'BW9 2AA', reason: 'housing', stage: 'contacted', receivedDaysAgo: 20, lastDaysAgo: 4, complexity: 'high', riskFlags: ['other'] },
  { name: 'George Whitfield', dateOfBirth: '1950-04-01', postcode: 'BW1 1AA', reason: 'ltc_self_management', stage: 'contacted', receivedDaysAgo: 21, lastDaysAgo: 6, complexity: 'low' },
  { name: 'Priya Chauhan', dateOfBirth: '1974-11-11', postcode: 'BW4 4AA', reason: 'carer_support', stage: 'contacted', receivedDaysAgo: 24, lastDaysAgo: 3, complexity: 'medium' },
  { name: 'Daniel Osei', dateOfBirth: '1990-09-19', postcode: 'BW5 4CD', reason: 'money_benefits', stage: 'contacted', receivedDaysAgo: 26, lastDaysAgo: 1, complexity: 'low' },
  { name: 'Rose Kavanagh', dateOfBirth: '1942-06-06', postcode: 'BW6 2AA', reason: 'bereavement', stage: 'contacted', receivedDaysAgo: 28, lastDaysAgo: 5, complexity: 'medium', riskFlags: ['lives_alone'] },
  { name: 'Arthur Pennington', dateOfBirth: '1938-03-18', postcode: 'BW7 4AA', reason: 'loneliness', stage: 'active', receivedDaysAgo: 35, lastDaysAgo: 0, complexity: 'medium', riskFlags: ['lives_alone'] },
  { name: 'Fatima Rahman', dateOfBirth: '1968-10-29', postcode: 'BW8 4CD', reason: 'low_mood', stage: 'active', receivedDaysAgo: 40, lastDaysAgo: 2, complexity: 'medium' },
  { name: 'Gareth Evans', dateOfBirth: '1963-12-24', postcode: 'BW9 3CD', reason: 'physical_inactivity', stage: 'active', receivedDaysAgo: 44, lastDaysAgo: 4, complexity: 'low' },
  { name: 'Chloe Barker', dateOfBirth: '1988-02-09', postcode: 'BW2 1CD', reason: 'housing', stage: 'active', receivedDaysAgo: 48, lastDaysAgo: 1, complexity: 'high', riskFlags: ['other'] },
  { name: 'Winston Clarke', dateOfBirth: '1947-07-07', postcode: 'BW3 3CD', reason: 'ltc_self_management', stage: 'active', receivedDaysAgo: 52, lastDaysAgo: 7, complexity: 'medium', reviewed: true },
  { name: 'Agnieszka Kowalska', dateOfBirth: '1977-05-05', postcode: 'BW4 1AA', reason: 'money_benefits', stage: 'active', receivedDaysAgo: 57, lastDaysAgo: 3, complexity: 'medium', reviewed: true },
  { name: 'Brian Thornton', dateOfBirth: '1955-09-14', postcode: 'BW5 1CD', reason: 'bereavement', stage: 'active', receivedDaysAgo: 63, lastDaysAgo: 9, complexity: 'high', riskFlags: ['lives_alone'], reviewed: true },
  { name: 'Yasmin Ali', dateOfBirth: '1993-04-23', postcode: 'BW6 3CD', reason: 'low_mood', stage: 'active', receivedDaysAgo: 68, lastDaysAgo: 5, complexity: 'medium', reviewed: true },
  { name: 'Doreen Fletcher', dateOfBirth: '1941-08-31', postcode: 'BW7 1AA', reason: 'carer_support', stage: 'active', receivedDaysAgo: 74, lastDaysAgo: 12, complexity: 'low' },
  { name: 'Samuel Adebayo', dateOfBirth: '1959-01-13', postcode: 'BW8 1CD', reason: 'loneliness', stage: 'active', receivedDaysAgo: 81, lastDaysAgo: 6, complexity: 'low', reviewed: true },
  { name: 'Megan Hughes', dateOfBirth: '1984-06-02', postcode: 'BW9 2AA', reason: 'physical_inactivity', stage: 'active', receivedDaysAgo: 88, lastDaysAgo: 15, complexity: 'low', reviewed: true },
  { name: 'Irene Lomax', dateOfBirth: '1933-11-27', postcode: 'BW1 2CD', reason: 'loneliness', stage: 'active', receivedDaysAgo: 95, lastDaysAgo: 2, complexity: 'high', riskFlags: ['lives_alone', 'self_neglect'], reviewed: true },

  // Closed: each sent its referrer a message back.
  {
    name: 'Peter Ashworth', dateOfBirth: '1949-10-03', postcode: 'BW2 3AA', reason: 'loneliness', stage: 'discharged', receivedDaysAgo: 140, lastDaysAgo: 12, complexity: 'medium',
    discharge: { outcome: 'goals_met', reason: 'Goes to the lunch club twice a week and has made friends there.', summary: 'Peter now goes to the Riverside lunch club on Tuesdays and Fridays and says he no longer feels cut off.' },
  },
  {
    name: 'Helen Marsh', dateOfBirth: '1970-02-20', postcode: 'BW3 2AA', reason: 'money_benefits', stage: 'discharged', receivedDaysAgo: 120, lastDaysAgo: 20, complexity: 'low',
    discharge: { outcome: 'goals_met', reason: 'Attendance Allowance awarded and debts on a payment plan.', summary: 'With Citizens Advice Helen claimed Attendance Allowance and agreed a payment plan for her energy arrears.' },
  },
  {
    name: 'Kevin Doherty', dateOfBirth: '1981-08-12', postcode: 'BW4 2CD', reason: 'low_mood', stage: 'discharged', receivedDaysAgo: 110, lastDaysAgo: 30, complexity: 'medium',
    discharge: { outcome: 'partly_met', reason: 'Walking group weekly; still waiting for talking therapy.', summary: 'Kevin walks with the group every Saturday. He is on the waiting list for NHS Talking Therapies, which he referred himself to.' },
  },
  {
    name: 'Sunita Patel', dateOfBirth: '1957-12-01', postcode: 'BW5 3AA', reason: 'carer_support', stage: 'discharged', receivedDaysAgo: 100, lastDaysAgo: 8, complexity: 'medium',
    discharge: { outcome: 'referred_elsewhere', reason: 'Carers centre is now supporting her with a carer’s assessment.', summary: 'Sunita has a carer’s assessment booked through the carers centre, who will keep in touch.' },
  },
  {
    name: 'Michael Byrne', dateOfBirth: '1966-04-04', postcode: 'BW6 2AA', reason: 'physical_inactivity', stage: 'discharged', receivedDaysAgo: 90, lastDaysAgo: 25, complexity: 'low',
    discharge: { outcome: 'disengaged', reason: 'Stopped answering after two sessions; letter sent with how to come back.', summary: 'Michael came to two sessions, then stopped replying. He knows he can ask his practice to refer him again.' },
  },
  { name: 'Lorraine Hughes', dateOfBirth: '1975-09-09', postcode: 'BW7 2CD', reason: 'housing', stage: 'declined', receivedDaysAgo: 30, lastDaysAgo: 27 },
  { name: 'Terence Wood', dateOfBirth: '1953-03-03', postcode: 'BW8 3AA', reason: 'loneliness', stage: 'not_reached', receivedDaysAgo: 45, lastDaysAgo: 16, complexity: 'low' },
  { name: 'Zainab Hussain', dateOfBirth: '1989-11-19', postcode: 'BW9 3CD', reason: 'low_mood', stage: 'withdrawn', receivedDaysAgo: 38, lastDaysAgo: 22, complexity: 'medium' },
];
