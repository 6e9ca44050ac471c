interface LoadingStateProps {
  /** What is loading, e.g. "users". */
  what?: string;
}

/** Shown while data loads, announced politely so screen reader users know something is happening. */
export function LoadingState({ what }: LoadingStateProps) {
  return (
    <p className="nhsuk-body kith-loading" role="status">
      {what ? `Loading ${what}…` : 'Loading…'}
    </p>
  );
}
