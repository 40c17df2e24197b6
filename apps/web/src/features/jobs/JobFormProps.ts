import type { MapLayersJson } from '@pactesur/api-client';
import type { Site } from '@pactesur/contracts';

/** What the form starting a job-computed record of a site is given (`B`: the body it submits). */
export interface JobFormProps<B> {
  readonly site: Site;
  readonly layers: MapLayersJson | null;
  readonly busy: boolean;
  readonly onSubmit: (body: B) => void;
  readonly onCancel: () => void;
}
