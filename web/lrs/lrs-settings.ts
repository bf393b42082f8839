/** The LRS settings kept in the browser (TextStore name `lrs`: localStorage key `rehearse.lrs`). */
import type { TextStore } from '../../app/persistence.ts';
import { settingsFromObject, type LrsSettings } from '../../app/xapi/config.ts';

/** The name of the settings in the TextStore. */
export const LRS_SETTINGS = 'lrs';

/** The saved settings ({} when none, or when they cannot be read: then nothing is sent). */
export function loadLrsSettings(store: TextStore): LrsSettings {
  const r = store.read(LRS_SETTINGS);
  if (!('text' in r)) return {};
  try {
    const parsed = settingsFromObject(JSON.parse(r.text), 'the saved LRS settings');
    return 'settings' in parsed ? parsed.settings : {};
  } catch {
    return {};
  }
}

/** Saves settings (or forgets them when null); gives the storage's error, if any. */
export function saveLrsSettings(store: TextStore, s: LrsSettings | null): string | null {
  const failed = s === null ? store.remove(LRS_SETTINGS) : store.write(LRS_SETTINGS, JSON.stringify(s));
  return failed ? failed.error : null;
}
