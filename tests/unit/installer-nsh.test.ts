// build/installer.nsh compiles with NSIS (Debian's makensis, warnings as errors) inside a small uninstaller that stands
// in for electron-builder's template: the same LogicLib, $installMode and an ${isUpdated} test like the template's.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.join(import.meta.dirname, '..', '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-nsis-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Compiles an uninstaller that runs the include's customUnInstall; returns makensis's exit code and output. */
function compile(include: string): { status: number; output: string } {
  const script = path.join(work, 'wrapper.nsi');
  fs.writeFileSync(
    script,
    [
      'Unicode true',
      '!include LogicLib.nsh',
      'Name "stub"',
      `OutFile "${path.join(work, 'stub.exe')}"`,
      'RequestExecutionLevel user',
      'Var installMode',
      // electron-builder's ${isUpdated}: true when the installer of a newer version runs the old uninstaller.
      '!macro _isUpdated _a _b _t _f',
      '  StrCmp $R8 "updated" `${_t}` `${_f}`',
      '!macroend',
      '!define isUpdated `"" isUpdated ""`',
      `!include "${include}"`,
      'Section "install"',
      '  StrCpy $installMode "CurrentUser"',
      '  WriteUninstaller "$TEMP\\stub-uninstall.exe"',
      'SectionEnd',
      'Section "un.Uninstall"',
      '  !insertmacro customUnInstall',
      'SectionEnd',
      '',
    ].join('\n'),
  );
  try {
    return { status: 0, output: execFileSync('makensis', ['-V2', '-WX', script], { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { status: e.status, output: `${e.stdout}${e.stderr}` };
  }
}

describe('the NSIS include', () => {
  it('compiles into an uninstaller with warnings treated as errors', () => {
    const result = compile(path.join(root, 'build', 'installer.nsh'));
    expect(result.output).not.toMatch(/warning/i);
    expect(result.status).toBe(0);
    expect(fs.statSync(path.join(work, 'stub.exe')).size).toBeGreaterThan(0);
  });

  it('a mistake in it stops the compile (the check has teeth)', () => {
    const broken = path.join(work, 'broken.nsh');
    fs.writeFileSync(broken, fs.readFileSync(path.join(root, 'build', 'installer.nsh'), 'utf8').replace('IDNO ledgerKeepData', 'IDNO ledgerKeep'));
    const result = compile(broken);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('could not resolve label "ledgerKeep"');
  });
});
