import type { Locale } from '@pactesur/contracts';
import { formatsIn, GREY, line, renderPdf } from '../../exports/pdf-layout.ts';
import { fill } from '../../exports/report-i18n.ts';
import { CERTIFICATE_TEXT } from './certificate-text.ts';
import type { CourseRow, ParticipantRow } from './course-repository.ts';
import { attendanceOf } from './course-service.ts';

/** What a certificate prints: the course, its participant, the address that verifies its code, the language. */
export interface CertificateInput {
  readonly course: CourseRow;
  readonly participant: ParticipantRow;
  /** The web address where anyone checks the code. */
  readonly verifyUrl: string;
  readonly locale: Locale;
}

/** A participant's certificate of attendance, one A4 page. */
export function certificatePdf({ course, participant, verifyUrl, locale }: CertificateInput): Promise<Uint8Array<ArrayBuffer>> {
  const text = CERTIFICATE_TEXT[locale];
  const f = formatsIn(locale);
  const c = course.content;
  const hours = c.curriculum.reduce((n, x) => n + x.hours, 0);
  const share = `${f.number(attendanceOf(course, participant.attended) * 100)} %`;
  return renderPdf({ title: `${text.heading} — ${participant.name}` }, (doc) => {
    doc.moveDown(4);
    line(doc, text.heading, { size: 26, bold: true });
    line(doc, text.themes[c.theme], { size: 12, colour: GREY });
    doc.moveDown(2);
    line(doc, text.certifies, { size: 12 });
    doc.moveDown(0.5);
    line(doc, participant.name, { size: 22, bold: true });
    if (participant.function) line(doc, participant.function, { size: 11, colour: GREY });
    line(doc, fill(text.of, { org: participant.orgName }), { size: 12 });
    doc.moveDown(1);
    line(doc, text.attended, { size: 12 });
    doc.moveDown(0.5);
    line(doc, c.title, { size: 16, bold: true });
    line(doc, fill(text.dates, { from: f.day(course.startsAt.toISOString().slice(0, 10)), to: f.day(course.endsAt.toISOString().slice(0, 10)), share }), { size: 11 });
    if (hours > 0) line(doc, fill(text.hours, { hours: f.number(hours, hours % 1 === 0 ? 0 : 1) }), { size: 11 });
    line(doc, fill(text.organisedBy, { organiser: course.organiserOrgName, network: course.networkName }), { size: 11 });
    if (c.curriculum.length > 0) {
      doc.moveDown(1.5);
      line(doc, text.curriculum, { bold: true });
      for (const item of c.curriculum) line(doc, `• ${item.title} (${f.number(item.hours, item.hours % 1 === 0 ? 0 : 1)} h)`, { size: 9 });
    }
    if (c.trainers.length > 0) {
      doc.moveDown(1);
      line(doc, text.trainers, { bold: true });
      line(doc, c.trainers.map((t) => [t.name, t.organisation].filter(Boolean).join(', ')).join(' · '), { size: 9 });
    }
    doc.moveDown(3);
    line(doc, fill(text.verify, { code: participant.certificateCode, url: verifyUrl }), { size: 9, colour: GREY });
  });
}
