// System programs the tests and benchmarks need (Debian package names). `npm test` and `npm run bench` call
// `ensureSystemTools` first: a missing tool is installed with apt when we run as root and apt is there;
// otherwise the command stops at once with one line saying what to install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** What the whole test suite needs: the browser of the browser tests (or the one `CHROMIUM_PATH` names). */
export const TEST_TOOLS = [{ name: 'Chromium', path: '/usr/bin/chromium', debian: 'chromium', env: 'CHROMIUM_PATH' }];

/** What a benchmark needs, by benchmark name. */
export const BENCH_TOOLS = {
  osm: [{ name: 'osmium', path: '/usr/bin/osmium', debian: 'osmium-tool' }],
};

/**
 * What to do about `tools` given what is on this machine: nothing, install these Debian packages, or stop
 * with this message. A tool whose variable is set is looked for where the variable says, and never
 * installed: the variable is what must be fixed. Pure, so it is tested without touching the machine.
 */
export function planSystemTools(tools, { exists, isRoot, hasApt, env = {} }) {
  const where = (t) => (t.env && env[t.env]) || t.path;
  const misnamed = tools.filter((t) => t.env && env[t.env] && !exists(env[t.env]));
  if (misnamed.length > 0) {
    const t = misnamed[0];
    return { action: 'stop', message: `pactesur: ${t.env} names ${env[t.env]}, which does not exist: point it at ${t.name}, or unset it to use ${t.path}.` };
  }
  const missing = tools.filter((t) => !exists(where(t)));
  if (missing.length === 0) return { action: 'none' };
  if (isRoot && hasApt) return { action: 'install', packages: missing.map((t) => t.debian) };
  const names = missing.map((t) => `${t.name} (${t.path})`).join(', ');
  const packages = missing.map((t) => t.debian).join(' ');
  const envs = missing.filter((t) => t.env).map((t) => ` or set ${t.env} to its path`).join('');
  return { action: 'stop', message: `pactesur: missing ${names}: install it with \`sudo apt-get install -y ${packages}\` (Debian/Ubuntu)${envs}, then run again.` };
}

/** Installs or reports the missing tools; returns false (after printing one line) when they cannot be had. */
export function ensureSystemTools(tools) {
  const machine = {
    exists: existsSync,
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    hasApt: existsSync('/usr/bin/apt-get'),
    env: process.env,
  };
  const plan = planSystemTools(tools, machine);
  if (plan.action === 'none') return true;
  if (plan.action === 'stop') {
    process.stderr.write(`${plan.message}\n`);
    return false;
  }
  process.stdout.write(`Installing ${plan.packages.join(', ')} with apt-get…\n`);
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env: aptEnv });
  const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', ...plan.packages], { stdio: 'inherit', env: aptEnv });
  if (!install || install.status !== 0 || planSystemTools(tools, machine).action !== 'none') {
    process.stderr.write(`pactesur: could not install ${plan.packages.join(' ')} with apt-get; install it by hand and run again.\n`);
    return false;
  }
  return true;
}
