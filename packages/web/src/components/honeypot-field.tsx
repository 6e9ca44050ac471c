import './honeypot-field.css';

interface HoneypotFieldProps {
  /** Unique on the page: a post page has several comment forms, each with its own honeypot. */
  id: string;
  value: string;
  onChange: (value: string) => void;
}

/**
 * A field people never see or reach with the keyboard; form-filling bots fill it in, and the
 * server then quietly drops what they sent. Its label tells anyone who does reach it what to do.
 * Named `website`, as the API calls it, whatever its id.
 */
export function HoneypotField({ id, value, onChange }: HoneypotFieldProps) {
  return (
    <div className="kith-honeypot">
      <label htmlFor={id}>Leave this empty</label>
      <input
        id={id}
        name="website"
        type="text"
        tabIndex={-1}
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
