/** Server-wide settings shared by all instances (the generated secret, retention default). */
export interface SettingsTable {
  key: string;
  value: string;
}
