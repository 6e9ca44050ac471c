import { mailtoHref, telHref } from './contact-links.ts';

interface ReachLinkProps {
  /** The number or address. */
  value: string;
  /** Named in the link's accessible text, so a list of links says which service each one calls. */
  serviceName: string;
}

/** "0161 496 0000" on screen; "Call Eastside Food Bank on 0161 496 0000" to a screen reader. */
export function PhoneLink({ value, serviceName }: ReachLinkProps) {
  const href = telHref(value);
  if (!href) return <>{value}</>;
  return (
    <a href={href}>
      <span className="nhsuk-u-visually-hidden">Call {serviceName} on </span>
      {value}
    </a>
  );
}

/** "help@example.org" on screen; "Email Eastside Food Bank at help@example.org" to a screen reader. */
export function EmailLink({ value, serviceName }: ReachLinkProps) {
  const href = mailtoHref(value);
  if (!href) return <>{value}</>;
  return (
    <a href={href}>
      <span className="nhsuk-u-visually-hidden">Email {serviceName} at </span>
      {value}
    </a>
  );
}
