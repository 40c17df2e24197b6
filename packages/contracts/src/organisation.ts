import { z } from 'zod';
import { Id, LngLat } from './common.ts';

/** The kinds of organisation of PRODUCT.md. */
export const OrgKind = z.enum([
  'city',
  'local-police',
  'national-police',
  'fire',
  'ambulance',
  'expert',
  'private-operator',
  'security-firm',
  'network-coordinator',
]);
export type OrgKind = z.infer<typeof OrgKind>;

/** Directory entry of an organisation: public within the platform. */
export const Organisation = z.object({
  id: Id,
  slug: z.string(),
  name: z.string(),
  kind: OrgKind,
  country: z.string().length(2).nullable(),
  languages: z.array(z.string()),
  location: LngLat.nullable(),
  parentId: Id.nullable(),
});
export type Organisation = z.infer<typeof Organisation>;

export const Slug = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case letters, digits and single hyphens');

export const CreateOrganisation = z.strictObject({
  slug: Slug,
  name: z.string().trim().min(2).max(200),
  kind: OrgKind,
  country: z.string().length(2).toUpperCase().nullable().default(null),
  languages: z.array(z.string().min(2).max(8)).max(10).default([]),
  location: LngLat.nullable().default(null),
  parentId: Id.nullable().default(null),
});
export type CreateOrganisation = z.infer<typeof CreateOrganisation>;
export type CreateOrganisationInput = z.input<typeof CreateOrganisation>;

export const UpdateOrganisation = CreateOrganisation.omit({ slug: true }).partial().strict();
export type UpdateOrganisation = z.infer<typeof UpdateOrganisation>;
