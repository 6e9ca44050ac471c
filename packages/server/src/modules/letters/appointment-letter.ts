import type { ContactMode } from '@kith/shared';
import { letterDayWithWeekday, letterTime } from './letter-dates.ts';
import type { LetterBlock, LetterContent } from './letter-layout.ts';
import { contactLine, personRecipient } from './letter-recipient.ts';

/** What an appointment letter is written from. */
export interface AppointmentLetterFacts {
  person: Parameters<typeof personRecipient>[0];
  appointment: { startsAt: Date; durationMinutes: number; mode: ContactMode; place: string | null; videoLink: string | null };
  /** The PCN and the worker the appointment is with. */
  sender: { pcnName: string; workerName: string | null };
}

export const APPOINTMENT_LETTER_TITLE = 'Your appointment';

/** How the appointment will happen, in the person's terms. */
const HOW: Record<ContactMode, string> = {
  phone: 'We will phone you',
  face_to_face: 'In person',
  home_visit: 'We will visit you at home',
  video: 'Video call',
  text: 'By text message',
  group: 'A group session',
};

/**
 * The appointment as the person needs it: when (UK time), for how long, how and where, who with,
 * and how to change it.
 */
export function appointmentLetter({ person, appointment, sender }: AppointmentLetterFacts): LetterContent {
  const endsAt = new Date(appointment.startsAt.getTime() + appointment.durationMinutes * 60_000);
  const rows: [string, string][] = [
    ['Date', letterDayWithWeekday(appointment.startsAt)],
    ['Time', `${letterTime(appointment.startsAt)} to ${letterTime(endsAt)} (${minutes(appointment.durationMinutes)})`],
    ['How', HOW[appointment.mode]],
  ];
  if (appointment.place?.trim()) rows.push(['Where', appointment.place.trim()]);
  if (appointment.videoLink) rows.push(['Video link', appointment.videoLink]);
  rows.push(['With', sender.workerName ? `${sender.workerName}, social prescribing link worker` : `The social prescribing team`]);
  const blocks: LetterBlock[] = [
    { kind: 'paragraph', text: `Dear ${person.givenName} ${person.familyName},` },
    { kind: 'paragraph', text: `You have an appointment with the social prescribing team at ${sender.pcnName}.` },
    { kind: 'fields', rows },
    ...(appointment.mode === 'video'
      ? [
          {
            kind: 'paragraph',
            text: 'At the time of your appointment, open the video link above on a phone, tablet or computer.',
          } as const,
        ]
      : []),
    { kind: 'heading', text: 'If you need to change or cancel it' },
    {
      kind: 'paragraph',
      text: `If this time does not suit you, or you cannot come, please tell ${contactLine(sender)} as soon as you can. We will find another time with you.`,
    },
  ];
  return { title: APPOINTMENT_LETTER_TITLE, recipient: personRecipient(person), blocks };
}

/** "45 minutes", "1 hour", "1 hour 30 minutes". */
export function minutes(total: number): string {
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  const parts = [
    ...(hours > 0 ? [`${hours} hour${hours === 1 ? '' : 's'}`] : []),
    ...(rest > 0 || hours === 0 ? [`${rest} minute${rest === 1 ? '' : 's'}`] : []),
  ];
  return parts.join(' ');
}
