import { SUPERVISION_TYPE_LABELS, SUPERVISION_TYPES } from '@kith/shared';
import { useNavigate } from 'react-router';
import { BackLink } from '../../components/back-link.tsx';
import { Button } from '../../components/button.tsx';
import type { FlashState } from '../../components/flash-state.ts';
import {
  FormDateInputField,
  FormRadiosField,
  FormSelectField,
  FormTextareaField,
  useBoundField,
} from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { QueryState } from '../../components/query-state.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useMe } from '../session/session-queries.ts';
import { buildSessionRequest, EMPTY_SESSION, NEW_SESSION_FIELD_ORDER, shownSupervisor } from './new-session-values.ts';
import { useRecordSession, useSupervisionOptions } from './supervision-queries.ts';

const TYPE_ITEMS = SUPERVISION_TYPES.map((value) => ({ value, label: SUPERVISION_TYPE_LABELS[value] }));

/** `/supervision/new`: record a session I took part in, with private notes for the two of us. */
export function NewSessionPage() {
  const me = useMe();
  const myId = me.data?.user.id ?? '';
  const options = useSupervisionOptions();
  const record = useRecordSession();
  const navigate = useNavigate();

  const pcns = options.data?.pcns ?? [];
  const pcnFor = (pcnId: string) => pcns.find((p) => p.id === pcnId) ?? (pcns.length === 1 ? pcns[0] : undefined);
  const kith = useKithForm({
    defaultValues: EMPTY_SESSION,
    toRequest: (values) => buildSessionRequest(values, { pcnId: pcnFor(values.pcnId)?.id, myId }),
    fieldOrder: NEW_SESSION_FIELD_ORDER,
    onSubmit: async (request) => {
      const session = await record.mutateAsync(request);
      const state: FlashState = { flash: 'The supervision session has been recorded.' };
      await navigate(`/supervision/${session.id}`, { state });
    },
  });
  usePageTitle('Record a supervision session', kith.issues.length > 0);
  const { control } = kith.form;
  const supervisorField = useBoundField({ control, name: 'supervisorUserId' });

  const people = pcnFor(kith.values.pcnId)?.people ?? [];
  const supervisor = shownSupervisor(kith.values, myId);
  const otherPartyId = supervisor === myId ? kith.values.superviseeUserId : supervisor;
  const otherParty = people.find((p) => p.userId === otherPartyId)?.name ?? 'the other person in the session';
  const personOptions = people.map((p) => ({ value: p.userId, label: p.userId === myId ? `${p.name} (you)` : p.name }));

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/supervision">Back to supervision</BackLink>
        <h1>Record a supervision session</h1>
        <QueryState query={options} what="the people you work with">
          {() => (
            <KithFormFrame kith={kith}>
              {pcns.length > 1 ? (
                <FormSelectField
                  control={control}
                  name="pcnId"
                  label="PCN"
                  placeholder="Choose a PCN"
                  options={pcns.map((p) => ({ value: p.id, label: p.name }))}
                />
              ) : null}
              <FormRadiosField control={control} name="type" legend="Type of supervision" items={TYPE_ITEMS} />
              <FormDateInputField control={control} name="heldOn" legend="Date of the session" hint="For example, 15 3 2026" />
              <SelectField
                id={supervisorField.id}
                label="Supervisor"
                value={supervisor}
                onChange={supervisorField.onChange}
                placeholder="Choose the supervisor"
                options={personOptions}
                error={supervisorField.error}
              />
              <FormSelectField
                control={control}
                name="superviseeUserId"
                label="Supervisee"
                placeholder="Choose the supervisee"
                options={personOptions}
              />
              <FormTextareaField
                control={control}
                name="otherAttendees"
                label="Other attendees (optional)"
                hint="One name a line, for example at group peer supervision"
                rows={3}
              />
              <FormTextareaField
                control={control}
                name="privateNotes"
                label="Private notes"
                hint={`Only you and ${otherParty} can read these.`}
                rows={8}
              />
              <Button type="submit" pending={kith.pending} pendingLabel="Saving…">
                Save the session
              </Button>
            </KithFormFrame>
          )}
        </QueryState>
      </div>
    </div>
  );
}
