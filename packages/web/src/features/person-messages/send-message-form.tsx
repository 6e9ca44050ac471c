import { MESSAGE_CHANNEL_LABELS, type MessageChannel, type PersonMessage, SMS_MAX_LENGTH } from '@kith/shared';
import { Button } from '../../components/button.tsx';
import { FormTextareaField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { useSendPersonMessage } from './person-message-queries.ts';
import { buildSendMessageRequest, EMPTY_SEND_MESSAGE, SEND_MESSAGE_FIELDS } from './send-message-values.ts';

interface SendMessageFormProps {
  personId: string;
  channel: MessageChannel;
  onSent: (message: PersonMessage) => void;
}

/** Free text to the person in their preferred channel; the free text template wraps it. */
export function SendMessageForm({ personId, channel, onSent }: SendMessageFormProps) {
  const send = useSendPersonMessage(personId);
  const kith = useKithForm({
    defaultValues: EMPTY_SEND_MESSAGE,
    toRequest: buildSendMessageRequest,
    fieldOrder: SEND_MESSAGE_FIELDS,
    clearOnSave: true,
    onSubmit: async (request) => onSent(await send.mutateAsync(request)),
  });

  return (
    <KithFormFrame kith={kith} linkablePaths={SEND_MESSAGE_FIELDS}>
      <FormTextareaField
        control={kith.form.control}
        name="message"
        label={`Send a ${MESSAGE_CHANNEL_LABELS[channel].toLowerCase()}`}
        hint={`Up to ${SMS_MAX_LENGTH} characters. It goes through GOV.UK Notify with the wording admins keep for free text messages.`}
        rows={4}
      />
      <Button type="submit" pending={kith.pending} pendingLabel="Sending…">
        Send the message
      </Button>
    </KithFormFrame>
  );
}
