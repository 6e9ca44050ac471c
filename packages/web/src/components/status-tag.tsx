interface StatusTagProps {
  active: boolean;
  /** Wording for the inactive state, e.g. "Deactivated" or "Inactive". */
  inactiveLabel?: string;
}

/** Active/deactivated NHS tag; colour is never the only cue, the words say it too. */
export function StatusTag({ active, inactiveLabel = 'Deactivated' }: StatusTagProps) {
  return active ? (
    <strong className="nhsuk-tag nhsuk-tag--green">Active</strong>
  ) : (
    <strong className="nhsuk-tag nhsuk-tag--grey">{inactiveLabel}</strong>
  );
}
