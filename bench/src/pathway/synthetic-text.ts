/**
 * Invented words the generator and the intake requests draw from. Names are common English
 * first names and surnames; nothing here describes a real person.
 */
export const GIVEN_NAMES = (
  'Aaron Abigail Adam Aisha Alan Alice Amir Amy Andrew Ann Arthur Barbara Ben Bernard Beth Brian Carol ' +
  'Chloe Chris Claire Colin Daniel David Deborah Dennis Dorothy Edward Eileen Elena Emma Fatima Frank ' +
  'Gareth George Grace Hannah Harry Helen Ian Irene Jack James Jane Janet Jean John Joyce Karen Kevin ' +
  'Leah Linda Margaret Mark Mary Maureen Michael Mohammed Nadia Neil Olivia Patricia Paul Peter Priya ' +
  'Rachel Raj Robert Rose Ruth Sandra Sarah Sean Sheila Stephen Susan Thomas Tom Valerie William Yusuf'
).split(' ');

export const FAMILY_NAMES = (
  'Ahmed Ali Allen Atkinson Bailey Baker Barker Bell Bennett Brown Butler Campbell Carter Chapman Clark ' +
  'Clarke Collins Cook Cooper Davies Davis Edwards Ellis Evans Fisher Foster Green Griffiths Hall ' +
  'Harris Harrison Hill Hughes Hussain Jackson James Johnson Jones Kaur Khan King Lee Lewis Marshall ' +
  'Martin Mason Mills Mitchell Moore Morgan Morris Murphy Murray Owen Palmer Parker Patel Phillips ' +
  'Powell Price Roberts Robinson Rogers Russell Scott Shaw Simpson Singh Smith Stevens Taylor Thomas ' +
  'Thompson Turner Walker Ward Watson White Williams Wilson Wood Wright Young'
).split(' ');

export const STREETS = [
  'Mill Lane',
  'Church Street',
  'Station Road',
  'Victoria Road',
  'Park Avenue',
  'Willow Close',
  'Harbour Road',
  'Chapel Row',
  'Orchard Way',
  'Queen Street',
  'The Crescent',
  'Meadow View',
  'Canal Side',
  'Riverside Walk',
  'High Street',
  'Beech Grove',
  'Hillside Terrace',
  'Market Place',
  'School Lane',
  'Elm Court',
];

/** Letters used in the inward code of a UK postcode. */
export const POSTCODE_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

export const REASON_CODES = (
  'loneliness low_mood housing money_benefits debt physical_inactivity weight ltc_self_management ' +
  'carer_support bereavement employment_volunteering digital_inclusion'
).split(' ');

export const CONTACT_NOTES = [
  'Talked through what matters to them; agreed to meet again next week.',
  'Went with them to the walking group; they want to keep going.',
  'Phoned the housing officer together; repair booked.',
  'Helped complete the benefits form; waiting to hear back.',
  'Checked in after the first craft session. Enjoyed it.',
  'Left a voicemail; will try again on Thursday.',
  'Discussed money worries and the food bank referral.',
  'Introduced them to the carers’ café volunteer.',
  'Reviewed the plan: two actions done, one moved on.',
  'They felt low this week; agreed to contact the GP surgery.',
];

export const WHAT_MATTERS = [
  'Getting out of the house more and seeing people.',
  'Keeping my flat warm and paying the bills on time.',
  'Feeling useful again, maybe volunteering.',
  'Looking after my wife without wearing myself out.',
  'Being able to walk to the shops on my own.',
];

export const GOALS = [
  'Join a weekly group',
  'Sort out the benefits claim',
  'Walk for 20 minutes three times a week',
  'Get the damp in the bedroom fixed',
  'Make one new friend',
  'Learn to video call the grandchildren',
];

export const ACTIONS = [
  'Book a taster session at the community centre',
  'Call Citizens Advice together',
  'Ask the landlord about the repair in writing',
  'Try the Tuesday walking group',
  'Find a befriending volunteer',
  'Borrow a tablet from the library scheme',
];
