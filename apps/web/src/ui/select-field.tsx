import type { ReactNode } from "react";

/** What every labelled choice takes: its id, its label, the chosen value and what to do on a change. */
export interface ChoiceProps<V extends string> {
  id: string;
  label: string;
  value: V;
  onChange(value: V): void;
}

export interface Option<V extends string> {
  value: V;
  label: string;
}

/** A labelled drop-down list of options. */
export function SelectField<V extends string>({
  id,
  label,
  value,
  options,
  onChange,
}: ChoiceProps<V> & { options: readonly Option<V>[] }): ReactNode {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as V)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
