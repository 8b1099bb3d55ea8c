// E2E helpers: `npm run web`'s entry point as a child process on a DB, and a watch for CSP refusals in the page.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Page } from '@playwright/test';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export interface WebProcess {
  url: string;
  origin: string;
  output: () => string;
  stop(): Promise<void>;
}

export async function startWeb(dbPath: string): Promise<WebProcess> {
  const child: ChildProcess = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['electron/web/main.ts', '--db', dbPath, '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web server did not start:\n${output}`)), 30_000);
    const check = () => {
      const match = /^URL: (\S+)$/m.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web server exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    origin: new URL(url).origin,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Records every CSP refusal and uncaught page error into `sink`; a spec checks it is empty at the end,
 * so a policy that breaks the UI fails the suite instead of passing with a half-styled page.
 */
export function watchForRefusals(page: Page, sink: string[]): void {
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(msg.text())) sink.push(msg.text());
  });
  page.on('pageerror', (error) => sink.push(`pageerror: ${error.message}`));
}
