// E2E helpers: `npm run web`'s entry point as a child process on a DB (its administrator set up), logged-in API calls, and a CSP watch.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { request as requests, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import { demoOffice } from '../../electron/core/demo-data';

const root = path.resolve(import.meta.dirname, '../..');

/** The administrator every spec's server gets at start (unless started with `setup: false`). */
export const testAdmin = { username: 'admin', displayName: '测试管理员', password: 'e2e-Admin-2024' } as const;
/** The office the set-up creates when the DB has none yet (the one most seeds save anyway). */
export const testOffice = demoOffice;

export interface WebProcess {
  url: string;
  origin: string;
  output: () => string;
  stop(): Promise<void>;
  /** Request contexts already logged in on this server (its sessions live in its memory, so a restart starts afresh). */
  readonly loggedIn: WeakSet<APIRequestContext>;
}

export interface StartOptions {
  /** Create the administrator (`auth.setup`, with `testOffice` when there is no office yet); default true. */
  setup?: boolean;
}

/** One answer of POST /api/<method> with the run's token in the Authorization header. */
export async function rawCall(request: APIRequestContext, web: Pick<WebProcess, 'url' | 'origin'>, method: string, data: unknown) {
  const token = new URL(web.url).searchParams.get('token') ?? '';
  const response = await request.post(`${web.origin}/api/${method}`, { headers: { authorization: `Bearer ${token}` }, data });
  return (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string; field?: string } };
}

/** Calls one method without logging in first; a failed call throws with the error. */
export async function callApi<T = unknown>(request: APIRequestContext, web: Pick<WebProcess, 'url' | 'origin'>, method: string, data: unknown): Promise<T> {
  const body = await rawCall(request, web, method, data);
  if (!body.ok) throw new Error(`${method} failed: ${JSON.stringify(body.error)}`);
  return body.value as T;
}

/** Logs the context's session (its `ledger_sid_<port>` cookie) in as `user`. */
export async function logIn(request: APIRequestContext, web: WebProcess, user: { username: string; password: string } = testAdmin): Promise<void> {
  await callApi(request, web, 'auth.login', { username: user.username, password: user.password });
  web.loggedIn.add(request);
}

/** Calls one method as the administrator: the context logs in on its first call to this server. */
export async function api<T = unknown>(request: APIRequestContext, web: WebProcess, method: string, data: unknown): Promise<T> {
  if (!web.loggedIn.has(request)) await logIn(request, web);
  return callApi<T>(request, web, method, data);
}

/**
 * Logs a browser context in: its request context shares the page's cookie jar, so the token exchange (GET the
 * token URL) sets the token and session cookies and auth.login logs that session in; `page.goto(web.url)` then
 * keeps the session (the server sets one only when the browser has none) and lands in the app.
 */
export async function logInBrowser(context: BrowserContext, web: WebProcess, user: { username: string; password: string } = testAdmin): Promise<void> {
  const response = await context.request.get(web.url);
  if (!response.ok()) throw new Error(`the token exchange failed: ${response.status()}`);
  await logIn(context.request, web, user);
}

/** Creates the administrator unless an account exists (a restart on the same DB). */
async function setUpAdmin(web: WebProcess): Promise<void> {
  const request = await requests.newContext();
  try {
    const status = await callApi<{ needsSetup: boolean; office: unknown }>(request, web, 'auth.status', {});
    if (!status.needsSetup) return;
    const { username, displayName, password } = testAdmin;
    await callApi(request, web, 'auth.setup', {
      office: status.office === null ? testOffice : null,
      admin: { username, displayName, password, confirm: password },
    });
  } finally {
    await request.dispose();
  }
}

export async function startWeb(dbPath: string, options: StartOptions = {}): Promise<WebProcess> {
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
  const web: WebProcess = {
    url,
    origin: new URL(url).origin,
    output: () => output,
    loggedIn: new WeakSet(),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
  if (options.setup !== false) {
    try {
      await setUpAdmin(web);
    } catch (error) {
      await web.stop();
      throw error;
    }
  }
  return web;
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
