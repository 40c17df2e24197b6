import { describe, expect, it } from 'vitest';
import {
  actionOptions,
  clipped,
  isLinked,
  linkOptions,
  MAX_LINKS,
  withLink,
  withoutLink,
  type Links,
} from './linkOptions.ts';

const NONE: Links = { siteIds: [], eventIds: [], exerciseActions: [], practiceIds: [] };
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const NICE = id(100);
const MUNICH = id(101);

describe('withLink and withoutLink', () => {
  it('ties a record once, and unties it', () => {
    const once = withLink(NONE, { kind: 'site', id: id(1) });
    expect(withLink(once, { kind: 'site', id: id(1) })).toEqual(once);
    expect(once.siteIds).toEqual([id(1)]);
    expect(withoutLink(once, { kind: 'site', id: id(1) })).toEqual(NONE);
  });

  it('tells two actions of one exercise apart, and the same id of another kind', () => {
    let links = withLink(NONE, { kind: 'action', exerciseId: id(1), actionId: id(2) });
    links = withLink(links, { kind: 'action', exerciseId: id(1), actionId: id(3) });
    links = withLink(links, { kind: 'action', exerciseId: id(1), actionId: id(2) });
    links = withLink(links, { kind: 'event', id: id(1) });
    expect(links.exerciseActions).toEqual([
      { exerciseId: id(1), actionId: id(2) },
      { exerciseId: id(1), actionId: id(3) },
    ]);
    expect(isLinked(links, { kind: 'site', id: id(1) })).toBe(false);
    expect(isLinked(links, { kind: 'event', id: id(1) })).toBe(true);
    const after = withoutLink(links, { kind: 'action', exerciseId: id(1), actionId: id(2) });
    expect(after.exerciseActions).toEqual([{ exerciseId: id(1), actionId: id(3) }]);
    expect(after.eventIds).toEqual([id(1)]);
  });

  it('ties at most as many records of a kind as the API takes', () => {
    let links = NONE;
    for (let n = 0; n < MAX_LINKS + 3; n++) links = withLink(links, { kind: 'practice', id: id(n) });
    expect(links.practiceIds).toHaveLength(MAX_LINKS);
  });
});

describe('linkOptions', () => {
  const records = [
    { id: id(1), name: 'Promenade du Paillon', ownerOrgId: NICE, ownerName: 'Ville de Nice' },
    { id: id(2), name: 'Marienplatz', ownerOrgId: MUNICH, ownerName: 'Landeshauptstadt München' },
    { id: id(3), name: 'Cours Saleya', ownerOrgId: NICE, ownerName: 'Ville de Nice' },
  ];
  const ownedBy = (name: string, owner: string) => `${name} (${owner})`;

  it('offers the records not tied yet, by name, saying whose a shared one is', () => {
    expect(linkOptions(records, [id(1)], NICE, ownedBy)).toEqual([
      { id: id(3), name: 'Cours Saleya' },
      { id: id(2), name: 'Marienplatz (Landeshauptstadt München)' },
    ]);
  });

  it('offers nothing once every record is tied', () => {
    expect(linkOptions(records, [id(1), id(2), id(3)], NICE, ownedBy)).toEqual([]);
  });
});

describe('actionOptions', () => {
  it("offers an exercise's actions not tied yet, in the order of its plan, on one line", () => {
    const links = withLink(NONE, { kind: 'action', exerciseId: id(9), actionId: id(1) });
    const actions = [
      { id: id(1), text: 'A shared radio talk group' },
      { id: id(2), text: 'Pre-written public alerts\nfor the promenade' },
    ];
    expect(actionOptions(actions, id(9), links)).toEqual([
      { id: id(2), name: 'Pre-written public alerts for the promenade' },
    ]);
    // The same action id under another exercise is another link.
    expect(actionOptions(actions, id(8), links).map((o) => o.id)).toEqual([id(1), id(2)]);
  });
});

describe('clipped', () => {
  it('keeps a short text whole and cuts a long one at a word', () => {
    expect(clipped('  Train the control room  ')).toBe('Train the control room');
    expect(clipped('one two three four five six', 15)).toBe('one two three…');
    expect(clipped('x'.repeat(30), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
