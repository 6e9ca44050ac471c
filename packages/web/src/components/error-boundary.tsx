import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  children: ReactNode;
}

interface ErrorBoundaryState {
  failed: boolean;
}

/**
 * Catches a rendering failure so the user sees an NHS-style problem page instead of a blank
 * screen. Keyed by path where it is used, so moving to another page tries again.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // No personal data here: only the component stack and the error's own message.
    console.error('Kith page failed to render', error.message, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <>
        <h1>Sorry, there is a problem with the service</h1>
        <p className="nhsuk-body">This page could not be shown. Try again, or go back to the page you were on.</p>
        <p className="nhsuk-body">
          {/* A full page load, not client-side navigation: start again from a clean state. */}
          <a href={window.location.pathname}>Reload this page</a> or <a href="/">go to the home page</a>.
        </p>
      </>
    );
  }
}
