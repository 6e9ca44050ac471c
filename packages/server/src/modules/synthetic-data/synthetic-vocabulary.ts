/**
 * The words synthetic records are made from. Every place is invented (checked against nothing
 * real on purpose: they are marked "(synthetic)" wherever they name an organisation), names are
 * common given names and surnames across England's communities, and phone numbers come from
 * Ofcom's drama range, so nothing here describes a real person.
 */

/** Invented towns: the first names the ICB, the rest its PCNs (and the VCSE providers around them). */
export const PLACES = (
  'Westmarch, Ashcombe, Brackenfield, Calderbrook, Dunmere, Elmbury, Fernholt, Greyhallow, Hazelmoor, ' +
  'Ivystone, Juniper Vale, Kestrelford, Larchmont, Marrowby, Nettlecombe, Oakhollow, Pennystone, Quarrybank, ' +
  'Rookwell, Saltmarsh, Thornbury Heath, Underwood, Vetchley, Willowmere, Yarrowby, Alderwick, Birchcombe, ' +
  'Coldharbour, Drakesmoor, Eastbrook, Foxhollow, Glenholme, Harrowgate Lane, Inkwell Cross, Kingsmere, ' +
  'Lowfield, Millbeck, Northolt Green, Orchardleigh'
).split(', ');

export const PRACTICE_STREETS = [
  'Mill Lane',
  'Church View',
  'Station Road',
  'Market Street',
  'Park Road',
  'Riverside',
  'Queens Avenue',
  'The Green',
  'Bridge Street',
  'Hillcrest',
];
export const PRACTICE_KINDS = ['Surgery', 'Medical Centre', 'Health Centre', 'Family Practice', 'Medical Practice'];

/** The areas unmet needs are recorded against, within each PCN's town. */
export const AREA_SUFFIXES = ['North', 'South', 'East', 'West', 'Central', 'Riverside'];

export const STREETS = [
  'Acacia Road',
  'Beacon Close',
  'Chapel Street',
  'Dovecote Lane',
  'Elder Grove',
  'Foundry Row',
  'Granary Court',
  'Holly Walk',
  'Kiln Lane',
  'Lime Terrace',
  'Maple Drive',
  'Nursery Gardens',
  'Old School Mews',
  'Poplar Avenue',
  'Quayside',
  'Rectory Road',
  'Sycamore Way',
  'Tannery Close',
  'Vicarage Lane',
  'Wharf Street',
];

export const FEMALE_NAMES = (
  'Aaliyah Ada Agnieszka Aisha Alice Amelia Amina Anita Ayesha Barbara Beatrice Bethany Bukola Carol Chloe ' +
  'Christine Deborah Dorothy Eileen Elif Ella Emily Fatima Funmi Gillian Grace Hannah Harpreet Hazel Irene ' +
  'Isla Jacqueline Janet Jasmine Joan Joyce Julie Kamala Karen Kerry-Ann Lakshmi Leah Linda Lucy Magdalena ' +
  'Margaret Maria Marjorie Maryam Mei Michelle Nadia Niamh Nkechi Olivia Pamela Patricia Pauline Priya Rachel ' +
  'Rosa Ruth Sabrina Sadia Sandra Shirley Siobhan Sophie Sunita Susan Tracey Valerie Wendy Yasmin Zainab Zofia'
).split(' ');

export const MALE_NAMES = (
  'Aaron Abdul Adebayo Ahmed Alan Alfie Amir Andrzej Arjun Arthur Barry Bilal Brian Callum Chidi Colin ' +
  'Connor Craig Daniel Darren David Dennis Derek Emeka Eric Frank Gareth George Gordon Graham Hamza Harry ' +
  'Hassan Ian Imran Jack James Jamal Jason Kevin Kwame Leon Liam Malcolm Marek Mark Michael Mohammed Nathan ' +
  'Neil Nigel Oliver Omar Patrick Paul Peter Piotr Rajesh Raymond Reece Richard Robert Ryan Samuel Sanjay ' +
  'Sean Stephen Stuart Terry Thomas Tomasz Trevor Tyrone Usman Vikram Wayne William Yusuf Zain'
).split(' ');

export const FAMILY_NAMES = (
  'Abbott Achterberg Adeyemi Ahmed Akhtar Ali Allen Anderson Appiah Armstrong Atkinson Bailey Baker Banerjee ' +
  'Barker Begum Bell Bennett Bibi Bradley Brown Burke Butler Campbell Carter Chapman Chaudhry Chen Clarke ' +
  'Collins Cooper Costa Davies Dixon Doherty Edwards Ellis Evans Farrell Fernandes Fisher Fletcher Foster ' +
  'Gallagher Gill Gordon Graham Green Griffiths Hall Harris Hughes Hussain Iqbal Jackson James Jenkins Johnson ' +
  'Jones Kaur Kelly Khan Kowalski Lee Lewis Li Mahmood Marshall Martin Mensah Mistry Mitchell Moore Morgan ' +
  'Murphy Nowak Obi Okafor Oliveira Osei Owen Parker Patel Phillips Price Rahman Reid Richards Roberts ' +
  'Robinson Rose Russell Saunders Scott Shah Sharma Singh Smith Stewart Taylor Thomas Thompson Turner Walker ' +
  'Wang Ward Watson White Wiśniewski Williams Wilson Wood Wright Yilmaz Young Zhang'
).split(' ');

/**
 * What directory services offer: the activity (the second half of a service's name), the seeded
 * needs-taxonomy term it meets (by code, migration 0007) and a one-line description.
 */
export interface Activity {
  title: string;
  need: string;
  blurb: string;
}

export const ACTIVITIES: Activity[] = [
  { title: 'Walking Group', need: 'physical_inactivity', blurb: 'Gentle led walks at an easy pace, with a cuppa after.' },
  { title: 'Friendship Café', need: 'loneliness', blurb: 'A warm, informal café to meet people and chat.' },
  { title: 'Befriending Service', need: 'befriending', blurb: 'A trained volunteer visits or phones every week.' },
  { title: 'Craft and Chat', need: 'community_groups', blurb: 'Knitting, sewing and making things together.' },
  { title: 'Wellbeing Course', need: 'low_mood', blurb: 'Six weekly sessions on managing stress and low mood.' },
  { title: 'Bereavement Support', need: 'bereavement', blurb: 'One-to-one and group support after a death.' },
  { title: 'Peer Support Circle', need: 'peer_support', blurb: 'A group run by people with lived experience.' },
  { title: 'Healthy Eating Club', need: 'weight', blurb: 'Cooking on a budget and eating well together.' },
  { title: 'Living Well Programme', need: 'ltc_self_management', blurb: 'Support to manage a long-term condition day to day.' },
  { title: 'Benefits Advice', need: 'money_benefits', blurb: 'Help to check and claim what you are entitled to.' },
  { title: 'Debt Advice', need: 'debt', blurb: 'Free, confidential advice to get on top of debts.' },
  { title: 'Housing Advice', need: 'housing', blurb: 'Help with repairs, tenancies and finding a home.' },
  { title: 'Community Pantry', need: 'food', blurb: 'Low-cost food and household essentials every week.' },
  { title: 'Carers Hub', need: 'carer_support', blurb: 'A break, advice and company for unpaid carers.' },
  { title: 'Volunteering Service', need: 'employment_volunteering', blurb: 'Finding volunteering that suits you.' },
  { title: 'Adult Learning Classes', need: 'adult_learning', blurb: 'Friendly classes in English, maths and more.' },
  { title: 'Digital Drop-in', need: 'digital_inclusion', blurb: 'Help with phones, tablets and getting online.' },
  { title: 'Community Choir', need: 'arts_creativity', blurb: 'No auditions, no reading music: just singing together.' },
  { title: 'Gardening Project', need: 'green_activities', blurb: 'Growing food and flowers in the community garden.' },
  { title: 'Community Transport', need: 'transport', blurb: 'Door-to-door lifts to appointments and groups.' },
  { title: 'Legal Advice Clinic', need: 'legal_advice', blurb: 'Free advice from volunteer solicitors.' },
  { title: "Men's Shed", need: 'community_groups', blurb: 'A workshop where men meet, make and mend things.' },
  { title: 'Chair Exercise', need: 'physical_inactivity', blurb: 'Seated exercise for strength and balance.' },
  { title: 'Talking Therapies Group', need: 'low_mood', blurb: 'A guided group for low mood and anxiety.' },
];

export const PROVIDER_KINDS = [
  'Community Trust',
  'Wellbeing Collective',
  'Neighbourhood Network',
  'Voluntary Action',
  'Community Association',
  'Arts Project',
  'Food Partnership',
  'Advice Centre',
  'Carers Network',
  'Development Trust',
];

/** Referral reasons (codes from migration 0003) with how often each is given, out of 100. */
export const REASON_WEIGHTS: [string, number][] = [
  ['loneliness', 19],
  ['low_mood', 16],
  ['money_benefits', 10],
  ['housing', 8],
  ['physical_inactivity', 8],
  ['ltc_self_management', 8],
  ['debt', 6],
  ['carer_support', 6],
  ['bereavement', 6],
  ['weight', 5],
  ['employment_volunteering', 4],
  ['digital_inclusion', 4],
];

export const CONTACT_NOTES = [
  'Talked through what matters to them; agreed to meet again next week.',
  'Went along to the walking group together; they want to keep going.',
  'Rang the housing officer together; repair booked.',
  'Helped fill in the benefits form; waiting to hear back.',
  'Checked in after the first session. They enjoyed it.',
  'Talked about money worries and the community pantry.',
  'Introduced them to the carers hub volunteer.',
  'Reviewed the plan: two actions done, one carried over.',
  'A harder week; agreed they would contact the surgery.',
  'Planned the next steps and who will do what.',
];

export const WHAT_MATTERS = [
  'Getting out of the house more and seeing people.',
  'Keeping the flat warm and paying the bills on time.',
  'Feeling useful again, maybe volunteering.',
  'Looking after my husband without wearing myself out.',
  'Being able to walk to the shops on my own.',
  'Sleeping better and worrying less.',
];

export const GOALS = [
  'Go to a group every week',
  'Get the right benefits in payment',
  'Be more active most days',
  'Have the flat repaired and warm',
  'Have someone to talk to',
  'Feel confident online',
  'Take a break from caring',
];

export const ACTIONS = [
  'Book a taster session at the community centre',
  'Ring the advice line together',
  'Write to the landlord about the repair',
  'Try the Tuesday walking group',
  'Meet the befriending volunteer',
  'Borrow a tablet from the library scheme',
];

/** Who refers when it is not a GP: the referrer's organisation as it would be typed. */
export const AGENCIES = [
  'Adult social care',
  'Community mental health team',
  'Local housing team',
  'District nursing team',
  'Jobcentre work coach',
  'Hospital discharge team',
];
