/**
 * Every error code the API answers with, its HTTP status and its default message. `docs/errors.md` lists
 * the same codes; a test keeps the two in step. Codes are stable: clients may switch on them.
 */
export const errorCatalogue = {
  invalid_json: { status: 400, message: 'The request body is not valid JSON.' },
  validation_failed: { status: 400, message: 'The request does not match the expected shape.' },
  unsupported_media_type: { status: 415, message: 'Send the body as application/json.' },
  payload_too_large: { status: 413, message: 'The request body is larger than the server accepts.' },
  not_found: { status: 404, message: 'No such resource.' },
  route_not_found: { status: 404, message: 'No such route.' },
  method_not_allowed: { status: 405, message: 'This route does not accept that method.' },
  unauthenticated: { status: 401, message: 'Sign in first.' },
  session_expired: { status: 401, message: 'The session has expired or was signed out; sign in again.' },
  invalid_credentials: { status: 401, message: 'Wrong e-mail address or password.' },
  too_many_attempts: { status: 429, message: 'Too many sign-in attempts; wait a few minutes and try again.' },
  csrf_failed: { status: 403, message: 'Missing or wrong CSRF token.' },
  forbidden: { status: 403, message: 'Your role does not allow this.' },
  no_active_org: { status: 403, message: 'Choose the organisation you act for first.' },
  not_a_member: { status: 403, message: 'You are not a member of that organisation.' },
  conflict: { status: 409, message: 'This conflicts with an existing record.' },
  last_admin: { status: 409, message: 'An organisation must keep at least one admin.' },
  invitation_invalid: { status: 410, message: 'This invitation is unknown, expired, revoked or already used.' },
  invitation_email_mismatch: { status: 403, message: 'This invitation was sent to another e-mail address.' },
  password_required: { status: 400, message: 'A new account needs a display name and a password of at least 10 characters.' },
  unknown_job_kind: { status: 400, message: 'No job of that kind exists.' },
  job_finished: { status: 409, message: 'The job has already finished.' },
  share_with_owner: { status: 400, message: 'A record cannot be shared with its own owner.' },
  empty_upload: { status: 400, message: 'The uploaded file is empty.' },
  extract_not_ready: { status: 409, message: 'The extract is still being imported, or its import failed.' },
  site_without_extract: { status: 409, message: 'The site has no map data to analyse (its extract was deleted).' },
  zone_invalid: { status: 400, message: 'The protected zone is not a usable polygon inside the map data.' },
  class_invalid: { status: 400, message: 'A vehicle class is unknown or has impossible numbers.' },
  analysis_not_ready: { status: 409, message: 'The analysis is still running, or it failed.' },
  scenario_invalid: { status: 400, message: 'The crowd simulation cannot run as described (exits, people or area).' },
  exit_unusable: { status: 400, message: 'An exit drawn on the site cannot be used: it is off the edge of the walkable area, too narrow, or closed off by a wall or a building; the message names the exit.' },
  simulation_not_ready: { status: 409, message: 'The simulation is still running, or it failed.' },
  catalogue_invalid: { status: 400, message: 'A barrier product of the catalogue is refused; the message names the product and the field.' },
  plan_not_ready: { status: 409, message: 'The protection plan is still being computed, or it failed.' },
  internal_error: { status: 500, message: 'Something went wrong on the server.' },
  database_unavailable: { status: 503, message: 'The database cannot be reached.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof errorCatalogue;
