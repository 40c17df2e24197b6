/**
 * A change of a sensitive record and the audit entry that records it commit together: when the entry
 * cannot be written, the change is rolled back. The database is told to refuse chosen audit entries (a
 * trigger of this test's own database), which stands for a crash between the two writes.
 */
import type { PactesurClient } from '@pactesur/api-client';
import type { AuditAction, Site } from '@pactesur/contracts';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiError } from '../../test/api-error.ts';
import { startTestPlatform, type TestPlatform } from '../../test/harness.ts';
import { importExtract } from '../../test/register-site.ts';

let platform: TestPlatform;
let editor: PactesurClient;
let liegeId: string;
let extractId: string;
let site: Site;

/** From now on, the database refuses audit entries of `action` on records of `kind` (and only those). */
async function refuseAudit(action: AuditAction, kind: string): Promise<void> {
  await allowAudit();
  await sql`insert into test_refused_audit (action, record_kind) values (${action}, ${kind})`.execute(platform.database.db);
}

/** The database takes every audit entry again. */
async function allowAudit(): Promise<void> {
  await sql`delete from test_refused_audit`.execute(platform.database.db);
}

/** The call fails with 500 (the audit entry was refused), never with a refusal of the request itself. */
async function failsOnAudit(call: Promise<unknown>): Promise<void> {
  expect((await apiError(call)).status).toBe(500);
}

const jobCount = async (kind: string) =>
  Number((await sql<{ n: string }>`select count(*) as n from jobs where kind = ${kind}`.execute(platform.database.db)).rows[0]?.n);

beforeAll(async () => {
  platform = await startTestPlatform();
  editor = await platform.signedIn('editor@nice.example.org');
  liegeId = (await editor.listOrgs()).find((o) => o.slug === 'liege')!.id;
  const extract = await importExtract(editor, 'breda-grote-markt.osm');
  extractId = extract.id;
  site = await editor.createSite({ extractId, candidate: extract.candidates.findIndex((c) => c.name === 'Grote Markt') });
  await sql
    .raw(
      `create table test_refused_audit (action text not null, record_kind text not null);
       create function test_refuse_audit() returns trigger language plpgsql as $$
       begin
         if exists (select 1 from test_refused_audit r where r.action = new.action::text and r.record_kind = new.record_kind) then
           raise exception 'audit entry refused by the test';
         end if;
         return new;
       end $$;
       create trigger test_refuse_audit before insert on audit_log for each row execute function test_refuse_audit();`,
    )
    .execute(platform.database.db);
});
afterEach(allowAudit);
afterAll(() => platform.close());

describe('a record and its audit entry commit together', () => {
  it('sites: a creation, a change or a deletion whose entry fails leaves the register as it was', async () => {
    await refuseAudit('create', 'site');
    await failsOnAudit(editor.createSite({ extractId, candidate: 0, name: 'Never registered' }));
    expect((await editor.listSites()).map((s) => s.name)).not.toContain('Never registered');

    await refuseAudit('update', 'site');
    await failsOnAudit(editor.updateSite(site.id, { notes: 'Never written' }));
    expect((await editor.getSite(site.id)).notes).toBe(site.notes);

    await allowAudit();
    await editor.share('site', site.id, liegeId, 'read');
    await refuseAudit('delete', 'site');
    await failsOnAudit(editor.deleteSite(site.id));
    expect((await editor.getSite(site.id)).id).toBe(site.id);
    // Its shares were revoked in the same transaction, so they are still there.
    expect((await editor.listShares('site', site.id)).map((s) => s.orgId)).toEqual([liegeId]);
    await allowAudit();
    await editor.unshare('site', site.id, liegeId);
  });

  it('briefings: a creation, a change or a deletion whose entry fails is rolled back', async () => {
    await refuseAudit('create', 'briefing');
    await failsOnAudit(editor.createBriefing({ title: 'Never written', body: '' }));
    expect((await editor.listBriefings()).map((b) => b.title)).not.toContain('Never written');

    await allowAudit();
    const briefing = await editor.createBriefing({ title: 'Market day', body: 'Gates at 6:00.' });
    await refuseAudit('update', 'briefing');
    await failsOnAudit(editor.updateBriefing(briefing.id, { body: 'Never written' }));
    expect((await editor.getBriefing(briefing.id)).body).toBe('Gates at 6:00.');

    await refuseAudit('delete', 'briefing');
    await failsOnAudit(editor.deleteBriefing(briefing.id));
    expect((await editor.getBriefing(briefing.id)).title).toBe('Market day');
  });

  it('shares: a share granted or revoked without its entry is not granted or revoked', async () => {
    const briefing = await editor.createBriefing({ title: 'Shared notes', body: '' });
    await refuseAudit('share', 'briefing');
    await failsOnAudit(editor.share('briefing', briefing.id, liegeId, 'read'));
    expect(await editor.listShares('briefing', briefing.id)).toEqual([]);

    await allowAudit();
    await editor.share('briefing', briefing.id, liegeId, 'read');
    await refuseAudit('unshare', 'briefing');
    await failsOnAudit(editor.unshare('briefing', briefing.id, liegeId));
    expect((await editor.listShares('briefing', briefing.id)).map((s) => s.orgId)).toEqual([liegeId]);
  });

  it('job-computed records: no analysis and no job is left when the analysis is not audited', async () => {
    const jobsBefore = await jobCount('vehicle.threat');
    await refuseAudit('create', 'threat-analysis');
    await failsOnAudit(editor.startThreatAnalysis(site.id, { classes: ['car'], sensitivity: false }));
    expect(await editor.listThreatAnalyses(site.id)).toEqual([]);
    expect(await jobCount('vehicle.threat')).toBe(jobsBefore);
  });

  it('jobs: a job whose creation is not audited is neither stored nor run', async () => {
    const jobsBefore = await jobCount('diagnostic.count-primes');
    await refuseAudit('create', 'job');
    await failsOnAudit(editor.startJob({ kind: 'diagnostic.count-primes', input: { limit: 1000 } }));
    expect(await jobCount('diagnostic.count-primes')).toBe(jobsBefore);
  });
});
