import { splitLinks } from './outbox-text.ts';
import './outbox.css';

/** An email's plain text with its web addresses as links, so an admin can pass a verification link on. */
export function OutboxEmailText({ text }: { text: string }) {
  return (
    <p className="nhsuk-body kith-outbox-text">
      {splitLinks(text).map((piece, index) =>
        piece.kind === 'link' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one text never reorder.
          <a key={index} href={piece.href} rel="noopener noreferrer">
            {piece.href}
          </a>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above.
          <span key={index}>{piece.text}</span>
        ),
      )}
    </p>
  );
}
