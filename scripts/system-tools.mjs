// System programs the tests and benchmarks need (Debian package names). `npm test` and `npm run bench` call
// `ensureSystemTools` first: a missing tool is installed with apt when we run as root and apt is there;
// otherwise the command stops at once with one line saying what to install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** What the whole test suite needs: the browser of the browser tests. */
export const TEST_TOOLS = [
  { name: 'Chromium', path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', debian: 'chromium', env: 'CHROMIUM_PATH' },
];

/** What a benchmark needs, by benchmark name. */
export const BENCH_TOOLS = {
  osm: [{ name: 'osmium', path: '/usr/bin/osmium', debian: 'osmium-tool' }],
};

/**
 * What to do about the tools of `tools` given what is on this machine: nothing, install these Debian
 * packages, or stop with this message. Pure, so it is tested without touching the machine.
 */
export function planSystemTools(tools, { exists, isRoot, hasApt }) {
  const missing = tools.filter((t) => !exists(t.path));
  if (missing.length === 0) return { action: 'none' };
  if (isRoot && hasApt) return { action: 'install', packages: missing.map((t) => t.debian) };
  const names = missing.map((t) => `${t.name} (${t.path})`).join(', ');
  const packages = missing.map((t) => t.debian).join(' ');
  const envs = missing.filter((t) => t.env).map((t) => ` or set ${t.env} to its path`).join('');
  return { action: 'stop', message: `pactesur: missing ${names}: install it with \`sudo apt-get install -y ${packages}\` (Debian/Ubuntu)${envs}, then run again.` };
}

/** Installs or reports the missing tools; returns false (after printing one line) when they cannot be had. */
export function ensureSystemTools(tools) {
  const plan = planSystemTools(tools, {
    exists: existsSync,
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    hasApt: existsSync('/usr/bin/apt-get'),
  });
  if (plan.action === 'none') return true;
  if (plan.action === 'stop') {
    process.stderr.write(`${plan.message}\n`);
    return false;
  }
  process.stdout.write(`Installing ${plan.packages.join(', ')} with apt-get…\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', ...plan.packages], { stdio: 'inherit', env });
  if (!install || install.status !== 0 || tools.some((t) => !existsSync(t.path))) {
    process.stderr.write(`pactesur: could not install ${plan.packages.join(' ')} with apt-get; install it by hand and run again.\n`);
    return false;
  }
  return true;
}
