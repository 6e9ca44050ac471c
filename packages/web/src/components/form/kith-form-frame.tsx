import type { ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import { ErrorSummary } from '../error-summary.tsx';
import type { KithForm } from './use-kith-form.ts';

interface KithFormFrameProps<V extends FieldValues> {
  kith: KithForm<V>;
  /** Issue paths that have a control on this form; the error summary links only to those. */
  linkablePaths?: readonly string[];
  /** Names the form for screen readers when a page holds more than one. */
  'aria-labelledby'?: string;
  className?: string;
  /**
   * What goes between the error summary and the form: a page's `<h1>` and introduction, so the
   * summary sits at the top of the page as the NHS service manual asks.
   */
  intro?: ReactNode;
  children: ReactNode;
}

/**
 * The NHS error summary above a `<form>` that submits through Kith's form mechanism. The
 * browser's own validation is off (`noValidate`): the shared schema's messages are the ones shown.
 */
export function KithFormFrame<V extends FieldValues>({
  kith,
  linkablePaths,
  className,
  intro,
  children,
  ...aria
}: KithFormFrameProps<V>) {
  return (
    <>
      <ErrorSummary issues={kith.issues} linkablePaths={linkablePaths} focusKey={kith.attempt} />
      {intro}
      <form onSubmit={(event) => void kith.submit(event)} noValidate className={className} {...aria}>
        {children}
      </form>
    </>
  );
}
