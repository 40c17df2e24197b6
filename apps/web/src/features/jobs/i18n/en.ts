/**
 * The English words of background jobs: the jobs page, their kinds and statuses, and why one failed. The
 * source of this slice's keys: each other language's slice is typed against it.
 */
export const jobsEn = {
  'nav.jobs': 'Jobs',
  'jobs.title': 'Jobs',
  'jobs.intro': 'Heavy analyses run as background jobs. Their progress is shown live.',
  'jobs.caption': 'Jobs of {org}',
  'jobs.col.kind': 'Kind',
  'jobs.col.status': 'Status',
  'jobs.col.progress': 'Progress',
  'jobs.col.created': 'Created',
  'jobs.col.outcome': 'Outcome',
  'jobs.progressLabel': 'Progress of job {kind}',
  'jobs.cancel': 'Cancel',
  'jobs.cancelLabel': 'Cancel job {kind}',
  'jobs.cancelled': 'The job has been cancelled.',
  'jobs.empty': 'No jobs yet.',

  'jobs.col.job': 'Job',
  'jobs.col.record': 'Record',
  'jobs.recordGone': 'Deleted or not shared with you',
  'jobs.sitesOfExtract': 'Sites register ({file})',
  'jobs.outcome.succeeded': 'Finished: the result is ready.',
  'jobs.outcome.noPlan': 'No plan possible: {reason}',
  'jobs.outcome.failed': 'Failed: {reason}',
  'jobs.outcome.failedUnknown': 'Failed, without a reason given.',
  'jobs.outcome.cancelled': 'Cancelled before it finished.',
  'jobs.outcome.queued': 'Waiting for a free worker.',
  'jobs.outcome.running': 'Being computed.',

  'jobStatus.queued': 'Queued',
  'jobStatus.running': 'Running',
  'jobStatus.succeeded': 'Succeeded',
  'jobStatus.failed': 'Failed',
  'jobStatus.cancelled': 'Cancelled',

  'jobStatus.noPlan': 'No plan possible',

  'job.kind.vehicle.threat': 'Vehicle threat analysis',
  'job.kind.protect.plan': 'Protection plan',
  'job.kind.crowd.simulate': 'Crowd simulation',
  'job.kind.osm.import-extract': 'Extract import',
  'job.kind.unknown': 'Background job',

  'failure.lost': 'The computation was interrupted (attempt {attempt} of {max}) and could not finish.',
  'failure.notQueued': 'The job could not be queued. Try again in a moment.',
  'failure.extractUnreadable': "The site's map data cannot be read.",
  'failure.noRoads': "The site's map data has no road or path a vehicle can use.",
  'failure.zone': 'The protected zone gave no result. Draw it again inside the map data.',
  'failure.emptyFile': 'The file {file} is empty.',
  'failure.fileUnreadable': 'The file {file} cannot be read as OpenStreetMap data.',
  'failure.fileNoStreets': 'The file {file} has no streets and no walkable space.',
  'failure.other': 'The computation stopped: {detail}',
};
