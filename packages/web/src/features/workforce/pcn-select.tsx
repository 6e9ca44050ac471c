import type { WorkforcePcn } from '@kith/shared';
import { SelectField } from '../../components/select-field.tsx';

interface PcnSelectProps {
  items: readonly WorkforcePcn[];
  value: string;
  onChange: (pcnId: string) => void;
}

/** Chooses the PCN when the user has more than one; shows nothing otherwise. */
export function PcnSelect({ items, value, onChange }: PcnSelectProps) {
  if (items.length < 2) return null;
  return (
    <SelectField
      id="pcnId"
      label="PCN"
      value={value}
      onChange={onChange}
      options={items.map((p) => ({ value: p.id, label: p.name }))}
    />
  );
}
