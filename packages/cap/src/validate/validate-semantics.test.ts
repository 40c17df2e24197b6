// One test per rule of the semantic layer (ALERTS.md "Rules beyond the XSD"), each on a real message of
// data/cap/ with one thing broken, asserting the rule's code, level and path.
import { describe, expect, it } from 'vitest';
import { readCap } from '../read.ts';
import { VALID_MESSAGES } from '../test-support/fixtures.ts';
import { SEMANTIC_CODES } from './finding.ts';
import { MAX_POLYGON_POINTS } from './geometry.ts';
import { expectFinding, variant } from './test-support/variant.ts';
import { MAX_ALERT_POLYGON_POINTS, validateSemantics } from './validate-semantics.ts';

const STORM = '02-oasis-a2'; // Alert, one info, polygon, expires, senderName, headline
const QUAKE = '03-oasis-a3'; // Update with one reference, circle of radius 0, no expires
const AMBER = '04-oasis-a4'; // two infos (en-US, es-US), geocode areas
const TSUNAMI = '06-noaa'; // Update naming three earlier messages
const DWD = '09-de-dwd'; // areas with altitude and ceiling

const STORM_POLYGON = '38.47,-120.14 38.34,-119.95 38.52,-119.74 38.62,-119.89 38.47,-120.14';

const check = (
  name: string,
  edits: Parameters<typeof variant>[1] = [],
  options?: Parameters<typeof validateSemantics>[1],
) => validateSemantics(variant(name, edits), options);

describe('the real messages', () => {
  it.each(VALID_MESSAGES.map((m) => [m.name, m.text] as const))('%s breaks no rule', (_name, text) => {
    const r = readCap(text);
    if (!r.ok) throw new Error(r.message);
    const findings = validateSemantics(r.alert);
    expect(findings.filter((f) => f.level === 'error')).toEqual([]);
    for (const f of findings) expect(SEMANTIC_CODES[f.code as keyof typeof SEMANTIC_CODES]).toBe(f.level);
  });
});

describe('the alert', () => {
  it('MISSING_REQUIRED_ELEMENT: a required element missing or empty', () => {
    expectFinding(
      check(STORM, [{ from: '<event>SEVERE THUNDERSTORM</event>', to: '' }]),
      'MISSING_REQUIRED_ELEMENT',
      'error',
      'alert/info[0]/event',
    );
    expectFinding(
      check(STORM, [{ from: '<status>Actual</status>', to: '<status> </status>' }]),
      'MISSING_REQUIRED_ELEMENT',
      'error',
      'alert/status',
    );
  });

  it('INVALID_DATE: a time in Z, without offset, or that does not exist', () => {
    const z = expectFinding(
      check(STORM, [{ from: '<sent>2003-06-17T14:57:00-07:00', to: '<sent>2003-06-17T21:57:00Z' }]),
      'INVALID_DATE',
      'error',
      'alert/sent',
    );
    expect(z.message).toMatch(/Z: CAP writes UTC as -00:00/);
    expectFinding(
      check(STORM, [{ from: '<expires>2003-06-17T16:00:00-07:00', to: '<expires>2003-06-17T16:00:00' }]),
      'INVALID_DATE',
      'error',
      'alert/info[0]/expires',
    );
    expectFinding(
      check(STORM, [
        { from: '<expires>2003-06-17T16:00:00-07:00', to: '<expires>2003-02-29T16:00:00-07:00' },
      ]),
      'INVALID_DATE',
      'error',
      'alert/info[0]/expires',
    );
  });

  it('INVALID_IDENTIFIER: an identifier with a space, comma, < or &', () => {
    expectFinding(
      check(STORM, [{ from: 'KSTO1055887203', to: 'KSTO 1055887203' }]),
      'INVALID_IDENTIFIER',
      'error',
      'alert/identifier',
    );
    expectFinding(
      check(STORM, [{ from: 'KSTO1055887203', to: 'KSTO&amp;1055887203' }]),
      'INVALID_IDENTIFIER',
      'error',
      'alert/identifier',
    );
  });

  it('INVALID_SENDER: a sender with a space, comma, < or &', () => {
    expectFinding(
      check(STORM, [{ from: 'KSTO@NWS.NOAA.GOV', to: 'KSTO@NWS.NOAA.GOV,KSTO' }]),
      'INVALID_SENDER',
      'error',
      'alert/sender',
    );
  });

  it('INVALID_ENUM_VALUE: a value outside the standard list', () => {
    const f = expectFinding(
      check(STORM, [{ from: '<urgency>Immediate</urgency>', to: '<urgency>Now</urgency>' }]),
      'INVALID_ENUM_VALUE',
      'error',
      'alert/info[0]/urgency',
    );
    expect(f.message).toMatch(/"Now", not one of Immediate, Expected, Future, Past, Unknown/);
    expectFinding(
      check(STORM, [
        { from: '<category>Met</category>', to: '<category>Met</category><category>Weather</category>' },
      ]),
      'INVALID_ENUM_VALUE',
      'error',
      'alert/info[0]/category[1]',
    );
  });

  it('RESTRICTION_SCOPE_MISMATCH: a restriction on an alert that is not Restricted', () => {
    const edits = [
      { from: '<scope>Public</scope>', to: '<scope>Public</scope><restriction>police only</restriction>' },
    ];
    expectFinding(check(STORM, edits), 'RESTRICTION_SCOPE_MISMATCH', 'error', 'alert/restriction');
    // The same restriction on a Restricted alert is what it is for.
    expect(
      check(STORM, [
        {
          from: '<scope>Public</scope>',
          to: '<scope>Restricted</scope><restriction>police only</restriction>',
        },
      ]).map((f) => f.code),
    ).not.toContain('RESTRICTION_SCOPE_MISMATCH');
  });

  it('ADDRESSES_SCOPE_MISMATCH: a Private alert without addresses', () => {
    expectFinding(
      check(STORM, [{ from: '<scope>Public</scope>', to: '<scope>Private</scope>' }]),
      'ADDRESSES_SCOPE_MISMATCH',
      'error',
      'alert/addresses',
    );
    const addressed = check(STORM, [
      { from: '<scope>Public</scope>', to: '<scope>Private</scope><addresses>prefet-06</addresses>' },
    ]);
    expect(addressed.map((f) => f.code)).not.toContain('ADDRESSES_SCOPE_MISMATCH');
  });
});

describe('references', () => {
  it('INVALID_REFERENCES: empty, or a triplet that is not sender,identifier,sent', () => {
    const ref = 'trinet@caltech.edu,TRI13970876.1,2003-06-11T20:30:00-07:00';
    const parts = expectFinding(
      check(QUAKE, [{ from: ref, to: 'trinet@caltech.edu,TRI13970876.1' }]),
      'INVALID_REFERENCES',
      'error',
      'alert/references',
    );
    expect(parts.message).toMatch(/2 comma-separated parts/);
    expectFinding(
      check(QUAKE, [{ from: ref, to: `${ref} trinet@caltech.edu,TRI13970876.0,2003-06-11T20:10:00Z` }]),
      'INVALID_REFERENCES',
      'error',
      'alert/references',
    );
    expectFinding(check(QUAKE, [{ from: ref, to: ' ' }]), 'INVALID_REFERENCES', 'error', 'alert/references');
  });

  it('CIRCULAR_REFERENCE: an alert naming itself', () => {
    const edits = [
      { from: 'TRI13970876.1,2003-06-11T20:30:00-07:00', to: 'TRI13970876.2,2003-06-11T20:56:00-07:00' },
    ];
    expectFinding(check(QUAKE, edits), 'CIRCULAR_REFERENCE', 'error', 'alert/references');
  });

  it('POSTDATED_REFERENCE: naming a message sent after this one', () => {
    const edits = [
      { from: 'TRI13970876.1,2003-06-11T20:30:00-07:00', to: 'TRI13970876.1,2003-06-11T21:30:00-07:00' },
    ];
    expectFinding(check(QUAKE, edits), 'POSTDATED_REFERENCE', 'warning', 'alert/references');
  });

  it('UPDATE_OR_CANCEL_MUST_REFERENCE: an Update naming nothing, or not every unexpired message of the episode', () => {
    const none = [
      { from: '<references>trinet@caltech.edu,TRI13970876.1,2003-06-11T20:30:00-07:00</references>', to: '' },
    ];
    expectFinding(check(QUAKE, none), 'UPDATE_OR_CANCEL_MUST_REFERENCE', 'error', 'alert/msgType');

    const named = [
      'PAAQ-1-mg5a94,2013-01-05T09:01:16-00:00',
      'PAAQ-2-mg5a94,2013-01-05T09:30:16-00:00',
      'PAAQ-3-mg5a94,2013-01-05T10:17:31-00:00',
    ];
    const episode = named.map((n) => {
      const [identifier = '', sent = ''] = n.split(',');
      return { sender: 'wcatwc@noaa.gov', identifier, sent };
    });
    // Every earlier message named: nothing to say; the message itself and later ones are not required.
    const later = {
      sender: 'wcatwc@noaa.gov',
      identifier: 'PAAQ-5-mg5a94',
      sent: '2013-01-05T12:00:00-00:00',
    };
    const self = {
      sender: 'wcatwc@noaa.gov',
      identifier: 'PAAQ-4-mg5a94',
      sent: '2013-01-05T10:38:53-00:00',
    };
    expect(check(TSUNAMI, [], { episode: [...episode, self, later] }).map((f) => f.code)).not.toContain(
      'UPDATE_OR_CANCEL_MUST_REFERENCE',
    );
    const missed = {
      sender: 'wcatwc@noaa.gov',
      identifier: 'PAAQ-0-mg5a94',
      sent: '2013-01-05T08:50:00-00:00',
    };
    const f = expectFinding(
      check(TSUNAMI, [], { episode: [missed, ...episode] }),
      'UPDATE_OR_CANCEL_MUST_REFERENCE',
      'error',
      'alert/references',
    );
    expect(f.message).toMatch(/1 missing: "wcatwc@noaa.gov,PAAQ-0-mg5a94,2013-01-05T08:50:00-00:00"/);
  });
});

describe('info', () => {
  it('INVALID_LANGUAGE: a language that is no RFC 3066 tag', () => {
    expectFinding(
      check(AMBER, [{ from: '<language>es-US</language>', to: '<language>es_US</language>' }]),
      'INVALID_LANGUAGE',
      'error',
      'alert/info[1]/language',
    );
  });

  it('EFFECTIVE_NOT_AFTER_EXPIRES: taking effect after expiring', () => {
    const late = [{ from: '<expires>', to: '<effective>2003-06-17T17:00:00-07:00</effective><expires>' }];
    expectFinding(check(STORM, late), 'EFFECTIVE_NOT_AFTER_EXPIRES', 'error', 'alert/info[0]/effective');
    // Without <effective>, an info takes effect when sent.
    const sentLate = [{ from: '<sent>2003-06-17T14:57:00-07:00', to: '<sent>2003-06-17T16:30:00-07:00' }];
    expectFinding(check(STORM, sentLate), 'EFFECTIVE_NOT_AFTER_EXPIRES', 'error', 'alert/info[0]/expires');
  });

  it('CERTAINTY_VERY_LIKELY_DEPRECATED: certainty "Very Likely"', () => {
    const findings = check(STORM, [
      { from: '<certainty>Observed</certainty>', to: '<certainty>Very Likely</certainty>' },
    ]);
    expectFinding(findings, 'CERTAINTY_VERY_LIKELY_DEPRECATED', 'error', 'alert/info[0]/certainty');
    expect(findings.map((f) => f.code)).not.toContain('INVALID_ENUM_VALUE');
  });

  it('TEXT_CONTAINS_HTML_TAGS: markup in a text field', () => {
    const edits = [
      {
        from: 'TAKE COVER IN A SUBSTANTIAL SHELTER',
        to: 'TAKE COVER &lt;b&gt;NOW&lt;/b&gt; IN A SUBSTANTIAL SHELTER',
      },
    ];
    expectFinding(check(STORM, edits), 'TEXT_CONTAINS_HTML_TAGS', 'warning', 'alert/info[0]/instruction');
    // Comparison signs are not markup.
    const signs = [{ from: 'HAIL...', to: 'WINDS &lt;50 MPH, GUSTS &gt;80 MPH, HAIL...' }];
    expect(check(STORM, signs).map((f) => f.code)).not.toContain('TEXT_CONTAINS_HTML_TAGS');
  });

  it('TEXT_CONTAINS_HTML_ENTITIES: an entity left in a text field after decoding', () => {
    const edits = [
      { from: '<headline>SEVERE THUNDERSTORM WARNING', to: '<headline>SEVERE&amp;nbsp;THUNDERSTORM WARNING' },
    ];
    expectFinding(check(STORM, edits), 'TEXT_CONTAINS_HTML_ENTITIES', 'warning', 'alert/info[0]/headline');
  });

  it('EXPIRES_IN_PAST: an info already expired at the time given', () => {
    const findings = check(STORM, [], { now: new Date('2003-06-18T00:00:00Z') });
    expectFinding(findings, 'EXPIRES_IN_PAST', 'warning', 'alert/info[0]/expires');
    expect(check(STORM, [], { now: new Date('2003-06-17T20:00:00Z') }).map((f) => f.code)).not.toContain(
      'EXPIRES_IN_PAST',
    );
  });

  it('EXPIRES_IS_RECOMMENDED: an info without expires', () => {
    expectFinding(
      check(STORM, [{ from: '<expires>2003-06-17T16:00:00-07:00</expires>', to: '' }]),
      'EXPIRES_IS_RECOMMENDED',
      'recommendation',
      'alert/info[0]/expires',
    );
  });

  it('HEADLINE_IS_RECOMMENDED: an info without headline', () => {
    expectFinding(
      check(STORM, [{ from: '<headline>SEVERE THUNDERSTORM WARNING</headline>', to: '' }]),
      'HEADLINE_IS_RECOMMENDED',
      'recommendation',
      'alert/info[0]/headline',
    );
  });

  it('HEADLINE_TOO_LONG: a headline past 140 characters', () => {
    const edits = [
      {
        from: '<headline>SEVERE THUNDERSTORM WARNING',
        to: `<headline>${'SEVERE THUNDERSTORM WARNING '.repeat(6)}`,
      },
    ];
    expectFinding(check(STORM, edits), 'HEADLINE_TOO_LONG', 'recommendation', 'alert/info[0]/headline');
  });

  it('SENDER_NAME_STRONGLY_RECOMMENDED: an info without senderName', () => {
    const edits = [{ from: '<senderName>NATIONAL WEATHER SERVICE SACRAMENTO CA</senderName>', to: '' }];
    expectFinding(
      check(STORM, edits),
      'SENDER_NAME_STRONGLY_RECOMMENDED',
      'recommendation',
      'alert/info[0]/senderName',
    );
  });
});

describe('areas', () => {
  it.each([
    [
      'latitude out of range (longitude first)',
      STORM_POLYGON.replaceAll('38.47,-120.14', '-120.14,38.47'),
      /latitude -120.14/,
    ],
    ['not closed', '38.47,-120.14 38.34,-119.95 38.52,-119.74 38.62,-119.89', /not closed/],
    [
      'fewer than 4 points',
      '38.47,-120.14 38.34,-119.95 38.47,-120.14',
      /3 points: a polygon needs at least 4/,
    ],
    [
      'not numbers',
      '38.47;-120.14 38.34,-119.95 38.52,-119.74 38.47,-120.14',
      /point 1 is not a lat,lon pair/,
    ],
    ['no area', '38.47,-120.14 38.34,-119.95 38.47,-120.14 38.47,-120.14', /encloses no area/],
  ])('INVALID_POLYGON: %s', (_why, polygon, message) => {
    const f = expectFinding(
      check(STORM, [{ from: STORM_POLYGON, to: polygon }]),
      'INVALID_POLYGON',
      'error',
      'alert/info[0]/area[0]/polygon[0]',
    );
    expect(f.message).toMatch(message);
  });

  it('INVALID_POLYGON_SELF_INTERSECTION: edges that cross, and a ring that touches itself', () => {
    const bowTie = '38.47,-120.14 38.52,-119.74 38.34,-119.95 38.62,-119.89 38.47,-120.14';
    const f = expectFinding(
      check(STORM, [{ from: STORM_POLYGON, to: bowTie }]),
      'INVALID_POLYGON_SELF_INTERSECTION',
      'error',
      'alert/info[0]/area[0]/polygon[0]',
    );
    expect(f.message).toMatch(
      /edge from corner 1 \(38.47,-120.14\) meets the edge from corner 3 \(38.34,-119.95\)/,
    );
    const figureEight = '38.4,-120.2 38.6,-120.2 38.5,-120 38.6,-119.8 38.4,-119.8 38.5,-120 38.4,-120.2';
    expectFinding(
      check(STORM, [{ from: STORM_POLYGON, to: figureEight }]),
      'INVALID_POLYGON_SELF_INTERSECTION',
      'error',
      'alert/info[0]/area[0]/polygon[0]',
    );
  });

  it('POLYGON_TOO_LARGE: a polygon past the points this validator checks, and an alert past its total', () => {
    const ring = (n: number): string => {
      const pts = Array.from({ length: n - 1 }, (_, i) => {
        const a = (2 * Math.PI * i) / (n - 1);
        return `${(38.5 + 0.1 * Math.sin(a)).toFixed(6)},${(-120 + 0.1 * Math.cos(a)).toFixed(6)}`;
      });
      return [...pts, pts[0]].join(' ');
    };
    const big = check(STORM, [{ from: STORM_POLYGON, to: ring(MAX_POLYGON_POINTS + 1) }]);
    expectFinding(big, 'POLYGON_TOO_LARGE', 'error', 'alert/info[0]/area[0]/polygon[0]');
    // The largest allowed polygon is checked whole, and passes.
    expect(
      check(STORM, [{ from: STORM_POLYGON, to: ring(MAX_POLYGON_POINTS) }]).filter(
        (f) => f.level === 'error',
      ),
    ).toEqual([]);
    // One polygon of the largest size more than the alert's total allows: the last is not checked.
    const many = Array.from(
      { length: MAX_ALERT_POLYGON_POINTS / MAX_POLYGON_POINTS + 1 },
      () => `<polygon>${ring(MAX_POLYGON_POINTS)}</polygon>`,
    ).join('');
    const f = expectFinding(
      check(STORM, [{ from: `<polygon>${STORM_POLYGON}</polygon>`, to: many }]),
      'POLYGON_TOO_LARGE',
      'error',
      `alert/info[0]/area[0]/polygon[${MAX_ALERT_POLYGON_POINTS / MAX_POLYGON_POINTS}]`,
    );
    expect(f.message).toMatch(/in all/);
  });

  it('INVALID_CIRCLE: a circle that is not "lat,lon radius"', () => {
    expectFinding(
      check(QUAKE, [{ from: '32.9525,-115.5527 0', to: '32.9525,-115.5527' }]),
      'INVALID_CIRCLE',
      'error',
      'alert/info[0]/area[0]/circle[0]',
    );
    expectFinding(
      check(QUAKE, [{ from: '32.9525,-115.5527 0', to: '32.9525,-115.5527 -3' }]),
      'INVALID_CIRCLE',
      'error',
      'alert/info[0]/area[0]/circle[0]',
    );
    expectFinding(
      check(QUAKE, [{ from: '32.9525,-115.5527 0', to: '-115.5527,32.9525 3' }]),
      'INVALID_CIRCLE',
      'error',
      'alert/info[0]/area[0]/circle[0]',
    );
  });

  it('NONZERO_CIRCLE_RADIUS_RECOMMENDED: a circle of radius 0 (as the real message has)', () => {
    expectFinding(
      check(QUAKE),
      'NONZERO_CIRCLE_RADIUS_RECOMMENDED',
      'recommendation',
      'alert/info[0]/area[0]/circle[0]',
    );
    expect(
      check(QUAKE, [{ from: '32.9525,-115.5527 0', to: '32.9525,-115.5527 5' }]).map((f) => f.code),
    ).not.toContain('NONZERO_CIRCLE_RADIUS_RECOMMENDED');
  });

  it('INVALID_AREA: a ceiling without altitude', () => {
    expectFinding(
      check(DWD, [{ from: '<altitude>0.0</altitude>', to: '', nth: 0 }]),
      'INVALID_AREA',
      'error',
      'alert/info[0]/area[0]/ceiling',
    );
  });

  it('INVALID_ALTITUDE_CEILING_RANGE: a ceiling not above the altitude', () => {
    expectFinding(
      check(DWD, [{ from: '<ceiling>9842.5197</ceiling>', to: '<ceiling>0</ceiling>', nth: 1 }]),
      'INVALID_ALTITUDE_CEILING_RANGE',
      'error',
      'alert/info[0]/area[1]/ceiling',
    );
  });
});
