/**
 * The words the directory generator builds services from: social-prescribing activities with the
 * need terms they meet, place names, and the towns the locations cluster around. Everything is
 * invented; the towns' coordinates are only there so locations are dense where people live.
 */

/** A seeded needs-taxonomy term id (migration 0007): `5e3d0000-0000-4000-8000-0000000000NN`. */
export function needTerm(number: number): string {
  return `5e3d0000-0000-4000-8000-0000000000${String(number).padStart(2, '0')}`;
}

/** The seeded top-level terms and their children (migration 0007). */
export const NEED_TREE: Record<number, number[]> = {
  1: [2, 3, 4],
  5: [6, 7, 8],
  9: [10, 11, 12],
  13: [14, 15, 16, 17],
  18: [19],
  20: [21, 22, 23],
  24: [25, 26],
  27: [28, 29],
};

export function parentOf(child: number): number {
  for (const [parent, children] of Object.entries(NEED_TREE)) if (children.includes(child)) return Number(parent);
  throw new Error(`term ${child} is not a seeded child term`);
}

export const CHILD_TERMS = Object.values(NEED_TREE).flat();

/**
 * What a service offers: its title (the name's second half), the word a link worker would search
 * for it by, and the child terms it meets. One theme per service, chosen evenly, so a word search
 * matches roughly 1 in 30 services plus those whose description happens to use the word.
 */
export interface Theme {
  title: string;
  word: string;
  terms: number[];
  blurb: string;
}

export const THEMES: Theme[] = [
  { title: 'Walking Group', word: 'walking', terms: [10, 2], blurb: 'Gentle led walks on paths and parks, at an easy pace.' },
  {
    title: 'Gardening Club',
    word: 'gardening',
    terms: [26],
    blurb: 'Growing vegetables and flowers together in the community garden.',
  },
  {
    title: 'Befriending Service',
    word: 'befriending',
    terms: [3, 2],
    blurb: 'A volunteer visits or phones every week for a chat.',
  },
  {
    title: 'Debt Advice',
    word: 'debt',
    terms: [15, 14],
    blurb: 'Free, confidential debt advice and help dealing with creditors.',
  },
  { title: 'Art Class', word: 'art', terms: [25], blurb: 'Drawing, painting and printmaking for beginners.' },
  { title: 'Community Choir', word: 'choir', terms: [25, 4], blurb: 'Singing together, no auditions and no need to read music.' },
  { title: "Men's Shed", word: 'shed', terms: [4, 2], blurb: 'Woodwork, repairs and a cuppa in a friendly workshop.' },
  {
    title: 'Cooking on a Budget',
    word: 'cooking',
    terms: [11, 17],
    blurb: 'Learn to cook healthy meals cheaply, and take some home.',
  },
  { title: 'Benefits Advice', word: 'benefits', terms: [14], blurb: 'Benefits checks, form filling and grant applications.' },
  { title: 'Food Bank', word: 'food', terms: [17], blurb: 'Emergency food parcels and a community pantry.' },
  { title: 'Carers Café', word: 'carers', terms: [19], blurb: 'A break and a chat for unpaid carers, with advice on hand.' },
  {
    title: 'Bereavement Support',
    word: 'bereavement',
    terms: [7],
    blurb: 'Support after the death of someone close, one to one or in a group.',
  },
  { title: 'Peer Support Group', word: 'peer', terms: [8, 6], blurb: 'Talking with people who have been through the same.' },
  { title: 'Chair Exercise', word: 'exercise', terms: [10, 12], blurb: 'Seated exercise to build strength and balance.' },
  {
    title: 'Digital Skills Drop-in',
    word: 'digital',
    terms: [23],
    blurb: 'Help with phones, tablets, video calls and staying safe online.',
  },
  { title: 'Volunteering Hub', word: 'volunteering', terms: [21], blurb: 'Find volunteering that fits your time and interests.' },
  { title: 'Housing Advice', word: 'housing', terms: [16], blurb: 'Advice on tenancies, repairs, homelessness and moving home.' },
  {
    title: 'Community Transport',
    word: 'transport',
    terms: [28],
    blurb: 'Door-to-door transport for people who cannot use buses.',
  },
  { title: 'Knit and Natter', word: 'knitting', terms: [4, 2], blurb: 'Knitting, crochet and conversation over tea.' },
  { title: 'Tai Chi', word: 'tai chi', terms: [10], blurb: 'Slow, flowing movement for balance and calm.' },
  {
    title: 'Swimming Sessions',
    word: 'swimming',
    terms: [10],
    blurb: 'Quiet, adult-only swimming sessions at the leisure centre.',
  },
  {
    title: 'Conservation Volunteers',
    word: 'conservation',
    terms: [26, 21],
    blurb: 'Outdoor conservation work in local woods and meadows.',
  },
  { title: 'Book Club', word: 'book', terms: [4, 22], blurb: 'Reading and talking about a book a month.' },
  { title: 'Lunch Club', word: 'lunch', terms: [2, 17], blurb: 'A hot two-course lunch and company.' },
  {
    title: 'Wellbeing Course',
    word: 'wellbeing',
    terms: [6],
    blurb: 'Six weeks of practical ways to cope with stress and low mood.',
  },
  {
    title: 'Diabetes Education',
    word: 'diabetes',
    terms: [12, 11],
    blurb: 'Living well with type 2 diabetes: food, activity and medicines.',
  },
  {
    title: 'Legal Advice Clinic',
    word: 'legal',
    terms: [29],
    blurb: 'Free advice from volunteer solicitors on rights and disputes.',
  },
  { title: 'Adult Learning', word: 'learning', terms: [22], blurb: 'Courses in English, maths and computing for adults.' },
  { title: 'Dance for Health', word: 'dance', terms: [10, 25], blurb: 'Fun, easy dance sessions for all abilities.' },
  { title: 'Anxiety Support', word: 'anxiety', terms: [6, 8], blurb: 'Small groups to understand and manage anxiety.' },
];

/** Words searched with a typo, to exercise the trigram (typo-tolerant) side of the search. */
export const TYPOS: Record<string, string> = {
  gardening: 'gardning',
  befriending: 'befreinding',
  bereavement: 'bereavment',
  volunteering: 'volunterring',
  swimming: 'swiming',
};

/** First halves of service, organisation and location names. */
export const PLACES = (
  'Riverside Oakwood Northgate Southfield Eastbrook Westway Millbrook Hillcrest Brookside Fairfield ' +
  'Ashgrove Elmwood Greenbank Highfield Kingsway Lakeside Meadowbank Newtown Orchard Parkside ' +
  'Queensway Redhill Rosehill Springfield Stonebridge Thornhill Valley Woodside Abbey Beacon ' +
  'Castle Church Cliff Dale Forest Harbour Heath Moor Priory Vale'
).split(' ');

export const ORGANISATION_KINDS = [
  'Community Trust',
  'Age Friends',
  'Neighbourhood Network',
  'Community Association',
  'Wellbeing Partnership',
  'Advice Centre',
  'Mutual Aid',
  'Development Trust',
  'Volunteer Centre',
  'Healthy Living Centre',
];

export const VENUES = [
  'Community Centre',
  'Library',
  'Church Hall',
  'Leisure Centre',
  'Village Hall',
  'Family Hub',
  'Health Centre',
  'Sports Club',
  'Scout Hut',
  'Resource Centre',
];

/** Sentences appended to descriptions, so common words also appear outside a service's own theme. */
export const EXTRA_SENTENCES = [
  'Just a short walking distance from the bus station.',
  'Tea, coffee and biscuits provided.',
  'Friendly volunteers welcome everyone.',
  'Suitable for people living with dementia and their carers.',
  'Free parking nearby and step-free access.',
  'Bring a friend if you like.',
  'No need to book: just turn up.',
  'Run by local people for local people.',
  'Please ring first if it is your first visit.',
  'Large print and easy read information available.',
  'Interpreters can be arranged on request.',
  'Part of a wider programme of art, food and gardening activities.',
];

/**
 * Towns the locations cluster around (80 % of services), with a weight for how many services they
 * get; the rest are spread evenly over the area. Coordinates are approximate town centres.
 */
export const CLUSTERS: { town: string; latitude: number; longitude: number; weight: number }[] = [
  { town: 'London', latitude: 51.507, longitude: -0.128, weight: 8 },
  { town: 'Birmingham', latitude: 52.48, longitude: -1.9, weight: 3 },
  { town: 'Manchester', latitude: 53.48, longitude: -2.242, weight: 3 },
  { town: 'Leeds', latitude: 53.8, longitude: -1.549, weight: 2 },
  { town: 'Sheffield', latitude: 53.381, longitude: -1.47, weight: 2 },
  { town: 'Liverpool', latitude: 53.408, longitude: -2.991, weight: 2 },
  { town: 'Bristol', latitude: 51.454, longitude: -2.588, weight: 2 },
  { town: 'Newcastle', latitude: 54.978, longitude: -1.618, weight: 2 },
  { town: 'Nottingham', latitude: 52.954, longitude: -1.158, weight: 2 },
  { town: 'Leicester', latitude: 52.637, longitude: -1.135, weight: 1 },
  { town: 'Coventry', latitude: 52.406, longitude: -1.52, weight: 1 },
  { town: 'Hull', latitude: 53.745, longitude: -0.336, weight: 1 },
  { town: 'Stoke-on-Trent', latitude: 53.003, longitude: -2.18, weight: 1 },
  { town: 'Derby', latitude: 52.922, longitude: -1.476, weight: 1 },
  { town: 'Southampton', latitude: 50.904, longitude: -1.404, weight: 1 },
  { town: 'Brighton', latitude: 50.822, longitude: -0.137, weight: 1 },
  { town: 'Norwich', latitude: 52.63, longitude: 1.297, weight: 1 },
  { town: 'Cambridge', latitude: 52.205, longitude: 0.122, weight: 1 },
  { town: 'Oxford', latitude: 51.752, longitude: -1.258, weight: 1 },
  { town: 'Reading', latitude: 51.454, longitude: -0.978, weight: 1 },
  { town: 'York', latitude: 53.96, longitude: -1.082, weight: 1 },
  { town: 'Preston', latitude: 53.763, longitude: -2.703, weight: 1 },
  { town: 'Bradford', latitude: 53.795, longitude: -1.759, weight: 1 },
  { town: 'Middlesbrough', latitude: 54.574, longitude: -1.235, weight: 1 },
  { town: 'Peterborough', latitude: 52.573, longitude: -0.241, weight: 1 },
  { town: 'Ipswich', latitude: 52.056, longitude: 1.148, weight: 1 },
  { town: 'Gloucester', latitude: 51.864, longitude: -2.244, weight: 1 },
  { town: 'Bournemouth', latitude: 50.72, longitude: -1.88, weight: 1 },
  { town: 'Lincoln', latitude: 53.234, longitude: -0.538, weight: 1 },
  { town: 'Carlisle', latitude: 54.893, longitude: -2.936, weight: 1 },
  { town: 'Canterbury', latitude: 51.28, longitude: 1.079, weight: 1 },
  { town: 'Milton Keynes', latitude: 52.041, longitude: -0.759, weight: 1 },
  { town: 'Swindon', latitude: 51.558, longitude: -1.782, weight: 1 },
  { town: 'Exeter', latitude: 50.726, longitude: -3.45, weight: 1 },
];

/** The area every location and postcode lies in: roughly England. */
export const AREA = { south: 50.5, north: 55, west: -3.5, east: 1.5 } as const;
