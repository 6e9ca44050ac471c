/** What a person is asked before leaving a form with changes they have not saved. */
export const UNSAVED_CHANGES_MESSAGE = 'You have changes that have not been saved. Leave this page and lose them?';

/**
 * Whether moving from one address to another would leave the page (and lose the form's state).
 * Changing only the query or hash keeps the page, so it is not held back.
 */
export function leavesPage(dirty: boolean, current: { pathname: string }, next: { pathname: string }): boolean {
  return dirty && current.pathname !== next.pathname;
}

/** Whether the values typed differ from those last saved (plain data, compared by content). */
export function hasChanges<T>(values: T, saved: T): boolean {
  return JSON.stringify(values) !== JSON.stringify(saved);
}
