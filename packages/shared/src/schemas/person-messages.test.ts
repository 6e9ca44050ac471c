import { describe, expect, it } from 'vitest';
import {
  MESSAGE_TEMPLATE_PLACEHOLDERS,
  placeholdersIn,
  renderMessageTemplate,
  SendPersonMessageRequest,
  unknownPlaceholders,
} from './person-messages.ts';

describe('message template rendering', () => {
  it('fills every ((placeholder)), each as often as it appears', () => {
    expect(
      renderMessageTemplate('Hello ((first_name)), see ((worker)) at ((time)). Bye ((first_name))', {
        first_name: 'Ada',
        worker: 'Wendy',
        time: '2:30pm',
      }),
    ).toBe('Hello Ada, see Wendy at 2:30pm. Bye Ada');
  });

  it('keeps text around brackets that are not placeholders, as typed', () => {
    expect(renderMessageTemplate('(((mode))) costs (£5) ((message))', { mode: 'by phone', message: '(see (us))' })).toBe(
      '(by phone) costs (£5) (see (us))',
    );
  });

  it('refuses a placeholder it has no value for instead of sending it as typed', () => {
    expect(() => renderMessageTemplate('Hello ((nhs_number))', { first_name: 'Ada' })).toThrow(/nhs_number/);
  });

  it('does not fill a value from the prototype', () => {
    expect(() => renderMessageTemplate('((constructor))', {})).toThrow(/constructor/);
  });

  it('lists the placeholders a template uses that its key does not allow', () => {
    expect(placeholdersIn('((a)) ((b)) ((a))')).toEqual(['a', 'b']);
    expect(unknownPlaceholders('Hi ((first_name)): ((message)) ((nhs_number))', MESSAGE_TEMPLATE_PLACEHOLDERS.free_text)).toEqual(
      ['nhs_number'],
    );
    expect(unknownPlaceholders('((date)) ((place))', MESSAGE_TEMPLATE_PLACEHOLDERS.appointment_reminder)).toEqual([]);
  });
});

describe('send request', () => {
  it('needs a message for free text and an appointment for an appointment template', () => {
    expect(SendPersonMessageRequest.safeParse({ message: 'Hello' }).success).toBe(true);
    expect(SendPersonMessageRequest.safeParse({}).error?.issues[0]?.path).toEqual(['message']);
    expect(SendPersonMessageRequest.safeParse({ templateKey: 'appointment_reminder' }).error?.issues[0]?.path).toEqual([
      'appointmentId',
    ]);
  });
});
