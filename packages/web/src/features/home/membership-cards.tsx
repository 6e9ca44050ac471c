import { type MembershipView, ORGANISATION_KIND_LABELS, ROLE_LABELS } from '@kith/shared';

interface MembershipCardsProps {
  memberships: readonly MembershipView[];
}

/** One card per role the user holds: the role and the organisation it is held in. */
export function MembershipCards({ memberships }: MembershipCardsProps) {
  if (memberships.length === 0) {
    return <p className="nhsuk-body">You do not have any roles yet. Ask an administrator to give you one.</p>;
  }

  return (
    <ul className="nhsuk-grid-row nhsuk-card-group">
      {memberships.map((membership) => (
        <li className="nhsuk-grid-column-one-half nhsuk-card-group__item" key={`${membership.organisationId}-${membership.role}`}>
          <div className="nhsuk-card">
            <div className="nhsuk-card__content">
              <h3 className="nhsuk-card__heading nhsuk-heading-m">{ROLE_LABELS[membership.role]}</h3>
              <p className="nhsuk-card__description">
                {membership.organisationName}
                <br />
                <span className="nhsuk-u-secondary-text-colour">{ORGANISATION_KIND_LABELS[membership.organisationKind]}</span>
              </p>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
