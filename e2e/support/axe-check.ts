import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describeSidewaysScroll } from './sideways-scroll.ts';
import { isPhoneWidth } from './viewports.ts';

/** The impacts that fail a journey. Minor and moderate findings are reported by axe but tolerated. */
const FAILING_IMPACTS = new Set(['serious', 'critical']);

/**
 * The one page check journeys make wherever they stop to look: axe, and at phone width that the
 * page does not scroll sideways (WCAG 1.4.10 Reflow). It throws listing every serious or critical
 * violation (rule, impact, help and the offending elements) and the elements that stick out, so one
 * failure says everything to fix.
 */
export async function checkAccessibility(page: Page, where: string): Promise<void> {
  const problems = [await axeProblems(page, where), await sidewaysScrollProblem(page, where)].filter((problem) => problem !== '');
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

async function axeProblems(page: Page, where: string): Promise<string> {
  // Judge links at rest: after a click the pointer stays where it was, and a link on the new page
  // under it is drawn hovered (NHS hover: no underline, dark pink), which is not how it is read.
  await page.mouse.move(0, 0);
  const results = await new AxeBuilder({ page }).analyze();
  const failing = results.violations.filter((violation) => FAILING_IMPACTS.has(violation.impact ?? ''));
  if (failing.length === 0) return '';

  const report = failing
    .map((violation) => {
      const targets = violation.nodes
        .map((node) => `      ${node.target.join(' ')}\n        ${node.failureSummary?.replaceAll('\n', '\n        ') ?? ''}`)
        .join('\n');
      return `  [${violation.impact}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${targets}`;
    })
    .join('\n');
  return `Accessibility violations on ${where} (${page.url()}):\n${report}`;
}

/** At phone width only: wider screens may lay a page out however they like. */
async function sidewaysScrollProblem(page: Page, where: string): Promise<string> {
  const width = page.viewportSize()?.width;
  if (width === undefined || !isPhoneWidth(width)) return '';
  return (await describeSidewaysScroll(page, where)) ?? '';
}
