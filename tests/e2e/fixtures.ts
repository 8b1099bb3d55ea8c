// E2E set-up the specs share: one `npm run web` per spec file on a temp DB (administrator set up, browser logged in), its JSON API, form and menu helpers.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { api, logInBrowser, startWeb, watchForRefusals, type WebProcess } from './web-process';

/** Calls one contract method over HTTP and returns its value; a failed call throws with the error. */
export type ApiCall = <T = unknown>(method: string, data: unknown) => Promise<T>;

export interface SpecServer {
  /** The running server (`restart()` replaces it). */
  readonly web: WebProcess;
  readonly dbPath: string;
  /** CSP refusals and page errors seen so far; must be empty after the last test (a test may take off expected ones). */
  readonly refusals: string[];
  /** POST /api/<method> with the run's Bearer token, as the administrator (the context logs in on first use). */
  api: <T = unknown>(request: APIRequestContext, method: string, data: unknown) => Promise<T>;
  /** Opens the app and goes to a page by its menu entry. */
  openMenu: (page: Page, entry: string | RegExp) => Promise<void>;
  /** Stops the server and starts a new one on the same DB file (and logs the running test's browser context in to it). */
  restart: () => Promise<void>;
}

export interface ServeOptions {
  /** Set up the administrator (`testAdmin`) at start; default true. False leaves a fresh DB for the first-run screens. */
  setup?: boolean;
  /** Log each test's browser context in as the administrator before it runs; default true when set up. */
  login?: boolean;
  /** Fills the database file before the server first opens it (e.g. `fillWithDemo`). */
  prepare?: (dbPath: string) => void;
}

/**
 * Registers the spec file's hooks: serial mode; before all, a temp dir with a fresh server on it (its administrator
 * set up), seeded through the API by `seed`; before each test, the browser context logged in and a watch for CSP
 * refusals and page errors; after all, stop, clean up, and none seen.
 */
export function serveOnTempDb(
  prefix: string,
  seed?: (api: ApiCall, request: APIRequestContext) => Promise<void>,
  options: ServeOptions = {},
): SpecServer {
  const setup = options.setup !== false;
  const login = setup && options.login !== false;
  let dir = '';
  let web: WebProcess | undefined;
  const refusals: string[] = [];
  let currentContext: BrowserContext | undefined;
  const running = () => {
    if (!web) throw new Error('the web server is not running');
    return web;
  };
  const server: SpecServer = {
    get web() {
      return running();
    },
    get dbPath() {
      return path.join(dir, 'ledger.sqlite');
    },
    refusals,
    api: <T>(request: APIRequestContext, method: string, data: unknown): Promise<T> => api<T>(request, running(), method, data),
    openMenu: async (page, entry) => {
      await page.goto(running().url);
      await page.getByRole('menuitem', { name: entry }).click();
    },
    restart: async () => {
      await running().stop();
      web = await startWeb(server.dbPath, { setup });
      if (login && currentContext) await logInBrowser(currentContext, web);
    },
  };

  test.describe.configure({ mode: 'serial' });

  test.beforeAll(async ({ playwright }) => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), `ledger-e2e-${prefix}-`));
    options.prepare?.(server.dbPath);
    web = await startWeb(server.dbPath, { setup });
    if (!seed) return;
    const request = await playwright.request.newContext();
    try {
      await seed((method, data) => server.api(request, method, data), request);
    } finally {
      await request.dispose();
    }
  });

  test.afterAll(async () => {
    await web?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    expect(refusals).toEqual([]);
  });

  test.beforeEach(async ({ page, context }) => {
    watchForRefusals(page, refusals);
    currentContext = context;
    if (login) await logInBrowser(context, running());
  });

  return server;
}

/** `prepare` for serveOnTempDb: the demo office (`npm run cli -- demo`) in the database file. */
export function fillWithDemo(dbPath: string): void {
  const root = path.resolve(import.meta.dirname, '../..');
  execFileSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['electron/cli/main.ts', 'demo', '--db', dbPath], { cwd: root, stdio: 'ignore' });
}

const pageOf = (scope: Page | Locator): Page => ('page' in scope && typeof scope.page === 'function' ? scope.page() : (scope as Page));

/**
 * Picks the first Select option whose text contains `option` and checks the select shows it. Retried as a whole: a
 * click that lands while a dropdown is still opening (or a date picker just closed is fading out) can miss.
 */
export async function choose(scope: Page | Locator, label: string, option: string): Promise<void> {
  const page = pageOf(scope);
  const input = scope.getByLabel(label, { exact: true });
  const shown = scope.locator('.ant-form-item', { has: page.getByLabel(label, { exact: true }) }).locator('.ant-select-content');
  await expect(async () => {
    await input.click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click({ timeout: 2_000 });
    await expect(shown).toContainText(option, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

/**
 * Picks a Select option by its exact label (主任 is no match for 副主任) and checks the select shows it. Retried as a
 * whole: a click that lands while a dropdown is still animating (or one that just closed is fading out) can miss.
 */
export async function chooseExact(scope: Locator, label: string, option: string): Promise<void> {
  const page = scope.page();
  const input = scope.getByLabel(label, { exact: true });
  const shown = scope.locator('.ant-form-item', { has: page.getByLabel(label, { exact: true }) }).locator('.ant-select-content');
  const id = await input.getAttribute('id');
  await expect(async () => {
    await input.click();
    const dropdown = page.locator('.ant-select-dropdown:visible').filter({ has: page.locator(`[id^="${id}_list_"]`) });
    await dropdown.getByTitle(option, { exact: true }).click({ timeout: 2_000 });
    await expect(shown).toHaveText(option, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

/** Types a date into a DatePicker and takes it with Enter. */
export async function typeDate(scope: Page | Locator, label: string, date: string): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  await expect(input).toHaveValue(date);
}

/** The error shown under a form field. */
export function fieldError(scope: Page | Locator, label: string): Locator {
  return scope.locator('.ant-form-item', { has: pageOf(scope).getByLabel(label, { exact: true }) }).locator('.ant-form-item-explain-error');
}

/** The data rows of the (first) table in `scope`. */
export const tableRows = (scope: Page | Locator): Locator => scope.locator('.ant-table-tbody tr.ant-table-row');

/**
 * Waits until a dialog has finished zooming in. A click aimed while it still grows can land beside the button on a
 * loaded machine (Playwright measures the button, the animation moves it before the click arrives); CI lost one so.
 */
export async function settled(dialog: Locator): Promise<Locator> {
  await expect(dialog).toBeVisible();
  await expect(dialog).not.toHaveClass(/ant-zoom-(appear|enter)/);
  return dialog;
}
