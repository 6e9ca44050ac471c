import './community.css';

interface CommunityHoneypotProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
}

/**
 * A field people never see or reach with the keyboard; form-filling bots fill it in and the
 * server quietly drops what they sent. Its label tells anyone who does reach it what to do.
 * An id of its own per form, because a post page has several comment forms.
 */
export function CommunityHoneypot({ id, value, onChange }: CommunityHoneypotProps) {
  return (
    <div className="kith-community-honeypot">
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
