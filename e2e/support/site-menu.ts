import type { Page } from 'playwright-core';

/**
 * The header's menu and sign-out button at any screen size. On small screens the menu folds
 * behind a "Menu" button; journeys go through these helpers so one flow works at both sizes.
 */

/** Opens the header menu if it is folded behind its "Menu" button (small screens); else does nothing. */
export async function openMenu(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Menu', exact: true });
  if (!(await button.isVisible())) return;
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
}

/** Follows the header menu's link called `name`, opening the menu first where it folds away. */
export async function followMenuLink(page: Page, name: string): Promise<void> {
  await openMenu(page);
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name }).click();
}

/** Signs out with the header's button (opening the menu first if it has folded into it) and waits for the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Sign out' }).filter({ visible: true });
  if ((await button.count()) === 0) await openMenu(page);
  await button.first().click();
  await page.waitForURL('**/sign-in');
}
