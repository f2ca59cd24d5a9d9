/**
 * Browser tests run the real server (serving the built web app) and Debian's Chromium.
 * Each test file calls `startE2E()` once: its own server, its own fresh database, its own browser.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(webDir, '../..');
// Generous: on a busy machine (CI beside other work) a server start can take minutes.
const READY_TIMEOUT_MS = 240_000;
const CHROMIUM_PATH = process.env.AVAIN_E2E_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const DEMO_PASSWORD = 'avain-demo';

/**
 * A username nobody has, new on every call: a wrong-password test must not lock out a demo account
 * that other tests log in with, even when the database outlives the run.
 */
export function unknownUsername(): string {
  return `tuntematon-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export interface E2E {
  baseUrl: string;
  browser: Browser;
  /** A page in a fresh browser context: no cookies, no stored language. */
  newPage(): Promise<Page>;
  /** What the server printed so far, for failure messages. */
  serverOutput(): string;
  close(): Promise<void>;
}

function ensureBuilt(): void {
  if (existsSync(path.join(webDir, 'dist', 'index.html'))) return;
  const result = spawnSync('npm', ['run', 'build', '-w', '@avain/web'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('Building the web app for the browser tests failed');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntilReady(baseUrl: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`The server exited (${server.exitCode ?? server.signalCode}) before it was ready:\n${output()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/ready`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`The server was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${output()}`);
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  server.kill('SIGTERM');
  const forced = setTimeout(() => server.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(forced);
}

interface StartedServer {
  baseUrl: string;
  output(): string;
  stop(): Promise<void>;
}

async function startServer(extraEnv: Record<string, string>): Promise<StartedServer> {
  const external = process.env.AVAIN_E2E_BASE_URL;
  if (external) return { baseUrl: external.replace(/\/$/, ''), output: () => '', stop: async () => {} };

  ensureBuilt();
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'avain-e2e-'));
  // Start from the run's seeded copy (see global-setup.ts); the server then has nothing to load.
  await cp(inject('e2eSeededDataDir'), dataDir, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    // A PostgreSQL database outlives the run, and so do failed logins from 127.0.0.1: without a roomier
    // per-address limit, a few runs in a row would lock every test out. The per-user limit stays as is.
    LOGIN_MAX_FAILURES_PER_IP: '1000',
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    NODE_ENV: 'test',
    ...extraEnv,
  };
  if (process.env.AVAIN_E2E_DATABASE_URL) env.DATABASE_URL = process.env.AVAIN_E2E_DATABASE_URL;

  const server = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const collect = (chunk: Buffer) => {
    // Keep the tail only: enough to explain a failure without holding a long run in memory.
    log = (log + chunk.toString()).slice(-20_000);
  };
  server.stdout?.on('data', collect);
  server.stderr?.on('data', collect);

  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopServer(server);
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(baseUrl, server, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, output: () => log, stop };
}

export interface E2EOptions {
  /** More environment for the server, e.g. `AVAIN_NOW` to set the walk-in clock (ignored with AVAIN_E2E_BASE_URL). */
  env?: Record<string, string>;
}

/**
 * The server and the browser for one test file: started before its tests, stopped after them.
 * Use at the top of the file; the E2E it returns works once the tests run.
 */
export function useE2E(options: E2EOptions = {}): E2E {
  let started: E2E | undefined;
  beforeAll(async () => {
    started = await startE2E(options);
  });
  afterAll(async () => {
    await started?.close();
  });
  const current = () => {
    if (!started) throw new Error('The browser tests have not started: call useE2E at the top of the file.');
    return started;
  };
  return {
    get baseUrl() {
      return current().baseUrl;
    },
    get browser() {
      return current().browser;
    },
    newPage: () => current().newPage(),
    serverOutput: () => started?.serverOutput() ?? '',
    close: async () => {
      await started?.close();
    },
  };
}

export async function startE2E(options: E2EOptions = {}): Promise<E2E> {
  const server = await startServer(options.env ?? {});
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    baseUrl: server.baseUrl,
    browser,
    serverOutput: server.output,
    async newPage() {
      // The server's real CSP stays on: a script or style it blocks must fail the tests.
      const context = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const problems: string[] = [];
      pageProblems.set(page, problems);
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      return page;
    },
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}

const pageProblems = new WeakMap<Page, string[]>();

/**
 * Uncaught errors, console errors and CSP refusals seen on the page so far. Chromium also logs
 * each 4xx answer as a console error, so check this where every request should succeed.
 */
export function problemsOn(page: Page): string[] {
  return [...(pageProblems.get(page) ?? [])];
}

/** Logs in through the login form, as a user would, and waits for the header to show the user. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  if (!new URL(page.url(), 'http://x').pathname.startsWith('/login')) await page.goto('/login');
  await page.locator('#login-username').fill(username);
  await page.locator('#login-password').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.getByTestId('current-user').waitFor();
}

let axeSource: string | undefined;

async function loadAxe(): Promise<string> {
  axeSource ??= await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core for WCAG 2.1 A and AA on the page as it is now; fails listing every violation. */
export async function expectNoAxeViolations(page: Page, label = page.url()): Promise<void> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  // Evaluated through the DevTools protocol, which the page's CSP does not govern (a script tag would be refused).
  if (!hasAxe) await page.evaluate(await loadAxe());
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  }) as AxeViolation[];
  if (violations.length === 0) return;
  const report = violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => `    - ${node.target.join(' ')}${node.failureSummary ? `: ${node.failureSummary.replace(/\s+/g, ' ')}` : ''}`)
        .join('\n');
      return `  ${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n${nodes}`;
    })
    .join('\n');
  throw new Error(`axe found ${violations.length} WCAG 2.1 A/AA violation(s) on ${label}:\n${report}`);
}

/** Waits until the page's one `<h1>` reads `text`: pages render after their data arrives. */
export async function expectH1(page: Page, text: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text, exact: true }).waitFor();
  const count = await page.locator('h1').count();
  if (count !== 1) throw new Error(`Expected one h1 on ${page.url()}, found ${count}`);
}

/** Waits for the browser tab title; pages set it in an effect just after they render. */
export async function expectTitle(page: Page, title: string): Promise<void> {
  try {
    await page.waitForFunction((expected) => document.title === expected, title, { timeout: 5_000 });
  } catch {
    throw new Error(`Expected the title "${title}" on ${page.url()}, found "${await page.title()}"`);
  }
}

/** A text of the fi.json files with its {{placeholders}} filled in, as the page shows it. */
export const fillText = (text: string, values: Record<string, string | number>) => Object.entries(values).reduce((s, [k, v]) => s.replaceAll(`{{${k}}}`, String(v)), text);

/** A page in a fresh browser context, logged in as a demo user. */
export async function pageAs(e2e: E2E, username: string): Promise<Page> {
  const page = await e2e.newPage();
  await login(page, username);
  return page;
}

/** Every request of the step succeeded and nothing failed in the page; then the browser closes. */
export async function finishStep(page: Page): Promise<void> {
  expect(problemsOn(page)).toEqual([]);
  await page.context().close();
}
