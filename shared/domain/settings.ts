/** Every setting's name and the type of its value. */
export interface SettingValues {
  /** Country code used to pick crisis lines first (e.g. "US", "GB"). */
  country: string;
}

/** A setting's name. */
export type SettingKey = keyof SettingValues;
