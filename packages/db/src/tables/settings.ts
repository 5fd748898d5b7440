import type { Insertable, Selectable, Updateable } from "kysely";

/** Server-wide settings shared by all instances (the generated secret, retention default). */
export interface SettingsTable {
  key: string;
  value: string;
}

export type Setting = Selectable<SettingsTable>;
export type NewSetting = Insertable<SettingsTable>;
export type SettingUpdate = Updateable<SettingsTable>;
