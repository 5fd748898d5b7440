/** Fills `{name}` placeholders of a text; an unknown placeholder stays as written, so a gap is visible. */
export function fill(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
