import { type ClosedStatus, dischargeOutcomeLabel, type MessageBack } from '@kith/shared';

/**
 * The words of the document that do not come from people: its title per ending and what the GP
 * practice is asked to do. Kept apart from the structure so they can be reviewed as text.
 */

const TITLES: Record<ClosedStatus, string> = {
  discharged: 'Social prescribing: discharge summary',
  declined: 'Social prescribing: referral declined',
  not_reached: 'Social prescribing: person could not be reached',
  withdrawn: 'Social prescribing: referral withdrawn',
  closed_in_error: 'Social prescribing: referral closed in error',
};

export function documentTitle(messageBack: MessageBack): string {
  return TITLES[messageBack.ending];
}

/** The ending in words; a discharge says its outcome ("Discharged: Goals met"). */
export function outcomeInWords(messageBack: MessageBack): string {
  switch (messageBack.ending) {
    case 'discharged':
      return `Discharged: ${dischargeOutcomeLabel(messageBack.outcome)}`;
    case 'declined':
      return 'Declined by the person';
    case 'not_reached':
      return 'The person could not be reached';
    case 'withdrawn':
      return 'Referral withdrawn';
    case 'closed_in_error':
      return 'Closed in error';
  }
}

/** What the practice should do with this document, one or two plain sentences. */
export function gpActions(messageBack: MessageBack, hasCodes: boolean): string[] {
  const file = hasCodes
    ? 'File this summary and add the SNOMED CT codes listed below to the record.'
    : 'File this summary in the record.';
  switch (messageBack.ending) {
    case 'discharged':
      return [file, dischargeAction(messageBack)];
    case 'declined':
      return [file, 'The person chose not to take up social prescribing. They can be referred again if they change their mind.'];
    case 'not_reached':
      return [
        file,
        'Please check the contact details the practice holds for the person, and refer again if support is still needed.',
      ];
    case 'withdrawn':
      return [file, 'The referral was withdrawn; the person will not be supported under it.'];
    case 'closed_in_error':
      return ['Nothing needs to be added to the record: the referral was recorded in error.'];
  }
}

function dischargeAction(messageBack: MessageBack): string {
  if (messageBack.outcome !== 'referred_elsewhere') {
    return 'No further action is needed from the practice. The person can be referred again if their needs change.';
  }
  return messageBack.servicesConnected.length > 0
    ? 'The person has been referred on to the services listed above; no further social prescribing support is planned.'
    : 'The person has been referred on to another service; no further social prescribing support is planned.';
}
