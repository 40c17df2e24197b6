import { ROLE_RANK, type Access, type Role } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { can, type Action } from './can.ts';

const roles = Object.keys(ROLE_RANK) as Role[];
const who = (action: Action, access: Access = 'owner') =>
  roles.filter((role) => can({ role }, action, access));

describe('can', () => {
  it('lets viewers start, edit and delete nothing', () => {
    for (const action of [
      'briefing.create',
      'site.register',
      'threat.start',
      'crowd.start',
      'protection.start',
      'record.edit',
      'record.delete',
      'job.cancel',
      'org.manage',
    ] as const)
      expect(can({ role: 'viewer' }, action), action).toBe(false);
  });

  it('gives analyses to analysts and above, plans and records to editors and above', () => {
    expect(who('threat.start')).toEqual(['admin', 'editor', 'analyst']);
    expect(who('crowd.start')).toEqual(['admin', 'editor', 'analyst']);
    expect(who('protection.start')).toEqual(['admin', 'editor']);
    expect(who('record.edit')).toEqual(['admin', 'editor']);
    expect(who('site.register')).toEqual(['admin', 'editor']);
    expect(who('org.manage')).toEqual(['admin']);
  });

  it('follows the share of a record of another organisation', () => {
    // Analysing a site shared for reading makes a record of one's own organisation: allowed.
    expect(who('threat.start', 'read')).toEqual(['admin', 'editor', 'analyst']);
    // Planning needs a site one may edit; a read share changes and deletes nothing.
    expect(who('protection.start', 'read')).toEqual([]);
    expect(who('protection.start', 'edit')).toEqual(['admin', 'editor']);
    expect(who('record.edit', 'read')).toEqual([]);
    expect(who('record.delete', 'edit')).toEqual([]);
    expect(who('record.delete', 'owner')).toEqual(['admin', 'editor']);
    expect(who('job.cancel', 'read')).toEqual([]);
  });

  it('lets nobody act before an organisation is chosen', () => {
    expect(can(null, 'threat.start')).toBe(false);
  });
});
