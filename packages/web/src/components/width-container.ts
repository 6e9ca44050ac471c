/**
 * The page width. Signed-in people work in tables, queues and reports, so their pages use the
 * whole screen (NHS fluid container, capped in kith.css for very wide screens); visitors' pages
 * (sign in, self-referral, community) keep the NHS 960px column, where lines of text stay readable.
 */
export function widthContainerClass(signedIn: boolean): string {
  return signedIn ? 'nhsuk-width-container-fluid kith-workspace' : 'nhsuk-width-container';
}
