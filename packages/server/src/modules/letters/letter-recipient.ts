/** The name and postal address lines of a person, as an envelope window shows them. */
export function personRecipient(person: {
  givenName: string;
  familyName: string;
  addressLine1: string | null;
  addressLine2: string | null;
  town: string | null;
  postcode: string | null;
}): string[] {
  const lines = [
    `${person.givenName} ${person.familyName}`,
    person.addressLine1,
    person.addressLine2,
    person.town,
    person.postcode,
  ];
  return lines.flatMap((line) => (line?.trim() ? [line.trim()] : []));
}

/** Who the person can contact about a letter: their link worker at the PCN, or the PCN's team. */
export function contactLine(sender: { pcnName: string; workerName: string | null }): string {
  return sender.workerName
    ? `${sender.workerName}, your social prescribing link worker at ${sender.pcnName}`
    : `the social prescribing team at ${sender.pcnName}`;
}
