import type { PactesurClient } from '@pactesur/api-client';
import type { SaveCourseInput } from '@pactesur/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError } from '../../../test/api-error.ts';
import { startNetworkClients, type NetworkClients } from '../../../test/network-clients.ts';
import { pdfWords } from '../../../test/pdf-words.ts';

let t: NetworkClients;
/** Madrid's admin: associated in PACTESUR, a consortium partner of PACTESUR 2. */
let madrid: PactesurClient;

beforeAll(async () => {
  t = await startNetworkClients();
  madrid = await t.platform.signedIn('admin@madrid.example.org');
}, 240_000);
afterAll(() => t?.platform.close());

const DAY = 86_400_000;
const at = (days: number, hour: number) => new Date(Math.floor(Date.now() / DAY) * DAY + days * DAY + hour * 3_600_000).toISOString();

/** An academy held over the last two days, to which the officers who came are enrolled afterwards. */
const ACADEMY: SaveCourseInput = {
  title: 'Police academy: securing mass events',
  theme: 'hostile-vehicle-mitigation',
  description: 'Two days with the municipal police of Nice on the Promenade des Anglais.',
  languages: ['en', 'fr'],
  curriculum: [
    { title: 'Vehicle threat on a promenade', hours: 3 },
    { title: 'Placing temporary barriers', hours: 4.5, objectives: 'Close an access in 20 minutes.' },
  ],
  trainers: [{ name: 'Cdt. Sophie Moreau', organisation: 'Police municipale de Nice' }],
  sessions: [
    { id: 'day-1', title: 'Day 1', startsAt: at(-2, 8), endsAt: at(-2, 16), place: 'Nice' },
    { id: 'day-2', title: 'Day 2', startsAt: at(-1, 8), endsAt: at(-1, 16), place: 'Nice' },
  ],
  places: 2,
  enrolmentCloses: at(3, 0),
  public: false,
};

describe('training', () => {
  let id = '';

  it('is kept by the network’s lead, read by its members, its public courses by anyone', async () => {
    const course = await t.nice.createCourse({ network: 'pactesur', course: ACADEMY });
    id = course.id;
    expect(course).toMatchObject({ stage: 'ended', hours: 7.5, taken: 0, enrolmentOpen: true, canManage: true, organiserOrgName: expect.stringContaining('Nice') as string });
    expect(await apiError(t.london.createCourse({ network: 'pactesur', course: ACADEMY }))).toMatchObject({ status: 403 });
    expect((await t.london.listCourses('pactesur')).map((c) => c.id)).toContain(id);
    expect(await apiError(t.sdis.getCourse(id))).toMatchObject({ status: 404 });
    expect(await apiError(t.publicReader.getCourse(id))).toMatchObject({ status: 404 });
    const open = await t.nice.createCourse({ network: 'pactesur', course: { ...ACADEMY, title: 'Crisis communication', theme: 'crisis-communication', public: true } });
    expect((await t.publicReader.listCourses()).map((c) => c.title)).toEqual(['Crisis communication']);
    await t.nice.deleteCourse(open.id);
    expect(await apiError(t.nice.createCourse({ network: 'pactesur', course: { ...ACADEMY, sessions: [{ ...ACADEMY.sessions[0]!, endsAt: at(-3, 0) }] } }))).toMatchObject({ status: 400 });
  });

  it('enrols the members’ people within the places, each organisation reading its own', async () => {
    await t.london.enrolInCourse(id, { name: 'Sgt. Amelia Hart', function: 'Counter-terrorism security adviser' });
    await t.munich.enrolInCourse(id, { name: 'PHK Jonas Weber' });
    expect(await apiError(madrid.enrolInCourse(id, { name: 'Agente Lucía Gómez' }))).toMatchObject({ status: 409, code: 'conflict' });
    expect(await apiError(t.sdis.enrolInCourse(id, { name: 'Lt. Paul Roux' }))).toMatchObject({ status: 404 });
    expect(await apiError(t.london.enrolInCourse(id, { name: '' }))).toMatchObject({ status: 400 });
    expect((await t.london.getCourse(id)).participants.map((p) => p.name)).toEqual(['Sgt. Amelia Hart']);
    expect((await t.nice.getCourse(id)).participants.map((p) => p.name).sort()).toEqual(['PHK Jonas Weber', 'Sgt. Amelia Hart']);
    expect((await madrid.getCourse(id)).canEnrol).toBe(false);
  });

  it('records attendance by session; enough of it, once the course is over, earns a certificate anyone can check', async () => {
    const { participants } = await t.nice.getCourse(id);
    const hart = participants.find((p) => p.name.includes('Hart'))!;
    const weber = participants.find((p) => p.name.includes('Weber'))!;
    await t.nice.markAttendance(id, { participantId: hart.id, sessionId: 'day-1', present: true });
    await t.nice.markAttendance(id, { participantId: hart.id, sessionId: 'day-2', present: true });
    const marked = await t.nice.markAttendance(id, { participantId: weber.id, sessionId: 'day-1', present: true });
    expect(marked.participants.map((p) => [p.name, p.attendance, p.certified])).toEqual(
      expect.arrayContaining([
        ['Sgt. Amelia Hart', 1, true],
        ['PHK Jonas Weber', 0.5, false],
      ]),
    );
    expect(await apiError(t.london.markAttendance(id, { participantId: hart.id, sessionId: 'day-2', present: false }))).toMatchObject({ status: 403 });
    expect(await apiError(t.nice.markAttendance(id, { participantId: hart.id, sessionId: 'day-9', present: true }))).toMatchObject({ status: 404 });

    const pdf = await t.london.certificatePdf(id, hart.id, 'fr');
    const words = pdfWords(pdf);
    expect(words).toContain('Attestation de formation');
    expect(words).toContain('Sgt. Amelia Hart');
    const code = (await t.london.getCourse(id)).participants[0]!.certificateCode!;
    expect(words).toContain(code);
    expect(await apiError(t.munich.certificatePdf(id, hart.id))).toMatchObject({ status: 404 });
    expect(await apiError(t.munich.certificatePdf(id, weber.id))).toMatchObject({ status: 409, code: 'not_certified' });

    expect(await t.publicReader.checkCertificate(code.toLowerCase())).toMatchObject({ code, name: 'Sgt. Amelia Hart', courseTitle: ACADEMY.title, hours: 7.5, attendance: 1 });
    expect(await apiError(t.publicReader.checkCertificate('ABCD-EFGH-JKMN'))).toMatchObject({ status: 404 });
    expect(await apiError(t.publicReader.checkCertificate('<script>'))).toMatchObject({ status: 404 });
    expect(await apiError(t.london.withdrawFromCourse(id, hart.id))).toMatchObject({ status: 409 });
  });

  it('takes attendance only of sessions that have started, and withdrawals until the course is over', async () => {
    const next = await t.nice.createCourse({
      network: 'pactesur',
      course: { ...ACADEMY, title: 'Academy, next spring', sessions: [{ id: 'one', title: 'One', startsAt: at(30, 8), endsAt: at(30, 16) }], enrolmentCloses: null },
    });
    expect(next).toMatchObject({ stage: 'upcoming', enrolmentOpen: true });
    const enrolled = await t.london.enrolInCourse(next.id, { name: 'PC Tom Reed', email: 'tom.reed@t.london.example.org' });
    const reed = enrolled.participants[0]!;
    expect(await apiError(t.nice.markAttendance(next.id, { participantId: reed.id, sessionId: 'one', present: true }))).toMatchObject({ status: 409 });
    expect(await apiError(t.munich.withdrawFromCourse(next.id, reed.id))).toMatchObject({ status: 404 });
    expect((await t.london.withdrawFromCourse(next.id, reed.id)).taken).toBe(0);
  });
});
