import { deflateSync } from 'node:zlib';
import {
  Assessment,
  LOCALES,
  type Locale,
  type ProposedMeasure,
  type RankedMeasure,
} from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { pdfPageCount, pdfPages, pdfWords } from '../../../test/pdf-words.ts';
import { assessmentReportPdf } from './assessment-report.ts';
import { ASSESSMENT_REPORT_TEXT } from './assessment-report-text.ts';

const ORG = '11111111-1111-4111-8111-111111111111';
const SITE = '22222222-2222-4222-8222-222222222222';
const ID = '33333333-3333-4333-8333-333333333333';
const SOURCE = '44444444-4444-4444-8444-444444444444';
const USER = '55555555-5555-4555-8555-555555555555';

const bollards: ProposedMeasure = {
  id: 'bollards',
  title: 'Certified bollards on the north side',
  kind: 'built',
  costEur: 120_000,
  owner: 'Direction de la voirie',
  dueDate: '2025-09-30',
  status: 'planned',
  changes: [{ threat: 'vehicle-ramming', likelihood: 2 }],
};
const stewards: ProposedMeasure = {
  id: 'stewards',
  title: 'Stewards trained in bag searches',
  kind: 'organisational',
  costEur: 0,
  owner: 'Police municipale',
  dueDate: null,
  status: 'proposed',
  changes: [{ threat: 'person-borne-ied', likelihood: 1 }],
};

/**
 * An assessment as the service answers it, everything computed: three scored scenarios (vehicle ramming at
 * an event 4 × 5, firearms on a normal day 3 × 5, a person-borne IED on a market day 2 × 4), two proposed
 * measures, four indicators (one stale, one overridden), CARVER + Shock, a comment and a photo. `measures`
 * replaces the proposed measures (and their ranking) when given.
 */
function assessmentFixture(measures?: ProposedMeasure[]): Assessment {
  const proposed = measures ?? [bollards, stewards];
  const ranked: RankedMeasure[] = measures
    ? proposed.map((m, k) => ({
        id: m.id,
        title: m.title,
        costEur: m.costEur,
        riskReduced: 200 - k,
        riskReducedPerMEur: (200 - k) / (m.costEur / 1e6),
      }))
    : [
        { id: 'stewards', title: stewards.title, costEur: 0, riskReduced: 4, riskReducedPerMEur: null },
        {
          id: 'bollards',
          title: bollards.title,
          costEur: 120_000,
          riskReduced: 10,
          riskReducedPerMEur: 83.33,
        },
      ];
  const input: z.input<typeof Assessment> = {
    id: ID,
    ownerOrgId: ORG,
    ownerOrgName: 'Ville de Nice',
    siteId: SITE,
    siteName: 'Place Masséna',
    title: 'Place Masséna 2025',
    version: 2,
    parentId: null,
    status: 'draft',
    step: 'results',
    headline: {
      scored: 3,
      highestRisk: 20,
      highestBand: 'very-high',
      totalRisk: 43,
      bands: { low: 0, medium: 1, high: 1, 'very-high': 1 },
      measures: proposed.length,
      measuresCostEur: 120_000,
    },
    createdAt: '2025-02-01T08:00:00.000Z',
    updatedAt: '2025-03-10T16:45:00.000Z',
    access: 'owner',
    revision: 17,
    createdByName: 'Claire Martin',
    content: {
      category: 'square',
      scope: 'The square and the tram stop, from the Jardin Albert Ier to the Avenue Jean Médecin.',
      threatLevel: 4,
      team: [
        { id: 't1', name: 'Claire Martin', organisation: 'Ville de Nice', role: 'lead' },
        { id: 't2', name: 'Marc Rossi', organisation: 'Police nationale', role: 'police' },
      ],
      existingMeasures: [
        { id: 'e1', kind: 'built', description: 'Planters along the tram line', source: 'osm' },
        { id: 'e2', kind: 'organisational', description: 'CCTV watched from the town hall', source: 'user' },
      ],
      scenarios: [
        {
          threat: 'vehicle-ramming',
          when: 'event',
          likelihood: 4,
          impact: 5,
          who: '',
          how: '',
          where: '',
          likelihoodWhy: '',
          impactWhy: '',
          evidence: [],
          existingMeasureIds: ['e1'],
        },
        {
          threat: 'firearms',
          when: 'normal-day',
          likelihood: 3,
          impact: 5,
          who: '',
          how: '',
          where: '',
          likelihoodWhy: '',
          impactWhy: '',
          evidence: [],
          existingMeasureIds: ['e2'],
        },
        {
          threat: 'person-borne-ied',
          when: 'market-day',
          likelihood: 2,
          impact: 4,
          who: '',
          how: '',
          where: '',
          likelihoodWhy: '',
          impactWhy: '',
          evidence: [],
          existingMeasureIds: [],
        },
      ],
      measures: proposed,
      carver: {
        criticality: 7,
        accessibility: 8,
        recuperability: 4,
        vulnerability: 6,
        effect: 7,
        recognizability: 9,
        shock: 8,
      },
      martyn: { capacity: 5_000, inPlace: ['evacuation', 'communication'] },
    },
    indicators: [
      {
        key: 'vehicle-accessibility',
        value: 0.42,
        unit: 'share',
        detail: null,
        sources: [
          {
            kind: 'threat-analysis',
            id: SOURCE,
            name: 'Masséna vehicle analysis',
            at: '2025-02-20T10:00:00.000Z',
          },
        ],
        computedAt: '2025-02-21T10:00:00.000Z',
        stale: true,
        staleBecause: 'newer',
        override: null,
      },
      {
        key: 'crowd-exposure',
        value: 12_000,
        unit: 'people',
        detail: null,
        sources: [
          { kind: 'crowd-simulation', id: SOURCE, name: 'Carnival crowd', at: '2025-02-22T10:00:00.000Z' },
        ],
        computedAt: '2025-02-22T11:00:00.000Z',
        stale: false,
        staleBecause: null,
        override: {
          value: 15_000,
          reason: 'The carnival parade brings more people than the simulation',
          byName: 'Claire Martin',
          at: '2025-03-01T09:00:00.000Z',
        },
      },
      {
        key: 'vehicle-energy',
        value: 1_850,
        unit: 'kJ',
        detail: null,
        sources: [],
        computedAt: '2025-02-21T10:00:00.000Z',
        stale: false,
        staleBecause: null,
        override: null,
      },
      {
        key: 'built-measures',
        value: null,
        unit: 'count',
        detail: null,
        sources: [],
        computedAt: '2025-02-21T10:00:00.000Z',
        stale: false,
        staleBecause: null,
        override: null,
      },
    ],
    suggestions: [],
    register: [
      {
        threat: 'vehicle-ramming',
        when: 'event',
        likelihood: 4,
        impact: 5,
        risk: 20,
        band: 'very-high',
        existingMeasures: ['Planters along the tram line'],
        proposedMeasures: ['bollards'],
        residualRisk: 10,
        residualBand: 'high',
        owner: bollards.owner,
        dueDate: bollards.dueDate,
      },
      {
        threat: 'firearms',
        when: 'normal-day',
        likelihood: 3,
        impact: 5,
        risk: 15,
        band: 'high',
        existingMeasures: ['CCTV watched from the town hall'],
        proposedMeasures: [],
        residualRisk: 15,
        residualBand: 'high',
        owner: '',
        dueDate: null,
      },
      {
        threat: 'person-borne-ied',
        when: 'market-day',
        likelihood: 2,
        impact: 4,
        risk: 8,
        band: 'medium',
        existingMeasures: [],
        proposedMeasures: ['stewards'],
        residualRisk: 4,
        residualBand: 'low',
        owner: stewards.owner,
        dueDate: null,
      },
    ],
    rankedMeasures: ranked,
    carverTotal: 49,
    martyn: {
      capacity: 5_000,
      tier: 'enhanced',
      missing: [
        'invacuation',
        'lockdown',
        'monitoring',
        'movement-control',
        'physical-safety',
        'information-security',
      ],
    },
    comments: [
      {
        id: SOURCE,
        authorName: 'Marc Rossi',
        authorId: USER,
        about: 'vehicle-ramming',
        body: 'The delivery lane on the east side is open during the carnival.',
        createdAt: '2025-03-02T14:00:00.000Z',
      },
    ],
    photos: [
      {
        id: SOURCE,
        filename: 'north-entrance.jpg',
        contentType: 'image/jpeg',
        bytes: 183_000,
        caption: 'North entrance',
        locationKept: false,
        createdAt: '2025-03-02T14:05:00.000Z',
        byName: 'Marc Rossi',
      },
    ],
  };
  return Assessment.parse(input);
}

const reader = { name: 'Ana Reader', orgName: 'Métropole Nice Côte d’Azur' };
const at = new Date('2025-03-14T09:30:00Z');

/** A template's text with its placeholders as a pattern: given values where named, anything else elsewhere. */
function templatePattern(template: string, values: Record<string, string>): RegExp {
  const parts = template.split(/(\{\w+\})/).map((p) => {
    const name = /^\{(\w+)\}$/.exec(p)?.[1];
    if (name === undefined) return p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const value = values[name];
    return value === undefined ? '.+' : value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  return new RegExp(parts.join(''));
}

async function report(locale: Locale, assessment = assessmentFixture()) {
  const pdf = await assessmentReportPdf({ assessment, reader, at, locale });
  const pages = pdfPages(pdf);
  return { pdf, pages, words: pdfWords(pdf), flat: pdfWords(pdf).replace(/\s+/g, ' ') };
}

/** Checks that every page carries the diagonal stamp once and the line naming its reader. */
function expectWatermarkOnEveryPage(pdf: Uint8Array, pages: string[], locale: Locale): void {
  const text = ASSESSMENT_REPORT_TEXT[locale];
  expect(pages.length).toBe(pdfPageCount(pdf));
  const foot = templatePattern(text.exportedBy, { name: reader.name, org: reader.orgName });
  for (const [k, page] of pages.entries()) {
    expect(
      page.split('\n').filter((l) => l === text.confidential),
      `page ${k + 1}`,
    ).toHaveLength(1);
    expect(page.replace(/\n/g, ' '), `page ${k + 1}`).toMatch(foot);
    expect(page, `page ${k + 1}`).toContain(`${k + 1}`);
  }
}

describe('the assessment report in the reader’s language', () => {
  it.each(LOCALES)(
    '%s: the register rows with their threats and numbers, the stamp and the reader on every page',
    async (locale) => {
      const text = ASSESSMENT_REPORT_TEXT[locale];
      const { pdf, pages, flat } = await report(locale);
      expect(pages.length).toBeGreaterThanOrEqual(2);
      expectWatermarkOnEveryPage(pdf, pages, locale);
      const b = text.bands;
      for (const row of [
        [text.threats['vehicle-ramming'], text.occasions.event, 4, 5, 20, b['very-high'], `10 (${b.high})`],
        [text.threats.firearms, text.occasions['normal-day'], 3, 5, 15, b.high, `15 (${b.high})`],
        [text.threats['person-borne-ied'], text.occasions['market-day'], 2, 4, 8, b.medium, `4 (${b.low})`],
      ])
        expect(flat).toContain(row.join(' '));
      // The register keeps its order: highest risk first.
      const table = flat.indexOf(text.register);
      const positions = [
        text.threats['vehicle-ramming'],
        text.threats.firearms,
        text.threats['person-borne-ied'],
      ].map((t) => flat.indexOf(t, table));
      expect(positions.every((p) => p > table)).toBe(true);
      expect(positions).toEqual([...positions].sort((x, y) => x - y));
      // The heat map: likelihood 5 to 1 down the rows, impact 1 to 5 across, each cell the number of scenarios in it.
      const a = assessmentFixture();
      const cells = [5, 4, 3, 2, 1].flatMap((l) =>
        [1, 2, 3, 4, 5].map((i) => a.register.filter((r) => r.likelihood === l && r.impact === i).length),
      );
      expect(cells.filter((n) => n > 0)).toHaveLength(3);
      expect(flat).toContain(
        `${text.matrix} ${cells.join(' ')} 1 2 3 4 5 1 2 3 4 5 ${text.likelihood} ${text.impact}`,
      );
      for (const heading of [
        text.register,
        text.matrix,
        text.indicators,
        text.carver,
        text.martyn,
        text.team,
        text.existing,
      ])
        expect(flat).toContain(heading);
    },
  );

  it('says everything in French, with no English word or internal id left', async () => {
    const { flat, pages } = await report('fr');
    for (const expected of [
      'Évaluation de vulnérabilité : Place Masséna 2025',
      'Attaque à la voiture-bélier Événement 4 5 20 très élevé 10 (élevé)',
      'Attaque aux armes à feu Jour ordinaire 3 5 15 élevé 15 (élevé)',
      'Engin explosif porté par une personne Jour de marché 2 4 8 moyen 4 (faible)',
      'Niveau de menace national : 4 / 5',
      'Catégorie : Place',
      'Claire Martin Ville de Nice Pilote',
      'Organisationnelles',
      "Manquant : Mise à l'abri à l'intérieur, Confinement, Surveillance",
      'Total : 49 / 70',
      'périmé : une source plus récente existe',
      'Valeur remplacée par Claire Martin le 1 mars 2025',
      '15 000 personnes',
      '42 %',
      '1 850 kJ',
      'non calculé',
      'sans coût',
      '120 000 €',
      '30 sept. 2025',
      'à propos de : Attaque à la voiture-bélier',
      'Exporté par Ana Reader (Métropole Nice Côte d’Azur) le 14 mars 2025 à 09:30 UTC',
    ])
      expect(flat).toContain(expected);
    expect(pages[0]).toContain('CONFIDENTIEL');
    for (const english of [
      'Risk register',
      'Likelihood',
      'vehicle-ramming',
      'very-high',
      'normal-day',
      'very high',
      'Exported by',
      'CONFIDENTIAL',
      'Stale',
      'invacuation',
    ])
      expect(flat).not.toContain(english);
  });

  it('names the reader and the time of export in English as a reader in London reads it', async () => {
    const { flat } = await report('en');
    expect(flat).toContain(
      'Exported by Ana Reader (Métropole Nice Côte d’Azur) on 14 March 2025 at 09:30 UTC',
    );
    expect(flat).toContain('Vehicle ramming Event 4 5 20 very high 10 (high)');
    expect(flat).toContain(
      'Overridden by Claire Martin on 1 March 2025 at 09:00: 15,000 people (computed: 12,000 people)',
    );
    expect(flat).toContain('1 Stewards trained in bag searches 0 € Police municipale 4 no cost');
    expect(flat).toContain(
      '2 Certified bollards on the north side 120,000 € Direction de la voirie 30 Sept 2025 10 83.3',
    );
  });

  it('flows 200 proposed measures onto new pages, each with its header, the stamp and the reader', async () => {
    const many = Array.from({ length: 200 }, (_, k): ProposedMeasure => ({
      ...bollards,
      id: `m${k + 1}`,
      title: `Measure number ${k + 1}`,
      costEur: 1_000 * (k + 1),
    }));
    for (const locale of LOCALES) {
      const { pdf, pages, words } = await report(locale, assessmentFixture(many));
      expect(pages.length).toBeGreaterThanOrEqual(5);
      expectWatermarkOnEveryPage(pdf, pages, locale);
      const lines = words.split('\n');
      for (let k = 1; k <= 200; k++) expect(lines.filter((l) => l === `Measure number ${k}`)).toHaveLength(1);
      // Every page the table reaches after its first starts with the table's header again.
      const header = ASSESSMENT_REPORT_TEXT[locale].measureColumns.title;
      const withMeasures = pages.filter((p) => p.includes('Measure number'));
      expect(withMeasures.length).toBeGreaterThanOrEqual(4);
      for (const p of withMeasures) expect(p.split('\n')).toContain(header);
    }
  });

  it('shows text the standard fonts lack as near letters, and survives long and hostile text', async () => {
    const a = assessmentFixture();
    const hostile: Assessment = {
      ...a,
      title: 'Plac Wolności – Łódź 🚧',
      content: {
        ...a.content,
        scope: 'Ωμέγα '.repeat(900),
        team: [{ id: 't1', name: '(Ann) \\ <b> )(', organisation: '', role: 'other' }],
      },
      comments: [],
      photos: [],
    };
    const { flat, pdf, pages } = await report('en', hostile);
    expect(flat).toContain('Vulnerability assessment: Plac Wolnosci – Lódz ?');
    expect(flat).toContain('(Ann) \\ <b> )(');
    expect(pages.length).toBe(pdfPageCount(pdf));
    expectWatermarkOnEveryPage(pdf, pages, 'en');
  });

  it('says so when nothing is scored, proposed or computed', async () => {
    const a = assessmentFixture();
    const empty: Assessment = {
      ...a,
      register: [],
      rankedMeasures: [],
      indicators: [],
      headline: { ...a.headline, scored: 0, highestRisk: null, highestBand: null, totalRisk: 0 },
      content: { ...a.content, team: [], existingMeasures: [], carver: null },
    };
    const { flat } = await report('it', empty);
    const text = ASSESSMENT_REPORT_TEXT.it;
    for (const expected of [
      text.nothingScored,
      text.noMeasures,
      text.noIndicators,
      text.noTeam,
      text.noExisting,
    ])
      expect(flat).toContain(expected);
    expect(flat).not.toContain(text.carver);
  });
});

describe('the report’s words', () => {
  it('has every key of English, filled, in every language', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        v !== null && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
      );
    const en = keys(ASSESSMENT_REPORT_TEXT.en).sort();
    for (const locale of LOCALES) {
      expect(keys(ASSESSMENT_REPORT_TEXT[locale]).sort(), locale).toEqual(en);
      const values = (o: object): string[] =>
        Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : values(v as object)));
      for (const v of values(ASSESSMENT_REPORT_TEXT[locale])) expect(v.trim(), locale).not.toBe('');
    }
    // Translated, not copied: the languages share few words with English.
    for (const locale of ['fr', 'es', 'it'] as const) {
      const same = Object.entries(ASSESSMENT_REPORT_TEXT[locale].threats).filter(
        ([k, v]) =>
          v === ASSESSMENT_REPORT_TEXT.en.threats[k as keyof typeof ASSESSMENT_REPORT_TEXT.en.threats],
      );
      expect(same, locale).toEqual([]);
    }
  });
});

describe('pdfWords', () => {
  /** A PDF written by hand: one page whose content stream is given as it is (not deflated) or deflated. */
  function handPdf(content: string, deflated: boolean): Uint8Array {
    const body = deflated ? deflateSync(Buffer.from(content, 'latin1')) : Buffer.from(content, 'latin1');
    const parts = [
      '%PDF-1.4\n',
      '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n',
      '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n',
      '3 0 obj\n<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>\nendobj\n',
      `4 0 obj\n<< /Length ${body.length}${deflated ? ' /Filter /FlateDecode' : ''} >>\nstream\n`,
    ];
    return new Uint8Array(
      Buffer.concat([
        Buffer.from(parts.join(''), 'latin1'),
        body,
        Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1'),
      ]),
    );
  }

  const content = [
    'BT /F1 12 Tf 72 712 Td',
    '(Literal \\(nested (parens)\\) and \\\\ backslash) Tj',
    "(Octal \\351t\\351 and a line\\\nbreak) '",
    '<48657820e9> Tj',
    '[(Kern) -120 (ed) 30 <2074657874>] TJ',
    '% a comment (not text) Tj',
    '1 2 (Quote operator) "',
    '<80 93 94> Tj',
    'ET',
  ].join('\n');

  it.each([false, true])('reads Tj, TJ, \' and " with literal and hex strings (deflated: %s)', (deflated) => {
    const pdf = handPdf(content, deflated);
    expect(pdfWords(pdf).split('\n')).toEqual([
      'Literal (nested (parens)) and \\ backslash',
      'Octal été and a linebreak',
      'Hex é',
      'Kerned text',
      'Quote operator',
      '€“”',
    ]);
    expect(pdfPages(pdf)).toEqual([pdfWords(pdf)]);
    expect(pdfPageCount(pdf)).toBe(1);
  });

  it('reads nothing from a stream in a filter it does not decode, and does not throw on a cut file', () => {
    const pdf = Buffer.from(handPdf(content, false))
      .toString('latin1')
      .replace('/Length', '/Filter /DCTDecode /Length');
    expect(pdfWords(new Uint8Array(Buffer.from(pdf, 'latin1')))).toBe('');
    const cut = handPdf(content, true).subarray(0, 300);
    expect(() => pdfWords(cut)).not.toThrow();
    expect(() => pdfPages(cut)).not.toThrow();
  });
});
