import { z } from 'zod';
import raw from './pactesur-network.json' with { type: 'json' };

/** The shape of `pactesur-network.json` (the PACTESUR networks from the projects' public documents; provenance in data/README.md). */
const NetworkFile = z.object({
  networks: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      period: z.object({ start: z.string(), end: z.string() }),
      themes: z.array(z.string()).optional(),
      objectives: z.array(z.string()).optional(),
      members: z.array(z.object({ org: z.string(), role: z.string() })),
      /** The programme: a day, a month or a year (`date`, `end`), what it is, where (an organisation's city). */
      events: z
        .array(z.object({ date: z.string(), end: z.string().optional(), kind: z.string(), place: z.string().optional(), approx: z.boolean().optional(), note: z.string().optional() }))
        .default([]),
    }),
  ),
  organisations: z.record(
    z.string(),
    z.object({
      name: z.string(),
      kind: z.string(),
      country: z.string(),
      languages: z.array(z.string()).default([]),
      at: z.tuple([z.number(), z.number()]),
    }),
  ),
});

/** The PACTESUR and PACTESUR 2 networks, their members and organisations (demo data). */
export const demoNetworks = NetworkFile.parse(raw);
