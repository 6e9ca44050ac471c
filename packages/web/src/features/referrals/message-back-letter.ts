import type { MessageBack } from '@kith/shared';

type Letter = MessageBack['letter'];

/** Who the letter goes to: the referring organisation, or the person's own practice for a self-referral. */
export function letterAddressee(letter: Letter): string {
  return letter.toOrganisation ?? "The person's GP practice";
}

/** The sign-off lines: the assigned link worker and their PCN, or the PCN's team when nobody was assigned. */
export function letterSender(letter: Letter): [string, string] {
  return letter.linkWorkerName
    ? [letter.linkWorkerName, `Social prescribing link worker, ${letter.pcnName}`]
    : ['The social prescribing team', letter.pcnName];
}
