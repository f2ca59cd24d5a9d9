// `npm test`: every check and test — type-check, lint, web build, and one Vitest run that covers
// the unit tests, the server suite on PGlite and on PostgreSQL, and the browser tests in Chromium.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const timings = [];

function run(label, command, args, options = {}) {
  const started = Date.now();
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  timings.push([label, (Date.now() - started) / 1000]);
  if (result.status !== 0) {
    console.error(`✗ ${label} failed`);
    process.exit(result.status ?? 1);
  }
}

function ensureChromium() {
  if (fs.existsSync('/usr/bin/chromium')) return;
  console.log('Chromium is missing: installing Debian\'s chromium package…');
  const asRoot = process.getuid?.() === 0;
  const apt = (args) =>
    spawnSync(asRoot ? 'apt-get' : 'sudo', asRoot ? args : ['apt-get', ...args], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  apt(['update']);
  if (apt(['install', '-y', 'chromium']).status !== 0) {
    console.error('Could not install chromium; the browser tests need /usr/bin/chromium.');
    process.exit(1);
  }
}

function ensurePostgres() {
  const url = process.env.AVAIN_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const ready = () => spawnSync('pg_isready', ['-d', url, '-q']).status === 0;
  if (ready()) return;
  const versions = fs.existsSync('/etc/postgresql') ? fs.readdirSync('/etc/postgresql') : [];
  if (versions[0]) {
    console.log('PostgreSQL is not running: starting it…');
    spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', versions[0], 'main', 'start'], { stdio: 'inherit' });
  }
  for (let i = 0; i < 30 && !ready(); i++) spawnSync('sleep', ['1']);
  if (!ready()) {
    console.error(`PostgreSQL does not answer at ${url}; the server suite needs it (set AVAIN_TEST_PG_URL).`);
    process.exit(1);
  }
}

ensureChromium();
ensurePostgres();
run('Type-check', 'npm', ['run', 'typecheck']);
run('Lint', 'npm', ['run', 'lint']);
run('Build the web app', 'npm', ['run', 'build', '-w', '@avain/web']);

const report = path.join(os.tmpdir(), `avain-vitest-${process.pid}.json`);
const started = Date.now();
console.log('\n▶ Tests: unit, server on PGlite and on PostgreSQL, browser in Chromium');
const vitest = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TZ: 'UTC' },
});
timings.push(['Tests', (Date.now() - started) / 1000]);

let summary = '';
if (fs.existsSync(report)) {
  const result = JSON.parse(fs.readFileSync(report, 'utf8'));
  summary = `${result.numPassedTests} passed, ${result.numFailedTests} failed`;
  fs.rmSync(report, { force: true });
}
console.log('\nTimings:');
for (const [label, seconds] of timings) console.log(`  ${label.padEnd(20)} ${seconds.toFixed(1)} s`);
if (summary) console.log(`\nTests: ${summary}`);
process.exit(vitest.status ?? 1);
