import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { BackLink } from '../../components/back-link.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { usePracticeMailbox } from './gp-record-queries.ts';
import { PracticeMailboxForm } from './practice-mailbox-form.tsx';
import { RemovePracticeMailboxPanel } from './remove-practice-mailbox-panel.tsx';

const LIST = '/admin/practice-mailboxes';

/** `/admin/practice-mailboxes/new` (`gp-record:manage`). */
export function NewPracticeMailboxPage() {
  const navigate = useNavigate();
  return (
    <>
      <BackLink to={LIST}>Back to practice mailboxes</BackLink>
      <PracticeMailboxForm
        title="Add a practice mailbox"
        intro={<h1>Add a practice mailbox</h1>}
        onSaved={(saved) =>
          navigate(LIST, {
            state: {
              flash: `The mailbox for ${saved.practiceName ?? saved.odsCode} has been added`,
              flashDetail: 'Documents that could not be sent for want of it can now be sent again from GP deliveries.',
            },
          })
        }
      />
    </>
  );
}

/** `/admin/practice-mailboxes/:odsCode` (`gp-record:manage`): change or remove a practice's mailbox. */
export function EditPracticeMailboxPage() {
  const { odsCode = '' } = useParams();
  const navigate = useNavigate();
  const mailbox = usePracticeMailbox(odsCode);
  if (mailbox.isError && isApiError(mailbox.error, 'not_found')) {
    return (
      <>
        <BackLink to={LIST}>Back to practice mailboxes</BackLink>
        <MailboxNotFound />
      </>
    );
  }

  return (
    <>
      <BackLink to={LIST}>Back to practice mailboxes</BackLink>
      <QueryState query={mailbox} what="the practice mailbox">
        {(found) =>
          found ? (
            <>
              <PracticeMailboxForm
                mailbox={found}
                title={`Edit the mailbox of ${found.practiceName ?? found.odsCode}`}
                intro={
                  <h1>
                    <span className="nhsuk-caption-l">
                      Practice mailbox<span className="nhsuk-u-visually-hidden"> – </span>
                    </span>
                    {found.practiceName ? `${found.practiceName} (${found.odsCode})` : found.odsCode}
                  </h1>
                }
                onSaved={(saved) =>
                  navigate(LIST, { state: { flash: `The mailbox for ${saved.practiceName ?? saved.odsCode} has been saved` } })
                }
              />
              <RemovePracticeMailboxPanel mailbox={found} />
            </>
          ) : (
            <MailboxNotFound />
          )
        }
      </QueryState>
    </>
  );
}

function MailboxNotFound() {
  usePageTitle('Practice mailbox not found');
  return (
    <>
      <h1>Practice mailbox not found</h1>
      <p className="nhsuk-body">There is no mailbox for this ODS code. It may have been removed. Choose one from the list.</p>
    </>
  );
}
