/**
 * Router state handed to the sign-in page. History state can hold anything, so it is read
 * defensively rather than cast.
 */
export interface SignInState {
  /** Where the user was going when they were asked to sign in. */
  from?: string;
  /** Set when the user has just signed out. */
  signedOut?: boolean;
  /** Set when a request found the session had ended (idle or absolute timeout, or deactivation). */
  sessionExpired?: boolean;
  /** Set when the user has just chosen a new password from a reset link. */
  passwordReset?: boolean;
}

function field(state: unknown, key: keyof SignInState): unknown {
  return typeof state === 'object' && state !== null ? (state as Record<string, unknown>)[key] : undefined;
}

/** The in-app path to return to after signing in; never another origin, never the sign-in page. */
export function readReturnPath(state: unknown): string {
  const from = field(state, 'from');
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//') || from.startsWith('/sign-in')) {
    return '/';
  }
  return from;
}

export function readSignedOut(state: unknown): boolean {
  return field(state, 'signedOut') === true;
}

export function readSessionExpired(state: unknown): boolean {
  return field(state, 'sessionExpired') === true;
}

export function readPasswordReset(state: unknown): boolean {
  return field(state, 'passwordReset') === true;
}
