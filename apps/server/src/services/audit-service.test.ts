import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../test/harness.ts';
import { csvField } from './audit-service.ts';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.close());

describe('the audit log', () => {
  it('is append-only in the database itself', async () => {
    const db = platform.database.db;
    await platform.repositories.audit.append({ action: 'read', detail: 'probe' });
    await expect(db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    await expect(db.updateTable('audit_log').set({ detail: 'tampered' }).execute()).rejects.toThrow(/append-only/);
    const n = await sql<{ n: number }>`select count(*)::int as n from audit_log where detail = 'probe'`.execute(db);
    expect(n.rows[0]?.n).toBe(1);
  });

  it('records who, which organisation, what, which record and when, and pages newest first', async () => {
    const admin = await platform.signedIn('admin@nice.example.org');
    const b = await admin.createBriefing({ title: 'Fireworks 14 July' });
    await admin.getBriefing(b.id);
    await admin.updateBriefing(b.id, { body: 'Quai des États-Unis closed from 18:00' });
    const { entries } = await admin.audit({ recordId: b.id });
    expect(entries.map((e) => e.action)).toEqual(['update', 'read', 'create']);
    const [update] = entries;
    expect(update).toMatchObject({ userEmail: 'admin@nice.example.org', actorOrgName: 'Ville de Nice', recordKind: 'briefing' });
    expect(Date.parse(update!.at)).toBeGreaterThan(Date.now() - 60_000);

    const first = await admin.audit({ limit: 2 });
    expect(first.entries).toHaveLength(2);
    expect(first.next).not.toBeNull();
    const second = await admin.audit({ limit: 2, before: first.next! });
    expect(Number(second.entries[0]!.id)).toBeLessThan(Number(first.entries[1]!.id));
  });

  it('exports CSV with a header row, one line per entry, and is itself audited', async () => {
    const admin = await platform.signedIn('admin@nice.example.org');
    const csv = await admin.auditCsv();
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,at,userEmail,actorOrgName,action,recordKind,recordId,clientAddress,detail');
    expect(lines.length).toBeGreaterThan(3);
    expect((await admin.audit({ action: 'export' })).entries).toHaveLength(1);
  });

  it('quotes CSV fields and defuses spreadsheet formulas', () => {
    expect(csvField(null)).toBe('');
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
  });
});
