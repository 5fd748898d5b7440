import { type ReactNode, useId } from "react";

/** A group of checkboxes under a legend; `chosen` holds the values ticked, in the order they were. */
export function CheckList({
  legend,
  legendId,
  options,
  chosen,
  onChange,
}: {
  legend: string;
  /** For a form labelled by this group's legend. */
  legendId?: string;
  options: readonly { value: string; label: ReactNode }[];
  chosen: readonly string[];
  onChange(chosen: string[]): void;
}): ReactNode {
  const id = useId();
  return (
    <fieldset>
      <legend id={legendId}>{legend}</legend>
      {options.map((o) => (
        <div key={o.value} className="check">
          <input
            type="checkbox"
            id={`${id}-${o.value}`}
            checked={chosen.includes(o.value)}
            onChange={(e) =>
              onChange(e.target.checked ? [...chosen, o.value] : chosen.filter((x) => x !== o.value))
            }
          />
          <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
