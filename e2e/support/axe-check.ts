import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The impacts that fail a journey. Minor and moderate findings are reported by axe but tolerated. */
const FAILING_IMPACTS = new Set(['serious', 'critical']);

/**
 * Runs axe on the page as it is now and throws, listing every serious or critical violation
 * (rule, impact, help and the offending elements), so one failure says everything to fix.
 */
export async function checkAccessibility(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const failing = results.violations.filter((violation) => FAILING_IMPACTS.has(violation.impact ?? ''));
  if (failing.length === 0) return;

  const report = failing
    .map((violation) => {
      const targets = violation.nodes
        .map((node) => `      ${node.target.join(' ')}\n        ${node.failureSummary?.replaceAll('\n', '\n        ') ?? ''}`)
        .join('\n');
      return `  [${violation.impact}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${targets}`;
    })
    .join('\n');
  throw new Error(`Accessibility violations on ${where} (${page.url()}):\n${report}`);
}
