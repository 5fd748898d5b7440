import { type Dispatch, type SetStateAction, useCallback, useState } from "react";

export interface FormState<T> {
  form: T;
  setForm: Dispatch<SetStateAction<T>>;
  /** The change handler of one field: it replaces that field's value and keeps the others. */
  field: <K extends keyof T>(key: K) => (value: T[K]) => void;
}

/** The values of a form's fields in one state object, with a change handler per field. */
export function useForm<T extends object>(initial: T): FormState<T> {
  const [form, setForm] = useState(initial);
  const field = useCallback(
    <K extends keyof T>(key: K) =>
      (value: T[K]): void =>
        setForm((current) => ({ ...current, [key]: value })),
    [],
  );
  return { form, setForm, field };
}
