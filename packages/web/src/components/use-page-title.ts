import { useEffect } from 'react';

const SERVICE_NAME = 'Kith';

/**
 * Sets the browser tab title to "<page> – Kith" (WCAG 2.4.2). Prefix "Error: " while a form
 * shows errors, as the NHS service manual asks, so screen reader users hear it first.
 */
export function usePageTitle(title: string, hasErrors = false): void {
  useEffect(() => {
    const base = title ? `${title} – ${SERVICE_NAME}` : SERVICE_NAME;
    document.title = hasErrors ? `Error: ${base}` : base;
  }, [title, hasErrors]);
}
