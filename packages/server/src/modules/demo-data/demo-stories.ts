import type { DemoReason } from './demo-cases.ts';

/**
 * What a demo referral says and what its care plan holds, by the main reason for the referral:
 * the referrer's note, the person's own words for what matters, and their goals and first actions.
 */
export interface DemoStory {
  /** Referral reason codes (the seeded list in migrations/0003_referral_reasons_seed.sql). */
  reasons: string[];
  referralNote: string;
  firstContactNote: string;
  whatMatters: string;
  goals: string[];
  actions: { text: string; owner: 'person' | 'link worker'; dueInDays: number; done: boolean }[];
}

export const DEMO_STORIES: Record<DemoReason, DemoStory> = {
  loneliness: {
    reasons: ['loneliness'],
    referralNote: 'Lives alone since a fall last winter and rarely leaves the house. Would like company.',
    firstContactNote: 'Talked about what used to fill the week: church, the market, a bowls club.',
    whatMatters: 'Seeing people again and getting out of the house at least twice a week.',
    goals: ['Go to a lunch club or coffee morning every week', 'Feel confident taking the bus into town'],
    actions: [
      {
        text: 'Go with them to the Tuesday coffee morning at the community centre',
        owner: 'link worker',
        dueInDays: -3,
        done: true,
      },
      { text: 'Apply for a bus pass', owner: 'person', dueInDays: 7, done: false },
    ],
  },
  low_mood: {
    reasons: ['low_mood'],
    referralNote: 'Low mood for several months after losing work. Not in crisis; open to non-medical support.',
    firstContactNote: 'Agreed to meet in the library café; would like some structure to the week.',
    whatMatters: 'Having something to get up for and people to talk to who understand.',
    goals: ['Join a regular group activity', 'Sleep better'],
    actions: [
      { text: 'Try the walking group on Saturday morning', owner: 'person', dueInDays: 2, done: false },
      { text: 'Share the details of NHS Talking Therapies self-referral', owner: 'link worker', dueInDays: -5, done: true },
    ],
  },
  housing: {
    reasons: ['housing', 'money_benefits'],
    referralNote: 'Damp flat affecting their asthma; landlord not responding. Worried about rent arrears.',
    firstContactNote: 'Went through the letters from the landlord together; photos of the damp taken.',
    whatMatters: 'A home that does not make me ill, and not being frightened of the post.',
    goals: ['Get the damp repaired', 'Make a plan for the rent arrears'],
    actions: [
      { text: 'Report the disrepair to the council’s private housing team', owner: 'link worker', dueInDays: -2, done: true },
      { text: 'Book an appointment with Citizens Advice', owner: 'person', dueInDays: 5, done: false },
    ],
  },
  money_benefits: {
    reasons: ['money_benefits', 'debt'],
    referralNote: 'Struggling with bills since reducing hours to care for a parent. Not claiming anything.',
    firstContactNote: 'Ran a benefits check on the phone; likely entitled to Carer’s Allowance.',
    whatMatters: 'Knowing the bills are covered so I can stop worrying about them.',
    goals: ['Claim everything they are entitled to', 'Get the energy arrears on a payment plan'],
    actions: [
      { text: 'Complete the Carer’s Allowance claim together', owner: 'link worker', dueInDays: 3, done: false },
      { text: 'Call the energy supplier about a payment plan', owner: 'person', dueInDays: 10, done: false },
    ],
  },
  physical_inactivity: {
    reasons: ['physical_inactivity', 'weight'],
    referralNote: 'Pre-diabetic, wants to be more active but finds gyms intimidating.',
    firstContactNote: 'Likes being outdoors; gardening and walking came up more than once.',
    whatMatters: 'Feeling fitter and keeping up with the grandchildren.',
    goals: ['Walk for 30 minutes three times a week', 'Try a community gardening session'],
    actions: [
      { text: 'Join the Riverside Walking Group for a first walk', owner: 'person', dueInDays: 4, done: false },
      { text: 'Introduce them to the walk leader', owner: 'link worker', dueInDays: -1, done: true },
    ],
  },
  carer_support: {
    reasons: ['carer_support'],
    referralNote: 'Full-time carer for her husband with dementia. Exhausted, no time for herself.',
    firstContactNote: 'Has never had a carer’s assessment; would value a few hours to herself each week.',
    whatMatters: 'A break now and then, and knowing what help there is for both of us.',
    goals: ['Have a carer’s assessment', 'Get one afternoon a week for herself'],
    actions: [
      { text: 'Refer to the carers centre for a carer’s assessment', owner: 'link worker', dueInDays: -4, done: true },
      { text: 'Look at the memory café timetable together', owner: 'person', dueInDays: 6, done: false },
    ],
  },
  bereavement: {
    reasons: ['bereavement', 'loneliness'],
    referralNote: 'Lost his wife in the spring after 50 years together. Struggling with the quiet at home.',
    firstContactNote: 'Talked about his wife and the things they did together; he used to sing in a choir.',
    whatMatters: 'Not feeling so alone in the evenings, and doing something she would be proud of.',
    goals: ['Go to the bereavement support group', 'Try the community choir'],
    actions: [
      { text: 'Go with him to the first bereavement group meeting', owner: 'link worker', dueInDays: 1, done: false },
      { text: 'Ring the choir leader about joining', owner: 'person', dueInDays: 14, done: false },
    ],
  },
  ltc_self_management: {
    reasons: ['ltc_self_management'],
    referralNote: 'COPD; frequent GP appointments. Would benefit from a self-management course and peer support.',
    firstContactNote: 'Interested in the breathe-easy group; transport is the main barrier.',
    whatMatters: 'Managing my breathing myself and not feeling like a burden.',
    goals: ['Join a breathe-easy support group', 'Sort out transport to appointments'],
    actions: [
      { text: 'Book community transport for the group', owner: 'link worker', dueInDays: 2, done: false },
      { text: 'Keep a symptom diary for the next review', owner: 'person', dueInDays: 21, done: false },
    ],
  },
};
