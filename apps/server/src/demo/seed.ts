import type { CreateOrganisation, NetworkRole, OrgKind, Role } from '@pactesur/contracts';
import type { Repositories } from '../repositories/index.ts';
import { hashPassword } from '../services/passwords.ts';
import { demoNetworks as network } from './network-file.ts';
import { LOCAL_POLICE_NAMES } from './police-names.ts';

/** The password of every demo account (printed by `pactesur serve --demo`). */
export const DEMO_PASSWORD = 'pactesur-demo';

/** Demo accounts, one per role in Nice plus the lead of each kind of partner. */
export const DEMO_USERS: ReadonlyArray<{ email: string; displayName: string; org: string; role: Role }> = [
  { email: 'admin@nice.example.org', displayName: 'Camille Laurent (security coordinator)', org: 'nice', role: 'admin' },
  { email: 'editor@nice.example.org', displayName: 'Hugo Martin (urban designer)', org: 'nice', role: 'editor' },
  { email: 'analyst@nice.example.org', displayName: 'Léa Bernard (analyst)', org: 'nice', role: 'analyst' },
  { email: 'viewer@nice.example.org', displayName: 'Jules Petit (viewer)', org: 'nice', role: 'viewer' },
  { email: 'commander@police.nice.example.org', displayName: 'Cdt. Sophie Moreau', org: 'nice-police', role: 'admin' },
  { email: 'coordinator@efus.example.org', displayName: 'Efus network coordinator', org: 'efus', role: 'admin' },
  { email: 'admin@liege.example.org', displayName: 'Liège security coordinator', org: 'liege', role: 'admin' },
  { email: 'admin@madrid.example.org', displayName: 'Madrid security coordinator', org: 'madrid', role: 'admin' },
  { email: 'officer@sdis06.example.org', displayName: 'SDIS 06 planning officer', org: 'sdis-06', role: 'admin' },
  { email: 'editor@muenchen.example.org', displayName: 'München public-space security planner', org: 'munich', role: 'editor' },
  { email: 'admin@london.example.org', displayName: 'London public-space security coordinator', org: 'london', role: 'admin' },
];

/** First responders around Nice, for exercises and shared briefings. */
const NICE_PARTNERS: CreateOrganisation[] = [
  { slug: 'ddsp-06', name: 'Police nationale — DDSP des Alpes-Maritimes', kind: 'national-police', country: 'FR', languages: ['fr'], location: [7.2619, 43.7034], parentId: null },
  { slug: 'sdis-06', name: "SDIS 06 — Service départemental d'incendie et de secours", kind: 'fire', country: 'FR', languages: ['fr'], location: [7.2036, 43.6727], parentId: null },
  { slug: 'samu-06', name: 'SAMU 06 — CHU de Nice', kind: 'ambulance', country: 'FR', languages: ['fr'], location: [7.2466, 43.7093], parentId: null },
];

const KINDS = new Set<OrgKind>(['city', 'network-coordinator']);

/**
 * Loads the PACTESUR networks of the seed documents: their member cities (real coordinates), each
 * city's local police, Nice's first responders, and the demo accounts. Does nothing if already loaded.
 */
export async function seedDemo(repos: Repositories): Promise<{ created: boolean }> {
  if (await repos.orgs.findBySlug('nice')) return { created: false };
  const ids = new Map<string, string>();
  for (const [slug, o] of Object.entries(network.organisations)) {
    if (!KINDS.has(o.kind as OrgKind)) continue;
    const org = await repos.orgs.create({
      slug,
      name: o.name,
      kind: o.kind as OrgKind,
      country: o.country,
      languages: o.languages,
      location: o.at,
      parentId: null,
    });
    ids.set(slug, org.id);
    const police = LOCAL_POLICE_NAMES[slug];
    if (o.kind === 'city') {
      const p = await repos.orgs.create({
        slug: `${slug}-police`,
        name: police ?? `Local police of ${o.name}`,
        kind: 'local-police',
        country: o.country,
        languages: o.languages,
        location: [o.at[0] + 0.004, o.at[1] - 0.003],
        parentId: org.id,
      });
      ids.set(`${slug}-police`, p.id);
    }
  }
  for (const partner of NICE_PARTNERS) ids.set(partner.slug, (await repos.orgs.create(partner)).id);

  for (const n of network.networks) {
    const id = await repos.networks.create({
      slug: n.id,
      name: n.name,
      description: sentence((n.themes ?? n.objectives ?? []).join('; ')),
      periodStart: n.period.start,
      periodEnd: n.period.end,
    });
    for (const m of n.members) {
      const orgId = ids.get(m.org);
      if (orgId) await repos.networks.upsertMember(id, orgId, m.role as NetworkRole);
    }
  }

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const u of DEMO_USERS) {
    const user = await repos.users.create({ email: u.email, displayName: u.displayName, passwordHash });
    const orgId = ids.get(u.org);
    if (!orgId) throw new Error(`demo user ${u.email} names unknown organisation ${u.org}`);
    await repos.memberships.upsert(orgId, user.id, u.role);
  }
  return { created: true };
}

/** Capitalises the first letter and ends with a full stop. */
function sentence(text: string): string {
  return text ? `${text.charAt(0).toUpperCase()}${text.slice(1)}.` : text;
}
