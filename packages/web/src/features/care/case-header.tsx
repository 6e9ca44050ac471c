import type { Referral } from '@kith/shared';
import { Link } from 'react-router';
import { personName } from '../referrals/referral-labels.ts';
import { ReferralStatusTag } from '../referrals/referral-status-tag.tsx';

export type CaseSection = 'contacts' | 'appointments' | 'outcomes' | 'healthcare-use' | 'care-plan' | 'discharge';

const SECTIONS: readonly { section: CaseSection; title: string; path: string }[] = [
  { section: 'contacts', title: 'Contacts', path: '' },
  { section: 'appointments', title: 'Appointments', path: '/appointments' },
  { section: 'outcomes', title: 'Outcome measures', path: '/outcomes' },
  { section: 'healthcare-use', title: 'Healthcare use', path: '/healthcare-use' },
  { section: 'care-plan', title: 'Care plan', path: '/care-plan' },
  { section: 'discharge', title: 'Discharge', path: '/discharge' },
];

/** The title of a case section, for the page title. */
export function sectionTitle(section: CaseSection): string {
  return SECTIONS.find((item) => item.section === section)?.title ?? '';
}

interface CaseHeaderProps {
  referral: Referral;
  section: CaseSection;
}

/**
 * The top of every case page: the person and section as the one h1, the status, and the
 * sections of the case as an NHS contents list.
 * https://service-manual.nhs.uk/design-system/components/contents-list
 */
export function CaseHeader({ referral, section }: CaseHeaderProps) {
  const name = personName(referral.person);
  return (
    <>
      <h1>
        <span className="nhsuk-caption-l">
          {name}
          <span className="nhsuk-u-visually-hidden"> – </span>
        </span>
        {sectionTitle(section)}
      </h1>
      <p className="nhsuk-body">
        <ReferralStatusTag status={referral.status} />
        {referral.failedContactAttempts > 0 && referral.status === 'allocated' ? (
          <span className="nhsuk-u-secondary-text-colour"> {attemptsText(referral.failedContactAttempts)}</span>
        ) : null}
      </p>
      <nav className="nhsuk-contents-list" aria-label="Sections of this case">
        <ol className="nhsuk-contents-list__list">
          {SECTIONS.map((item) =>
            item.section === section ? (
              <li className="nhsuk-contents-list__item" aria-current="page" key={item.section}>
                <span className="nhsuk-contents-list__current">{item.title}</span>
              </li>
            ) : (
              <li className="nhsuk-contents-list__item" key={item.section}>
                <Link className="nhsuk-contents-list__link" to={`/cases/${referral.id}${item.path}`}>
                  {item.title}
                </Link>
              </li>
            ),
          )}
          <li className="nhsuk-contents-list__item">
            <Link className="nhsuk-contents-list__link" to={`/people/${referral.person.id}`}>
              {name}'s record and timeline
            </Link>
          </li>
        </ol>
      </nav>
    </>
  );
}

/** "1 of 3 contact attempts failed": after the third, the referral ends as not reached. */
export function attemptsText(failed: number): string {
  return `${failed} of 3 contact attempts failed`;
}
