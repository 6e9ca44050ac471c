import { CreateSupervisionSessionRequest, SUPERVISION_TYPE_LABELS, SUPERVISION_TYPES } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { type FormIssue, issuesFromError, messageFor, validateWith } from '../../api/form-issues.ts';
import { BackLink } from '../../components/back-link.tsx';
import { Button } from '../../components/button.tsx';
import { DateInputField } from '../../components/date-input-field.tsx';
import { dateIssue, EMPTY_DATE_PARTS, readDateParts, withDateIssues } from '../../components/date-parts.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import type { FlashState } from '../../components/flash-state.ts';
import { QueryState } from '../../components/query-state.tsx';
import { RadiosField } from '../../components/radios-field.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextareaField } from '../../components/textarea-field.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useMe } from '../session/session-queries.ts';
import { useRecordSession, useSupervisionOptions } from './supervision-queries.ts';

/** `/supervision/new`: record a session I took part in, with private notes for the two of us. */
export function NewSessionPage() {
  const me = useMe();
  const myId = me.data?.user.id ?? '';
  const options = useSupervisionOptions();
  const record = useRecordSession();
  const navigate = useNavigate();
  const [issues, setIssues] = useState<FormIssue[]>([]);
  usePageTitle('Record a supervision session', issues.length > 0);
  const [pcnId, setPcnId] = useState('');
  const [type, setType] = useState('');
  const [heldOn, setHeldOn] = useState(EMPTY_DATE_PARTS);
  const [supervisorUserId, setSupervisor] = useState('');
  const [superviseeUserId, setSupervisee] = useState('');
  const [others, setOthers] = useState('');
  const [notes, setNotes] = useState('');

  const pcns = options.data?.pcns ?? [];
  const pcn = pcns.find((p) => p.id === pcnId) ?? (pcns.length === 1 ? pcns[0] : undefined);
  const people = pcn?.people ?? [];
  // Nobody records supervision on others' behalf: if I am neither party yet, I am the supervisor.
  const supervisor = supervisorUserId || (superviseeUserId === myId ? '' : myId);
  const otherPartyId = supervisor === myId ? superviseeUserId : supervisor;
  const otherParty = people.find((p) => p.userId === otherPartyId)?.name ?? 'the other person in the session';
  const personOptions = people.map((p) => ({ value: p.userId, label: p.userId === myId ? `${p.name} (you)` : p.name }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const date = readDateParts(heldOn, 'the date of the session');
    const checked = validateWith(CreateSupervisionSessionRequest, {
      pcnId: pcn?.id,
      type: type || undefined,
      heldOn: date.kind === 'date' ? date.iso : '',
      supervisorUserId: supervisor || undefined,
      superviseeUserId: superviseeUserId || undefined,
      otherAttendees: others
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
      privateNotes: notes,
    });
    const found = withDateIssues(dateIssue(date, 'heldOn'), checked);
    if (!checked.ok || found.length > 0) {
      setIssues(found);
      return;
    }
    setIssues([]);
    record.mutate(checked.data, {
      onSuccess: (session) => {
        const state: FlashState = { flash: 'The supervision session has been recorded.' };
        navigate(`/supervision/${session.id}`, { state });
      },
      onError: (error) => setIssues(issuesFromError(error)),
    });
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/supervision">Back to supervision</BackLink>
        <h1>Record a supervision session</h1>
        <QueryState query={options} what="the people you work with">
          {() => (
            <>
              <ErrorSummary issues={issues} />
              <form onSubmit={submit} noValidate>
                {pcns.length > 1 ? (
                  <SelectField
                    id="pcnId"
                    label="PCN"
                    value={pcnId}
                    onChange={setPcnId}
                    placeholder="Choose a PCN"
                    options={pcns.map((p) => ({ value: p.id, label: p.name }))}
                    error={messageFor(issues, 'pcnId')}
                  />
                ) : null}
                <RadiosField
                  id="type"
                  legend="Type of supervision"
                  value={type}
                  onChange={setType}
                  items={SUPERVISION_TYPES.map((value) => ({ value, label: SUPERVISION_TYPE_LABELS[value] }))}
                  error={messageFor(issues, 'type')}
                />
                <DateInputField
                  id="heldOn"
                  legend="Date of the session"
                  hint="For example, 15 3 2026"
                  value={heldOn}
                  onChange={setHeldOn}
                  error={messageFor(issues, 'heldOn')}
                />
                <SelectField
                  id="supervisorUserId"
                  label="Supervisor"
                  value={supervisor}
                  onChange={setSupervisor}
                  placeholder="Choose the supervisor"
                  options={personOptions}
                  error={messageFor(issues, 'supervisorUserId')}
                />
                <SelectField
                  id="superviseeUserId"
                  label="Supervisee"
                  value={superviseeUserId}
                  onChange={setSupervisee}
                  placeholder="Choose the supervisee"
                  options={personOptions}
                  error={messageFor(issues, 'superviseeUserId')}
                />
                <TextareaField
                  id="otherAttendees"
                  label="Other attendees (optional)"
                  hint="One name a line, for example at group peer supervision"
                  value={others}
                  onChange={setOthers}
                  rows={3}
                  error={messageFor(issues, 'otherAttendees')}
                />
                <TextareaField
                  id="privateNotes"
                  label="Private notes"
                  hint={`Only you and ${otherParty} can read these.`}
                  value={notes}
                  onChange={setNotes}
                  rows={8}
                  error={messageFor(issues, 'privateNotes')}
                />
                <Button type="submit" pending={record.isPending} pendingLabel="Saving…">
                  Save the session
                </Button>
              </form>
            </>
          )}
        </QueryState>
      </div>
    </div>
  );
}
