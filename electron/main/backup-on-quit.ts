// Backup on quit, as a pure state machine: hold the quit while one automatic backup runs (bounded by a timeout), then let it go.
import type { AutoBackups } from '../core/backup';

export interface QuitEvent {
  preventDefault(): void;
}

export interface BackupOnQuitDeps {
  /** Whether there is anything new to save: false when the core is closed or nothing changed since the last backup. */
  needsBackup(): boolean;
  /** Takes, verifies and rotates the automatic backup. */
  backup(): Promise<void>;
  /** Called once, after the backup (or straight away when none is needed): closes the core. */
  finish(): void;
  /** Asks the app to quit again (Electron's app.quit). */
  quit(): void;
  log(message: string, error?: unknown): void;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
  /** A hung backup (a stalled USB stick) must not keep the app alive for ever. */
  timeoutMs?: number;
}

/**
 * The handler for Electron's `will-quit`. First call: if a backup is needed, prevent the quit, run it,
 * and quit again when it settles or times out. Calls while it runs are held too. The last call closes
 * the core (`finish`) and lets the quit through.
 */
export function createBackupOnQuit(deps: BackupOnQuitDeps): (event: QuitEvent) => void {
  let state: 'idle' | 'running' | 'done' = 'idle';
  const settle = () => {
    if (state !== 'running') return;
    state = 'done';
    deps.quit();
  };
  return (event) => {
    if (state === 'running') {
      event.preventDefault();
      return;
    }
    if (state === 'done' || !deps.needsBackup()) {
      state = 'done';
      deps.finish();
      return;
    }
    event.preventDefault();
    state = 'running';
    const timer = deps.setTimer(() => {
      deps.log('退出时的备份超时，程序不再等待');
      settle();
    }, deps.timeoutMs ?? 60_000);
    deps
      .backup()
      .catch((error: unknown) => deps.log('退出时的备份失败', error))
      .finally(() => {
        deps.clearTimer(timer);
        settle();
      });
  };
}

/**
 * The backup half of the deps for the app's automatic backups (`backups` is a getter: none before start, and a restore
 * replaces them). A backup still running — the start-up one, when the app is closed at once — is waited for, never cut
 * off by closing the database under it; then one more is taken if anything changed.
 */
export function autoBackupOnQuit(backups: () => AutoBackups | undefined): Pick<BackupOnQuitDeps, 'needsBackup' | 'backup'> {
  return {
    needsBackup: () => {
      const b = backups();
      return b !== undefined && (b.busy() || b.changedSinceBackup());
    },
    backup: async () => {
      const b = backups();
      if (!b) return;
      await b.settled();
      if (b.changedSinceBackup()) await b.take();
    },
  };
}
