import type { ComponentPropsWithRef, ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router';

/**
 * How an NHS button looks: primary (the default) for the one main action on a page, secondary for
 * the others, warning for actions that destroy or cannot be undone, reverse on dark backgrounds.
 * https://service-manual.nhs.uk/design-system/components/buttons
 */
export type ButtonVariant = 'primary' | 'secondary' | 'warning' | 'reverse';

interface ButtonLooks {
  variant?: ButtonVariant;
  /** The small size, for actions repeated in rows and lists. */
  small?: boolean;
  /** Classes added after the NHS ones, such as spacing utilities (`nhsuk-u-margin-bottom-0`). */
  className?: string;
}

/** The class list of an NHS button: `nhsuk-button`, then its variant and size modifiers, then extras. */
export function buttonClass({ variant = 'primary', small = false, className }: ButtonLooks): string {
  return [
    'nhsuk-button',
    variant === 'primary' ? '' : `nhsuk-button--${variant}`,
    small ? 'nhsuk-button--small' : '',
    className ?? '',
  ]
    .filter(Boolean)
    .join(' ');
}

interface ButtonProps extends Omit<ComponentPropsWithRef<'button'>, 'className' | 'type'>, ButtonLooks {
  /** Said every time: a button left to the browser's default submits the form it sits in. */
  type: 'submit' | 'button';
  /** True while the request the button started is in flight: the button is disabled so it cannot be sent twice. */
  pending?: boolean;
  /** What the button says while pending (e.g. "Saving…"); its usual label when left out. */
  pendingLabel?: ReactNode;
}

/** An NHS button. Every other prop (onClick, value, ref, aria-*) goes to the `<button>` unchanged. */
export function Button({
  variant,
  small,
  className,
  type,
  pending = false,
  pendingLabel,
  disabled,
  children,
  ...buttonProps
}: ButtonProps) {
  return (
    <button {...buttonProps} className={buttonClass({ variant, small, className })} type={type} disabled={pending || disabled}>
      {pending && pendingLabel !== undefined ? pendingLabel : children}
    </button>
  );
}

type ButtonLinkProps = Omit<LinkProps, 'className'> & ButtonLooks;

/** A link that looks like an NHS button, for an action that starts by going to another page. */
export function ButtonLink({ variant, small, className, ...linkProps }: ButtonLinkProps) {
  return <Link {...linkProps} className={buttonClass({ variant, small, className })} />;
}
