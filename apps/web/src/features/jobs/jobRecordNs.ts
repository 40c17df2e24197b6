/**
 * The records of a site that a background job computes. Each name is also the namespace of the record's
 * messages (`threat.delete`, `protection.delete` …) and the name of its page's route.
 */
export type JobRecordNs = 'threat' | 'protection' | 'crowd';
