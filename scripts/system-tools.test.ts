import { describe, expect, it } from 'vitest';
import { planSystemTools } from './system-tools.mjs';

const chromium = { name: 'Chromium', path: '/usr/bin/chromium', debian: 'chromium', env: 'CHROMIUM_PATH' };
const osmium = { name: 'osmium', path: '/usr/bin/osmium', debian: 'osmium-tool' };

describe('planSystemTools', () => {
  it('does nothing when every tool is there', () => {
    expect(planSystemTools([chromium], { exists: () => true, isRoot: false, hasApt: false })).toEqual({ action: 'none' });
  });

  it('installs the missing ones with apt as root', () => {
    const plan = planSystemTools([chromium, osmium], { exists: (p: string) => p === '/usr/bin/chromium', isRoot: true, hasApt: true });
    expect(plan).toEqual({ action: 'install', packages: ['osmium-tool'] });
  });

  it('stops with one line naming the package when it cannot install', () => {
    const noRoot = planSystemTools([chromium], { exists: () => false, isRoot: false, hasApt: true });
    if (noRoot.action !== 'stop') throw new Error(`expected stop, got ${noRoot.action}`);
    expect(noRoot.message).toContain('apt-get install -y chromium');
    expect(noRoot.message).toContain('CHROMIUM_PATH');
    expect(noRoot.message.split('\n')).toHaveLength(1);
    const noApt = planSystemTools([osmium], { exists: () => false, isRoot: true, hasApt: false });
    if (noApt.action !== 'stop') throw new Error(`expected stop, got ${noApt.action}`);
    expect(noApt.message).toContain('osmium-tool');
  });

  it('looks where the variable says, and does not install when the variable names nothing', () => {
    const env = { CHROMIUM_PATH: '/opt/chrome/chrome' };
    expect(planSystemTools([chromium], { exists: (p: string) => p === '/opt/chrome/chrome', isRoot: false, hasApt: false, env })).toEqual({ action: 'none' });
    const wrong = planSystemTools([chromium], { exists: (p: string) => p === '/usr/bin/chromium', isRoot: true, hasApt: true, env });
    if (wrong.action !== 'stop') throw new Error(`expected stop, got ${wrong.action}`);
    expect(wrong.message).toContain('CHROMIUM_PATH names /opt/chrome/chrome, which does not exist');
  });
});
