import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { leavesPage, UNSAVED_CHANGES_MESSAGE } from './unsaved-changes.ts';

/**
 * Warns before unsaved changes are lost: leaving the page inside Kith (a tab of the case, the
 * menu, the back button) asks first, and closing or reloading the tab gets the browser's own
 * warning. Pass whether the form holds changes that are not saved yet.
 */
export function useUnsavedChangesWarning(dirty: boolean): void {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => leavesPage(dirty, currentLocation, nextLocation));

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    // The browser's own dialog: keyboard and screen reader friendly, and it cannot be missed.
    if (window.confirm(UNSAVED_CHANGES_MESSAGE)) blocker.proceed();
    else blocker.reset();
  }, [blocker]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}
