/**
 * "Skip to main content". A plain fragment link: the browser moves focus to `<main>` (it has
 * tabindex="-1"), and React Router leaves same-page fragment links alone.
 */
export function SkipLink() {
  return (
    <a className="nhsuk-skip-link" href="#maincontent">
      Skip to main content
    </a>
  );
}
