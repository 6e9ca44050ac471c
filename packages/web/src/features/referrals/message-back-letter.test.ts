import { describe, expect, it } from 'vitest';
import { letterAddressee, letterSender } from './message-back-letter.ts';

const letter = {
  toOrganisation: 'Willow Lane Surgery',
  referrerName: 'Dr Rhys',
  personDateOfBirth: '1951-03-07',
  linkWorkerName: 'Wren Worker',
  pcnName: 'Riverside PCN',
};

describe('the message back as a letter', () => {
  it('goes to the referring practice and is signed by the link worker of the PCN', () => {
    expect(letterAddressee(letter)).toBe('Willow Lane Surgery');
    expect(letterSender(letter)).toEqual(['Wren Worker', 'Social prescribing link worker, Riverside PCN']);
  });

  it("goes to the person's practice for a self-referral, from the team when nobody was assigned", () => {
    expect(letterAddressee({ ...letter, toOrganisation: null })).toBe("The person's GP practice");
    expect(letterSender({ ...letter, linkWorkerName: null })).toEqual(['The social prescribing team', 'Riverside PCN']);
  });
});
