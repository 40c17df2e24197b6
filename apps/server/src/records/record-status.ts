/**
 * The status of a record computed by a job (an import, an analysis, a simulation): `ready` once its result
 * has settled into it, `failed` when its job failed or was cancelled, `processing` otherwise.
 */
export function recordStatus(settled: boolean, jobStatus: string | null): 'processing' | 'ready' | 'failed' {
  if (settled) return 'ready';
  return jobStatus === 'failed' || jobStatus === 'cancelled' ? 'failed' : 'processing';
}
