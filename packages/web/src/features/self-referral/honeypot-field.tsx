import './self-referral.css';

interface HoneypotFieldProps {
  value: string;
  onChange: (value: string) => void;
}

/**
 * A field people never see or reach with the keyboard; form-filling bots fill it in, and the
 * server then quietly drops the submission. Its label tells anyone who does reach it what to do.
 */
export function HoneypotField({ value, onChange }: HoneypotFieldProps) {
  return (
    <div className="kith-honeypot">
      <label htmlFor="website">Leave this empty</label>
      <input
        id="website"
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
