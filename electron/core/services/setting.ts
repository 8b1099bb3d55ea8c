// The office's case settings (系统 → 设置): read with defaults for missing keys, update only the keys given, audited.
import { setting } from '../../../drizzle/schema';
import { caseSettings, type CaseSettings } from '../../shared/schemas/setting';
import type { Db } from '../db/open';
import type { HandlerGroup } from './context';

type SettingKey = keyof CaseSettings;
const settingKeys = Object.keys(caseSettings.shape) as SettingKey[];

/** Stored rows parsed through caseSettings: a missing or unreadable key takes its default. */
export function readCaseSettings(db: Db): CaseSettings {
  const stored: Record<string, unknown> = {};
  for (const row of db.select().from(setting).all()) {
    const field = caseSettings.shape[row.key as SettingKey] as (typeof caseSettings.shape)[SettingKey] | undefined;
    if (field !== undefined && field.safeParse(row.value).success) stored[row.key] = row.value;
  }
  return caseSettings.parse(stored);
}

export const settingHandlers: HandlerGroup<'setting.get' | 'setting.update'> = {
  'setting.get': (_input, { db }) => readCaseSettings(db),

  'setting.update': (input, call) => {
    const before = readCaseSettings(call.db);
    for (const key of settingKeys) {
      const value = input[key];
      if (value === undefined) continue;
      call.db
        .insert(setting)
        .values({ key, value, updatedAt: call.now })
        .onConflictDoUpdate({ target: setting.key, set: { value, updatedAt: call.now } })
        .run();
    }
    const after = readCaseSettings(call.db);
    call.audit({ entity: 'setting', entityId: null, before, after });
    return after;
  },
};
