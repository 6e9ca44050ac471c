import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import type { Checked } from '../../api/form-issues.ts';
import { Button, ButtonLink } from '../../components/button.tsx';
import { readFlash } from '../../components/flash-state.ts';
import { FormTextField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { NhsTable } from '../../components/nhs-table.tsx';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { StatusTag } from '../../components/status-tag.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageParam } from '../../components/use-page-param.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { usePracticeMailboxes } from './gp-record-queries.ts';
import { practiceMailboxListHref } from './practice-mailbox-values.ts';

const cell = 'nhsuk-table__cell';

/**
 * `/admin/practice-mailboxes` (`gp-record:manage`): the MESH mailbox of each GP practice, by ODS
 * code. A practice without one gets no document in its GP record: the care team is told to print
 * the letter instead.
 */
export function PracticeMailboxesPage() {
  usePageTitle('Practice mailboxes');
  const [searchParams] = useSearchParams();
  const q = (searchParams.get('q') ?? '').trim();
  const { page, hrefFor } = usePageParam();
  const mailboxes = usePracticeMailboxes(q, page);
  const flash = readFlash(useLocation().state);

  return (
    <>
      <SuccessBanner message={flash?.flash} detail={flash?.flashDetail} />
      <h1>Practice mailboxes</h1>
      <p className="nhsuk-body">
        Kith sends the message back into a person's GP record through MESH, to their registered practice's mailbox. A practice
        that is not listed here, or whose mailbox is inactive, gets no document: the care team is asked to print the letter
        instead.
      </p>
      <ButtonLink to="/admin/practice-mailboxes/new">Add a mailbox</ButtonLink>
      <MailboxSearchForm key={q} initial={q} />
      <QueryState query={mailboxes} what="the practice mailboxes">
        {(data) => (
          <>
            <NhsTable
              caption="Practice mailboxes"
              captionStyle="visually-hidden"
              columns={['ODS code', 'Practice', 'MESH mailbox', 'Status', 'Note', 'Change']}
              rows={data.items}
              rowKey={(mailbox) => mailbox.odsCode}
              emptyMessage={
                q ? `No practice mailbox matches “${q}”.` : 'No practice has a mailbox yet. Add one for each practice.'
              }
              renderRow={(mailbox) => (
                <>
                  <th className="nhsuk-table__header" scope="row">
                    {mailbox.odsCode}
                  </th>
                  <td className={cell}>
                    {mailbox.practiceName ?? <span className="nhsuk-u-secondary-text-colour">Not a practice in Kith</span>}
                  </td>
                  <td className={cell}>{mailbox.mailboxId}</td>
                  <td className={cell}>
                    <StatusTag active={mailbox.active} inactiveLabel="Inactive" />
                  </td>
                  <td className={cell}>{mailbox.note ?? ''}</td>
                  <td className={cell}>
                    <Link to={`/admin/practice-mailboxes/${encodeURIComponent(mailbox.odsCode)}`}>
                      Edit
                      <span className="nhsuk-u-visually-hidden"> the mailbox of {mailbox.practiceName ?? mailbox.odsCode}</span>
                    </Link>
                  </td>
                </>
              )}
            />
            <PaginationNav of={data} noun="practice mailboxes" hrefFor={hrefFor} />
          </>
        )}
      </QueryState>
    </>
  );
}

/** Search by ODS code, mailbox id or practice name; the search goes in the address (page 1). */
function MailboxSearchForm({ initial }: { initial: string }) {
  const navigate = useNavigate();
  const kith = useKithForm({
    defaultValues: { q: initial },
    toRequest: ({ q }): Checked<string> => ({ ok: true, data: q.trim() }),
    fieldOrder: [],
    onSubmit: async (q) => navigate(practiceMailboxListHref(q)),
  });
  return (
    <search>
      <KithFormFrame kith={kith} className="kith-filter-form">
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            <FormTextField
              control={kith.form.control}
              name="q"
              label="ODS code, mailbox or practice name"
              type="search"
              autoComplete="off"
              spellCheck={false}
            />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <Button variant="secondary" className="kith-align-with-inputs" type="submit">
              Search
            </Button>
          </div>
        </div>
      </KithFormFrame>
    </search>
  );
}
