import { OPEN_CASE_STATUSES } from '@kith/shared';
import { useState } from 'react';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageParam } from '../../components/use-page-param.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { personName } from '../referrals/referral-labels.ts';
import { ReferralSummary } from '../referrals/referral-summary.tsx';
import { useContacts } from './care-queries.ts';
import { CaseHeader } from './case-header.tsx';
import { useCaseReferral } from './case-layout.tsx';
import { ContactForm } from './contact-form.tsx';
import { ContactList } from './contact-list.tsx';

/** `/cases/:referralId`: the case's first page: log a contact, see every contact so far, and the referral. */
export function ContactsPage() {
  const referral = useCaseReferral();
  const { page, hrefFor } = usePageParam();
  const contacts = useContacts(referral.id, page);
  const [logged, setLogged] = useState<string | null>(null);
  usePageTitle(`Contacts – ${personName(referral.person)}`);
  const open = OPEN_CASE_STATUSES.includes(referral.status);

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <SuccessBanner message={logged} />
        <CaseHeader referral={referral} section="contacts" />
        {open ? (
          <ContactForm
            referralId={referral.id}
            receivedAt={referral.createdAt}
            onLogged={(successful) => setLogged(successful ? 'Contact logged' : 'Contact attempt logged')}
          />
        ) : (
          <p className="nhsuk-body">This case is closed, so no more contacts can be logged.</p>
        )}
        <QueryState query={contacts} what="contacts">
          {(data) => (
            <>
              <ContactList contacts={data.items} />
              <PaginationNav of={data} noun="contacts" hrefFor={hrefFor} />
            </>
          )}
        </QueryState>
        <h2>Referral</h2>
        <ReferralSummary referral={referral} />
      </div>
    </div>
  );
}
