import type {
  Activity,
  ApiKey,
  Coverage,
  IssuedApiKey,
  IssueApiKey,
  NewReportInput,
  PublicReport,
  Report,
  ReportCategory,
  ReportQuery,
  ReportReceipt,
  SaveCoverage,
  Transparency,
  TriageReportInput,
  AddExchangeGuestInput,
  Exchange,
  SaveExchangeInput,
  SavedSearch,
  SaveSavedSearchInput,
  MarkNotificationsRead,
  NotificationList,
  AwarenessEntry,
  AwarenessPage,
  SaveAwarenessInput,
  CertificateCheck,
  Course,
  CreateCourseInput,
  EnrolInput,
  MarkAttendance,
  SaveCourseInput,
  Call,
  DecideCallInput,
  SaveApplicationInput,
  SaveCallInput,
  SaveReviewInput,
  RegisterInput,
  SaveActivityInput,
  Alert,
  CreatePracticeInput,
  Practice,
  PracticeResults,
  PracticeSearchInput,
  PracticeStep,
  UpdatePracticeInput,
  AfterActionReport,
  CorrectiveAction,
  Feedback,
  Observation,
  PostFeedbackInput,
  PostObservationInput,
  ReplayItem,
  SaveCorrectiveActionInput,
  AddParticipantInput,
  CreateExerciseInput,
  Delivery,
  Exercise,
  ExerciseResponse,
  ExerciseSummary,
  PostResponseInput,
  RunCommandInput,
  Timeline,
  UpdateExerciseInput,
  BarrierChecks,
  CalendarEvent,
  CloseCondition,
  CreateEventInput,
  EventChanges,
  EventCondition,
  EventProfile,
  EventRecord,
  EventSummary,
  LiveState,
  NextEvent,
  PostGateCountInput,
  PostIncidentInput,
  ReviewEventInput,
  SaveEventProfileInput,
  SimulateEventInput,
  SubmitEvent,
  UpdateEventInput,
  AlertDraftContentInput,
  AlertPreview,
  AlertState,
  AlertSummary,
  AlertTemplatePresets,
  CreateAlertInput,
  UpdateAlertDraftInput,
  Assessment,
  AssessmentComment,
  AssessmentComparison,
  AssessmentDashboard,
  AssessmentPhoto,
  AssessmentSummary,
  CreateAssessmentCommentInput,
  CreateAssessmentInput,
  IndicatorKey,
  OverrideIndicator,
  UpdateAssessmentInput,
  AcceptInvitation,
  AddNetworkMember,
  AuditPage,
  AuditQueryInput,
  Briefing,
  CreateSiteInput,
  CreateThreatAnalysisInput,
  CreateCrowdSimulationInput,
  CrowdFrames,
  CrowdResult,
  CrowdSimulation,
  CreateProtectionPlanInput,
  DesignBasis,
  Extract,
  PlanComparison,
  PlanResult,
  ProtectionPlan,
  ReoptimiseProtectionPlan,
  Site,
  ThreatAnalysis,
  ThreatResult,
  UpdateSite,
  CreateBriefingInput,
  CreatedInvitation,
  CreateInvitation,
  CreateNetworkInput,
  CreateOrganisationInput,
  Health,
  Home,
  Invitation,
  InvitationPreview,
  Job,
  Me,
  Member,
  Network,
  NetworkSummary,
  Organisation,
  RecordKind,
  Role,
  Session,
  Share,
  ShareRight,
  SignIn,
  StartJob,
  UpdateBriefing,
  UpdateMe,
  UpdateOrganisation,
  CreateWebhookInput,
  UpdateWebhook,
  Webhook,
  WebhookDelivery,
  WebhookDeliveryPage,
  WebhookDeliveryQueryInput,
  WebhookWithSecret,
} from '@pactesur/contracts';
import { Transport, type TransportOptions } from './transport.ts';

const q = (params: Record<string, string | number | undefined>): string => {
  const entries = Object.entries(params).filter(([, v]) => v !== undefined) as [string, string | number][];
  return entries.length === 0 ? '' : '?' + new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString();
};
const enc = encodeURIComponent;

/**
 * The typed client of the Pactesur HTTP API, used by the web app, the CLI, the benchmarks and tests.
 *
 * @example
 * const api = new PactesurClient({ baseUrl: 'http://127.0.0.1:8080', cookieJar: true });
 * await api.signIn({ email: 'coordinator@nice.demo', password: 'pactesur-demo' });
 * const networks = await api.listNetworks();
 */
export class PactesurClient {
  readonly transport: Transport;

  constructor(private readonly options: TransportOptions = {}) {
    this.transport = new Transport(options);
  }

  /** A new client of the same server with a session of its own (to act as another user beside this one). */
  another(): PactesurClient {
    return new PactesurClient(this.options);
  }

  private remember(session: Session): Session {
    this.transport.setCsrfToken(session.csrfToken);
    return session;
  }

  health = () => this.transport.json<Health>('GET', '/api/health');

  // Sessions
  signIn = async (body: SignIn) => this.remember(await this.transport.json<Session>('POST', '/api/auth/sign-in', body));
  session = async () => this.remember(await this.transport.json<Session>('GET', '/api/auth/session'));
  switchOrg = async (orgId: string) =>
    this.remember(await this.transport.json<Session>('PUT', '/api/auth/session/org', { orgId }));
  signOut = () => this.transport.json<void>('POST', '/api/auth/sign-out', {});
  signOutEverywhere = () => this.transport.json<void>('POST', '/api/auth/sign-out-everywhere', {});

  // Me
  me = () => this.transport.json<Me>('GET', '/api/me');
  updateMe = (body: UpdateMe) => this.transport.json<Me>('PATCH', '/api/me', body);

  // Organisations and members
  listOrgs = () => this.transport.json<Organisation[]>('GET', '/api/orgs');
  getOrg = (id: string) => this.transport.json<Organisation>('GET', `/api/orgs/${enc(id)}`);
  createOrg = (body: CreateOrganisationInput) => this.transport.json<Organisation>('POST', '/api/orgs', body);
  updateOrg = (id: string, body: UpdateOrganisation) =>
    this.transport.json<Organisation>('PATCH', `/api/orgs/${enc(id)}`, body);
  listMembers = (orgId: string) => this.transport.json<Member[]>('GET', `/api/orgs/${enc(orgId)}/members`);
  changeRole = (orgId: string, userId: string, role: Role) =>
    this.transport.json<Member>('PATCH', `/api/orgs/${enc(orgId)}/members/${enc(userId)}`, { role });
  removeMember = (orgId: string, userId: string) =>
    this.transport.json<void>('DELETE', `/api/orgs/${enc(orgId)}/members/${enc(userId)}`);

  // Invitations
  invite = (orgId: string, body: CreateInvitation) =>
    this.transport.json<CreatedInvitation>('POST', `/api/orgs/${enc(orgId)}/invitations`, body);
  listInvitations = (orgId: string) =>
    this.transport.json<Invitation[]>('GET', `/api/orgs/${enc(orgId)}/invitations`);
  revokeInvitation = (orgId: string, id: string) =>
    this.transport.json<void>('DELETE', `/api/orgs/${enc(orgId)}/invitations/${enc(id)}`);
  previewInvitation = (token: string) =>
    this.transport.json<InvitationPreview>('GET', `/api/invitations/${enc(token)}`);
  acceptInvitation = async (token: string, body: AcceptInvitation) =>
    this.remember(await this.transport.json<Session>('POST', `/api/invitations/${enc(token)}/accept`, body));

  // Networks
  listNetworks = () => this.transport.json<NetworkSummary[]>('GET', '/api/networks');
  getNetwork = (id: string) => this.transport.json<Network>('GET', `/api/networks/${enc(id)}`);
  createNetwork = (body: CreateNetworkInput) => this.transport.json<Network>('POST', '/api/networks', body);
  addNetworkMember = (id: string, body: AddNetworkMember) =>
    this.transport.json<Network>('POST', `/api/networks/${enc(id)}/members`, body);
  removeNetworkMember = (id: string, orgId: string) =>
    this.transport.json<Network>('DELETE', `/api/networks/${enc(id)}/members/${enc(orgId)}`);

  /** The landing page of the acting organisation: its sites' protection, running jobs, shares received, recent changes. */
  home = () => this.transport.json<Home>('GET', '/api/home');

  // Briefings (sensitive)
  listBriefings = () => this.transport.json<Briefing[]>('GET', '/api/briefings');
  getBriefing = (id: string) => this.transport.json<Briefing>('GET', `/api/briefings/${enc(id)}`);
  createBriefing = (body: CreateBriefingInput) => this.transport.json<Briefing>('POST', '/api/briefings', body);
  updateBriefing = (id: string, body: UpdateBriefing) =>
    this.transport.json<Briefing>('PATCH', `/api/briefings/${enc(id)}`, body);
  deleteBriefing = (id: string) => this.transport.json<void>('DELETE', `/api/briefings/${enc(id)}`);

  // Sharing of any sensitive record
  listShares = (kind: RecordKind, id: string) =>
    this.transport.json<Share[]>('GET', `/api/records/${kind}/${enc(id)}/shares`);
  share = (kind: RecordKind, id: string, orgId: string, right: ShareRight) =>
    this.transport.json<Share[]>('PUT', `/api/records/${kind}/${enc(id)}/shares/${enc(orgId)}`, { right });
  unshare = (kind: RecordKind, id: string, orgId: string) =>
    this.transport.json<Share[]>('DELETE', `/api/records/${kind}/${enc(id)}/shares/${enc(orgId)}`);

  // Audit
  audit = (query: AuditQueryInput = {}) =>
    this.transport.json<AuditPage>('GET', `/api/audit${q(query as Record<string, string | number | undefined>)}`);
  auditCsv = async (query: AuditQueryInput = {}) =>
    (
      await this.transport.request('GET', `/api/audit.csv${q(query as Record<string, string | number | undefined>)}`)
    ).text();

  // Jobs
  startJob = (body: StartJob) => this.transport.json<Job>('POST', '/api/jobs', body);
  /** The jobs of the acting organisation and those shared with it; `diagnostic: true` adds the diagnostic ones. */
  listJobs = (options: { readonly diagnostic?: boolean } = {}) =>
    this.transport.json<Job[]>('GET', `/api/jobs${options.diagnostic ? '?diagnostic=include' : ''}`);
  getJob = (id: string) => this.transport.json<Job>('GET', `/api/jobs/${enc(id)}`);
  cancelJob = (id: string) => this.transport.json<Job>('POST', `/api/jobs/${enc(id)}/cancel`, {});
  /** The live progress stream (`text/event-stream`, `event: job` per change) for clients without EventSource. */
  openJobEvents = (id: string) => this.transport.request('GET', `/api/jobs/${enc(id)}/events`);

  // Register: extracts and sites
  /** Uploads an extract (its bytes as the body); the import runs as a job, followed with `getExtract`. */
  uploadExtract = async (filename: string, data: Uint8Array | Blob | ReadableStream<Uint8Array>, dataDate?: string) =>
    (await (
      await this.transport.request('POST', `/api/extracts${q({ filename, dataDate })}`, data, { contentType: 'application/octet-stream' })
    ).json()) as Extract;
  listExtracts = () => this.transport.json<Extract[]>('GET', '/api/extracts');
  getExtract = (id: string) => this.transport.json<Extract>('GET', `/api/extracts/${enc(id)}`);
  extractLayers = (id: string) => this.transport.json<MapLayersJson>('GET', `/api/extracts/${enc(id)}/layers`);
  deleteExtract = (id: string) => this.transport.json<void>('DELETE', `/api/extracts/${enc(id)}`);
  listSites = () => this.transport.json<Site[]>('GET', '/api/sites');
  getSite = (id: string) => this.transport.json<Site>('GET', `/api/sites/${enc(id)}`);
  createSite = (body: CreateSiteInput) => this.transport.json<Site>('POST', '/api/sites', body);
  updateSite = (id: string, body: UpdateSite) => this.transport.json<Site>('PATCH', `/api/sites/${enc(id)}`, body);
  deleteSite = (id: string) => this.transport.json<void>('DELETE', `/api/sites/${enc(id)}`);
  siteLayers = (id: string) => this.transport.json<MapLayersJson>('GET', `/api/sites/${enc(id)}/layers`);

  // Vehicle threat analyses of a site (run as a job; followed with `getThreatAnalysis`)
  startThreatAnalysis = (siteId: string, body: CreateThreatAnalysisInput = {}) =>
    this.transport.json<ThreatAnalysis>('POST', `/api/sites/${enc(siteId)}/threat-analyses`, body);
  listThreatAnalyses = (siteId: string) =>
    this.transport.json<ThreatAnalysis[]>('GET', `/api/sites/${enc(siteId)}/threat-analyses`);
  getThreatAnalysis = (id: string) => this.transport.json<ThreatAnalysis>('GET', `/api/threat-analyses/${enc(id)}`);
  /** The full result (perimeter points, entries with their worst paths); `analysis_not_ready` until done. */
  threatResult = (id: string) => this.transport.json<ThreatResult>('GET', `/api/threat-analyses/${enc(id)}/result`);
  /** The map layers under an analysis (its site's extract), for every reader of the analysis. */
  threatLayers = (id: string) => this.transport.json<MapLayersJson>('GET', `/api/threat-analyses/${enc(id)}/layers`);
  deleteThreatAnalysis = (id: string) => this.transport.json<void>('DELETE', `/api/threat-analyses/${enc(id)}`);
  /** Export paths, for links: GeoJSON (perimeter points and worst paths) or CSV (one row per entry). */
  threatExportPath = (id: string, format: 'geojson' | 'csv', classId?: string) =>
    `/api/threat-analyses/${enc(id)}/export.${format}${q({ class: classId })}`;
  // Crowd simulations of a site (run as a job; followed with `getCrowdSimulation`)
  startCrowdSimulation = (siteId: string, body: CreateCrowdSimulationInput) =>
    this.transport.json<CrowdSimulation>('POST', `/api/sites/${enc(siteId)}/crowd-simulations`, body);
  listCrowdSimulations = (siteId: string) =>
    this.transport.json<CrowdSimulation[]>('GET', `/api/sites/${enc(siteId)}/crowd-simulations`);
  getCrowdSimulation = (id: string) => this.transport.json<CrowdSimulation>('GET', `/api/crowd-simulations/${enc(id)}`);
  /** Evacuation curve, exit flows, peak density; `simulation_not_ready` until done. */
  crowdResult = (id: string) => this.transport.json<CrowdResult>('GET', `/api/crowd-simulations/${enc(id)}/result`);
  /** The recorded positions for playback (see `CrowdFrames`). */
  crowdFrames = (id: string) => this.transport.json<CrowdFrames>('GET', `/api/crowd-simulations/${enc(id)}/frames`);
  deleteCrowdSimulation = (id: string) => this.transport.json<void>('DELETE', `/api/crowd-simulations/${enc(id)}`);

  threatExport = async (id: string, format: 'geojson' | 'csv', classId?: string) =>
    (await this.transport.request('GET', this.threatExportPath(id, format, classId))).text();

  // Protection plans of a site (solved as a job; followed with `getProtectionPlan`)
  startProtectionPlan = (siteId: string, body: CreateProtectionPlanInput = {}) =>
    this.transport.json<ProtectionPlan>('POST', `/api/sites/${enc(siteId)}/protection-plans`, body);
  listProtectionPlans = (siteId: string) =>
    this.transport.json<ProtectionPlan[]>('GET', `/api/sites/${enc(siteId)}/protection-plans`);
  getProtectionPlan = (id: string) => this.transport.json<ProtectionPlan>('GET', `/api/protection-plans/${enc(id)}`);
  /** The default classes of a plan's design basis, and which of them the default catalogue can stop at all. */
  protectionClasses = () => this.transport.json<DesignBasis>('GET', '/api/protection-plans/classes');
  /** The whole plan (measures, costs, verification); `plan_not_ready` until solved. */
  protectionPlanResult = (id: string) => this.transport.json<PlanResult>('GET', `/api/protection-plans/${enc(id)}/result`);
  deleteProtectionPlan = (id: string) => this.transport.json<void>('DELETE', `/api/protection-plans/${enc(id)}`);
  /** A scenario of a plan: its request with these edits, solved as a new plan whose parent it is. */
  reoptimiseProtectionPlan = (id: string, body: ReoptimiseProtectionPlan = {}) =>
    this.transport.json<ProtectionPlan>('POST', `/api/protection-plans/${enc(id)}/reoptimise`, body);
  /** Two to six plans side by side: costs, residual exposure, emergency access, verification. */
  compareProtectionPlans = (ids: readonly string[]) =>
    this.transport.json<PlanComparison>('GET', `/api/protection-plans/compare${q({ ids: ids.join(',') })}`);
  /** Export paths, for links: GeoJSON (zone, measures), CSV (bill of quantities) or the PDF report; `lang` the language of their words. */
  protectionExportPath = (id: string, format: 'geojson' | 'csv' | 'pdf', lang?: string) =>
    `/api/protection-plans/${enc(id)}/${format === 'pdf' ? 'report.pdf' : `export.${format}`}${lang === undefined || format === 'geojson' ? '' : q({ lang })}`;
  /** An export: text for GeoJSON and CSV, bytes for the PDF report. */
  protectionExport = async <F extends 'geojson' | 'csv' | 'pdf'>(id: string, format: F, lang?: string): Promise<F extends 'pdf' ? Uint8Array : string> => {
    const response = await this.transport.request('GET', this.protectionExportPath(id, format, lang));
    return (format === 'pdf' ? new Uint8Array(await response.arrayBuffer()) : await response.text()) as F extends 'pdf' ? Uint8Array : string;
  };

  // Vulnerability assessments (sensitive): one version per row, re-assessment is a new version
  /** The assessments the acting organisation may read (every version), optionally of one site. */
  listAssessments = (siteId?: string) => this.transport.json<AssessmentSummary[]>('GET', `/api/assessments${q({ siteId })}`);
  /** The acting organisation's sites ranked by their highest risk, with open measures and plan costs. */
  assessmentDashboard = () => this.transport.json<AssessmentDashboard>('GET', '/api/assessments/dashboard');
  getAssessment = (id: string) => this.transport.json<Assessment>('GET', `/api/assessments/${enc(id)}`);
  createAssessment = (body: CreateAssessmentInput) => this.transport.json<Assessment>('POST', '/api/assessments', body);
  /** Saves as you go: the fields given replace the stored ones; `revision` refuses a change made on an older one (`conflict`). */
  updateAssessment = (id: string, body: UpdateAssessmentInput) =>
    this.transport.json<Assessment>('PATCH', `/api/assessments/${enc(id)}`, body);
  deleteAssessment = (id: string) => this.transport.json<void>('DELETE', `/api/assessments/${enc(id)}`);
  /** A re-assessment: a new version (a copy, with the indicators computed again) whose parent this one is. */
  newAssessmentVersion = (id: string) => this.transport.json<Assessment>('POST', `/api/assessments/${enc(id)}/versions`, {});
  /** Two versions side by side: `before` and `after` ids. */
  compareAssessments = (before: string, after: string) =>
    this.transport.json<AssessmentComparison>('GET', `/api/assessments/compare${q({ before, after })}`);
  /** Computes the indicators again from the site's latest analyses; overrides are kept. */
  refreshAssessmentIndicators = (id: string) =>
    this.transport.json<Assessment>('POST', `/api/assessments/${enc(id)}/indicators/refresh`, {});
  overrideAssessmentIndicator = (id: string, key: IndicatorKey, body: OverrideIndicator) =>
    this.transport.json<Assessment>('PUT', `/api/assessments/${enc(id)}/indicators/${enc(key)}/override`, body);
  clearAssessmentOverride = (id: string, key: IndicatorKey) =>
    this.transport.json<Assessment>('DELETE', `/api/assessments/${enc(id)}/indicators/${enc(key)}/override`);
  addAssessmentComment = (id: string, body: CreateAssessmentCommentInput) =>
    this.transport.json<AssessmentComment>('POST', `/api/assessments/${enc(id)}/comments`, body);
  deleteAssessmentComment = (id: string, commentId: string) =>
    this.transport.json<void>('DELETE', `/api/assessments/${enc(id)}/comments/${enc(commentId)}`);
  /** Uploads a photo (JPEG or PNG); its location metadata is removed unless `keepLocation`. */
  uploadAssessmentPhoto = async (
    id: string,
    photo: { readonly filename: string; readonly caption?: string; readonly keepLocation?: boolean },
    data: Uint8Array | Blob,
    contentType = 'image/jpeg',
  ) =>
    (await (
      await this.transport.request(
        'POST',
        `/api/assessments/${enc(id)}/photos${q({ filename: photo.filename, caption: photo.caption, keepLocation: photo.keepLocation === undefined ? undefined : String(photo.keepLocation) })}`,
        data,
        { contentType },
      )
    ).json()) as AssessmentPhoto;
  assessmentPhotoPath = (id: string, photoId: string) => `/api/assessments/${enc(id)}/photos/${enc(photoId)}`;
  assessmentPhoto = async (id: string, photoId: string) =>
    new Uint8Array(await (await this.transport.request('GET', this.assessmentPhotoPath(id, photoId))).arrayBuffer());
  deleteAssessmentPhoto = (id: string, photoId: string) =>
    this.transport.json<void>('DELETE', `/api/assessments/${enc(id)}/photos/${enc(photoId)}`);
  /** Export paths, for links: the PDF report (watermarked with the reader) or the register as CSV. */
  assessmentExportPath = (id: string, format: 'pdf' | 'csv', lang?: string) =>
    `/api/assessments/${enc(id)}/${format === 'pdf' ? 'report.pdf' : 'register.csv'}${q({ lang })}`;
  assessmentExport = async <F extends 'pdf' | 'csv'>(id: string, format: F, lang?: string): Promise<F extends 'pdf' ? Uint8Array : string> => {
    const response = await this.transport.request('GET', this.assessmentExportPath(id, format, lang));
    return (format === 'pdf' ? new Uint8Array(await response.arrayBuffer()) : await response.text()) as F extends 'pdf' ? Uint8Array : string;
  };

  // Public alerts (CAP 1.2): drafts and approvals are the organisation's; published Public alerts are public
  listAlerts = (query: { readonly state?: AlertState; readonly episodeId?: string } = {}) =>
    this.transport.json<AlertSummary[]>('GET', `/api/alerts${q(query)}`);
  /** The hazards' presets (urgency, severity, certainty, categories, responses, how long until it expires). */
  alertTemplates = () => this.transport.json<AlertTemplatePresets[]>('GET', '/api/alerts/templates');
  /** The CAP message a draft would be, its findings (XSD, rules, the city profile) and its cell-broadcast pages; nothing is stored. */
  previewAlert = (content: AlertDraftContentInput) => this.transport.json<AlertPreview>('POST', '/api/alerts/preview', { content });
  getAlert = (id: string) => this.transport.json<Alert>('GET', `/api/alerts/${enc(id)}`);
  createAlert = (body: CreateAlertInput) => this.transport.json<Alert>('POST', '/api/alerts', body);
  /** Saves a draft; `revision` refuses a change made on an older one (`conflict`). */
  updateAlert = (id: string, body: UpdateAlertDraftInput) => this.transport.json<Alert>('PATCH', `/api/alerts/${enc(id)}`, body);
  deleteAlert = (id: string) => this.transport.json<void>('DELETE', `/api/alerts/${enc(id)}`);
  /** Draft → pending approval; refused with `alert_invalid` while the message has errors. */
  submitAlert = (id: string) => this.transport.json<Alert>('POST', `/api/alerts/${enc(id)}/submit`, {});
  /** Pending → draft, with the reason. */
  rejectAlert = (id: string, reason: string) => this.transport.json<Alert>('POST', `/api/alerts/${enc(id)}/reject`, { reason });
  /** Pending → published, by someone other than its author (four eyes). */
  approveAlert = (id: string) => this.transport.json<Alert>('POST', `/api/alerts/${enc(id)}/approve`, {});
  /** A new draft Update of a published alert's episode, referencing every unexpired message of it. */
  startAlertUpdate = (id: string) => this.transport.json<Alert>('POST', `/api/alerts/${enc(id)}/update`, {});
  /** A new draft Cancel of a published alert's episode, referencing every unexpired message of it. */
  startAlertCancel = (id: string) => this.transport.json<Alert>('POST', `/api/alerts/${enc(id)}/cancel`, {});
  /** A partner organisation acknowledges a Restricted alert sent to it (a CAP Ack). */
  acknowledgeAlert = (id: string) => this.transport.json<Alert>('POST', `/api/alerts/${enc(id)}/ack`, {});
  /** The CAP message of an alert (its readers only), and the EU-Alert hand-off to the national authority. */
  alertXmlPath = (id: string, which: 'message' | 'eu-alert' = 'message') => `/api/alerts/${enc(id)}/${which}.xml`;
  alertXml = async (id: string, which: 'message' | 'eu-alert' = 'message') => (await this.transport.request('GET', this.alertXmlPath(id, which))).text();
  /** Public paths (no sign-in): an organisation's Atom feed and GeoJSON, and a published alert's CAP message. */
  publicAlertFeedPath = (orgSlug: string, format: 'atom' | 'geojson' = 'atom') =>
    `/api/alerts/public/${enc(orgSlug)}/${format === 'atom' ? 'feed.atom' : 'alerts.geojson'}`;
  publicAlertPath = (id: string) => `/api/alerts/public/cap/${enc(id)}.xml`;

  // Event security plans (sensitive): the plan, its figures, sign-off by the agencies, live operations
  listEvents = (query: { readonly siteId?: string } = {}) => this.transport.json<EventSummary[]>('GET', `/api/events${q(query)}`);
  getEvent = (id: string) => this.transport.json<EventRecord>('GET', `/api/events/${enc(id)}`);
  createEvent = (body: CreateEventInput) => this.transport.json<EventRecord>('POST', '/api/events', body);
  /** Saves as you go; `revision` refuses a change made on an older one (`conflict`). */
  updateEvent = (id: string, body: UpdateEventInput) => this.transport.json<EventRecord>('PATCH', `/api/events/${enc(id)}`, body);
  deleteEvent = (id: string) => this.transport.json<void>('DELETE', `/api/events/${enc(id)}`);
  /** Next year's edition, starting from this plan. */
  nextEvent = (id: string, body: NextEvent) => this.transport.json<EventRecord>('POST', `/api/events/${enc(id)}/next`, body);
  /** The plan's vehicle-barrier lines against the site's newest vehicle threat analysis. */
  eventBarrierChecks = (id: string) => this.transport.json<BarrierChecks>('GET', `/api/events/${enc(id)}/barriers`);
  /** What changed since the plan this one started from. */
  eventChanges = (id: string) => this.transport.json<EventChanges>('GET', `/api/events/${enc(id)}/changes`);
  /** Runs the crowd simulation of the plan twice: every exit open, and the largest closed. */
  simulateEvent = (id: string, body: SimulateEventInput = {}) => this.transport.json<EventRecord>('POST', `/api/events/${enc(id)}/simulations`, body);
  /** Draft → submitted: the plan is shared (read) with each reviewing agency. */
  submitEvent = (id: string, body: SubmitEvent) => this.transport.json<EventRecord>('POST', `/api/events/${enc(id)}/submit`, body);
  /** A reviewing agency's decision, with its conditions. */
  reviewEvent = (id: string, body: ReviewEventInput) => this.transport.json<EventRecord>('POST', `/api/events/${enc(id)}/review`, body);
  closeEventCondition = (id: string, conditionId: string, body: CloseCondition) =>
    this.transport.json<EventCondition>('PATCH', `/api/events/${enc(id)}/conditions/${enc(conditionId)}`, body);
  /** Approved → live (the owner), live → debriefed. */
  startEventLive = (id: string) => this.transport.json<EventRecord>('POST', `/api/events/${enc(id)}/live/start`, {});
  endEventLive = (id: string, debrief: string) => this.transport.json<EventRecord>('POST', `/api/events/${enc(id)}/live/end`, { debrief });
  /** The live state and the log entries after `after` (0: all). */
  eventLive = (id: string, after = 0) => this.transport.json<LiveState>('GET', `/api/events/${enc(id)}/live${q({ after: String(after) })}`);
  postGateCount = (id: string, body: PostGateCountInput) => this.transport.json<LiveState>('POST', `/api/events/${enc(id)}/live/counts`, body);
  postIncident = (id: string, body: PostIncidentInput) => this.transport.json<LiveState>('POST', `/api/events/${enc(id)}/live/incidents`, body);
  /** Export paths, for links: the Event Safety Management Plan as PDF, the calculations as CSV. */
  eventExportPath = (id: string, format: 'pdf' | 'csv', lang?: string) =>
    `/api/events/${enc(id)}/${format === 'pdf' ? 'plan.pdf' : 'calculations.csv'}${q({ lang })}`;
  eventExport = async <F extends 'pdf' | 'csv'>(id: string, format: F, lang?: string): Promise<F extends 'pdf' ? Uint8Array : string> => {
    const response = await this.transport.request('GET', this.eventExportPath(id, format, lang));
    return (format === 'pdf' ? new Uint8Array(await response.arrayBuffer()) : await response.text()) as F extends 'pdf' ? Uint8Array : string;
  };
  /** The jurisdictions' profiles the organisation may pick (the built-in default first), their latest versions. */
  listEventProfiles = () => this.transport.json<EventProfile[]>('GET', '/api/events/profiles');
  createEventProfile = (body: SaveEventProfileInput) => this.transport.json<EventProfile>('POST', '/api/events/profiles', body);
  /** A change makes the next version; the earlier ones stay, for the plans that use them. */
  updateEventProfile = (id: string, body: SaveEventProfileInput) => this.transport.json<EventProfile>('PUT', `/api/events/profiles/${enc(id)}`, body);
  eventProfileVersions = (id: string) => this.transport.json<EventProfile[]>('GET', `/api/events/profiles/${enc(id)}/versions`);
  /** The network's calendar: the listed events of its members, never their plans. */
  networkEvents = (networkId: string) => this.transport.json<CalendarEvent[]>('GET', `/api/events/calendar/${enc(networkId)}`);

  // Multi-agency exercises (sensitive): design for the organiser's controllers, deliveries to each agency's players
  listExercises = () => this.transport.json<ExerciseSummary[]>('GET', '/api/exercises');
  /** The exercise as the reader's role allows: its design (the scenario) for its controllers only. */
  getExercise = (id: string) => this.transport.json<Exercise>('GET', `/api/exercises/${enc(id)}`);
  createExercise = (body: CreateExerciseInput) => this.transport.json<Exercise>('POST', '/api/exercises', body);
  /** Saves the design while it is planned; `revision` refuses a change made on an older one (`conflict`). */
  updateExercise = (id: string, body: UpdateExerciseInput) => this.transport.json<Exercise>('PATCH', `/api/exercises/${enc(id)}`, body);
  deleteExercise = (id: string) => this.transport.json<void>('DELETE', `/api/exercises/${enc(id)}`);
  /** The master scenario events list as CSV (English headers), and its replacement by a CSV file's. */
  exerciseMselPath = (id: string) => `/api/exercises/${enc(id)}/msel.csv`;
  exerciseMsel = async (id: string) => (await this.transport.request('GET', this.exerciseMselPath(id))).text();
  importExerciseMsel = async (id: string, csv: string, revision?: number) =>
    (await (await this.transport.request('PUT', `${this.exerciseMselPath(id)}${q({ revision })}`, new TextEncoder().encode(csv), { contentType: 'text/csv' })).json()) as Exercise;
  addExerciseParticipant = (id: string, body: AddParticipantInput) => this.transport.json<Exercise>('POST', `/api/exercises/${enc(id)}/participants`, body);
  removeExerciseParticipant = (id: string, participantId: string) =>
    this.transport.json<Exercise>('DELETE', `/api/exercises/${enc(id)}/participants/${enc(participantId)}`);
  /** A controller's command: start, pause, resume, speed, jump, publish, skip, cancel, end. */
  runExercise = (id: string, body: RunCommandInput) => this.transport.json<Timeline>('POST', `/api/exercises/${enc(id)}/run`, body);
  exerciseTimeline = (id: string) => this.transport.json<Timeline>('GET', `/api/exercises/${enc(id)}/timeline`);
  /** What reached the reader's organisation (a controller: everything), in order. */
  exerciseDeliveries = (id: string) => this.transport.json<Delivery[]>('GET', `/api/exercises/${enc(id)}/deliveries`);
  exerciseResponses = (id: string) => this.transport.json<ExerciseResponse[]>('GET', `/api/exercises/${enc(id)}/responses`);
  respondToExercise = (id: string, body: PostResponseInput) => this.transport.json<ExerciseResponse>('POST', `/api/exercises/${enc(id)}/responses`, body);

  /** Evaluation: observations rated P / S / M / U (evaluators and controllers). */
  exerciseObservations = (id: string) => this.transport.json<Observation[]>('GET', `/api/exercises/${enc(id)}/observations`);
  observeExercise = (id: string, body: PostObservationInput) => this.transport.json<Observation>('POST', `/api/exercises/${enc(id)}/observations`, body);
  /** Adds the photo (JPEG or PNG) of one's observation; its location metadata is removed unless `keepLocation`. */
  uploadObservationPhoto = async (
    id: string,
    observationId: string,
    photo: { readonly filename: string; readonly keepLocation?: boolean },
    data: Uint8Array | Blob,
    contentType = 'image/jpeg',
  ) =>
    (await (
      await this.transport.request(
        'PUT',
        `/api/exercises/${enc(id)}/observations/${enc(observationId)}/photo${q({ filename: photo.filename, keepLocation: photo.keepLocation === undefined ? undefined : String(photo.keepLocation) })}`,
        data,
        { contentType },
      )
    ).json()) as Observation;
  observationPhotoPath = (id: string, observationId: string) => `/api/exercises/${enc(id)}/observations/${enc(observationId)}/photo`;
  /** The hot wash and the participants' feedback, once play has ended. */
  exerciseFeedback = (id: string) => this.transport.json<Feedback[]>('GET', `/api/exercises/${enc(id)}/feedback`);
  giveExerciseFeedback = (id: string, body: PostFeedbackInput) => this.transport.json<Feedback>('POST', `/api/exercises/${enc(id)}/feedback`, body);
  /** The improvement plan: corrective actions tracked to done. */
  exerciseActions = (id: string) => this.transport.json<CorrectiveAction[]>('GET', `/api/exercises/${enc(id)}/actions`);
  addExerciseAction = (id: string, body: SaveCorrectiveActionInput) => this.transport.json<CorrectiveAction>('POST', `/api/exercises/${enc(id)}/actions`, body);
  saveExerciseAction = (id: string, actionId: string, body: SaveCorrectiveActionInput) =>
    this.transport.json<CorrectiveAction>('PUT', `/api/exercises/${enc(id)}/actions/${enc(actionId)}`, body);
  /** The after-action report (ratings, strengths, improvements, metrics, timeline) and the replay. */
  exerciseReport = (id: string) => this.transport.json<AfterActionReport>('GET', `/api/exercises/${enc(id)}/report`);
  exerciseReportPath = (id: string, lang?: string) => `/api/exercises/${enc(id)}/report.pdf${q({ lang })}`;
  exerciseReportPdf = async (id: string, lang?: string) => new Uint8Array(await (await this.transport.request('GET', this.exerciseReportPath(id, lang))).arrayBuffer());
  exerciseReplay = (id: string) => this.transport.json<ReplayItem[]>('GET', `/api/exercises/${enc(id)}/replay`);

  // Promising practices (KNOWLEDGE.md): searched in every language of the records, with facets
  /** Practices the reader may see matching words and facets, ranked, with the facets' counts. */
  searchPractices = (body: PracticeSearchInput = {}) => this.transport.json<PracticeResults>('POST', '/api/practices/search', body);
  getPractice = (id: string) => this.transport.json<Practice>('GET', `/api/practices/${enc(id)}`);
  createPractice = (body: CreatePracticeInput) => this.transport.json<Practice>('POST', '/api/practices', body);
  updatePractice = (id: string, body: UpdatePracticeInput) => this.transport.json<Practice>('PUT', `/api/practices/${enc(id)}`, body);
  /** Submit for review, return with a note, publish with its maturity label, unpublish. */
  stepPractice = (id: string, body: PracticeStep) => this.transport.json<Practice>('POST', `/api/practices/${enc(id)}/steps`, body);
  deletePractice = (id: string) => this.transport.json<void>('DELETE', `/api/practices/${enc(id)}`);
  /** Attaches a PDF, JPEG or PNG to a draft practice (a photo loses its location metadata). */
  attachToPractice = async (id: string, filename: string, data: Uint8Array | Blob, contentType = 'application/pdf') =>
    (await (await this.transport.request('POST', `/api/practices/${enc(id)}/attachments${q({ filename })}`, data, { contentType })).json()) as Practice;
  practiceAttachmentPath = (id: string, attachmentId: string) => `/api/practices/${enc(id)}/attachments/${enc(attachmentId)}`;
  practiceAttachment = async (id: string, attachmentId: string) =>
    new Uint8Array(await (await this.transport.request('GET', this.practiceAttachmentPath(id, attachmentId))).arrayBuffer());
  detachFromPractice = (id: string, attachmentId: string) => this.transport.json<Practice>('DELETE', `/api/practices/${enc(id)}/attachments/${enc(attachmentId)}`);

  // Saved searches of practices, which notify their user of practices newly matching them
  listSavedSearches = () => this.transport.json<SavedSearch[]>('GET', '/api/practices/saved-searches');
  saveSearch = (body: SaveSavedSearchInput) => this.transport.json<SavedSearch>('POST', '/api/practices/saved-searches', body);
  updateSavedSearch = (id: string, body: SaveSavedSearchInput) => this.transport.json<SavedSearch>('PUT', `/api/practices/saved-searches/${enc(id)}`, body);
  deleteSavedSearch = (id: string) => this.transport.json<void>('DELETE', `/api/practices/saved-searches/${enc(id)}`);

  // The signed-in user's notifications; news of them on the realtime channel `user:<their id>`
  notifications = (query: { unread?: boolean; limit?: number; before?: string } = {}) =>
    this.transport.json<NotificationList>('GET', `/api/notifications${q({ unread: query.unread === undefined ? undefined : String(query.unread), limit: query.limit, before: query.before })}`);
  markNotificationsRead = (body: MarkNotificationsRead) => this.transport.json<NotificationList>('POST', '/api/notifications/read', body);

  // The life of a network: its activities on one calendar, with registrations
  getActivity = (network: string, id: string) => this.transport.json<Activity>('GET', `/api/networks/${enc(network)}/activities/${enc(id)}`);
  /** The exchange of officers an activity of kind `exchange` is: its host, guests and report (members only). */
  getExchange = (network: string, id: string) => this.transport.json<Exchange>('GET', `/api/networks/${enc(network)}/activities/${enc(id)}/exchange`);
  saveExchange = (network: string, id: string, body: SaveExchangeInput) =>
    this.transport.json<Exchange>('PUT', `/api/networks/${enc(network)}/activities/${enc(id)}/exchange`, body);
  /** The acting organisation sends an officer to the exchange. */
  addExchangeGuest = (network: string, id: string, body: AddExchangeGuestInput) =>
    this.transport.json<Exchange>('POST', `/api/networks/${enc(network)}/activities/${enc(id)}/exchange/guests`, body);
  removeExchangeGuest = (network: string, id: string, guestId: string) =>
    this.transport.json<Exchange>('DELETE', `/api/networks/${enc(network)}/activities/${enc(id)}/exchange/guests/${enc(guestId)}`);
  listActivities = (network: string) => this.transport.json<Activity[]>('GET', `/api/networks/${enc(network)}/activities`);
  createActivity = (network: string, body: SaveActivityInput) => this.transport.json<Activity>('POST', `/api/networks/${enc(network)}/activities`, body);
  updateActivity = (network: string, id: string, body: SaveActivityInput) =>
    this.transport.json<Activity>('PUT', `/api/networks/${enc(network)}/activities/${enc(id)}`, body);
  deleteActivity = (network: string, id: string) => this.transport.json<void>('DELETE', `/api/networks/${enc(network)}/activities/${enc(id)}`);
  /** Registers the acting organisation with `people` people (or changes how many). */
  registerToActivity = (network: string, id: string, body: RegisterInput) =>
    this.transport.json<Activity>('PUT', `/api/networks/${enc(network)}/activities/${enc(id)}/registration`, body);
  unregisterFromActivity = (network: string, id: string) =>
    this.transport.json<Activity>('DELETE', `/api/networks/${enc(network)}/activities/${enc(id)}/registration`);
  /** The network's calendar as iCalendar: every activity for its members, the public ones for anyone else. */
  networkCalendarPath = (network: string) => `/api/networks/${enc(network)}/calendar.ics`;
  networkCalendar = async (network: string) => (await this.transport.request('GET', this.networkCalendarPath(network))).text();

  // A network's calls for expressions of interest: applications, reviews and the selection
  listCalls = (network: string) => this.transport.json<Call[]>('GET', `/api/networks/${enc(network)}/calls`);
  getCall = (network: string, id: string) => this.transport.json<Call>('GET', `/api/networks/${enc(network)}/calls/${enc(id)}`);
  createCall = (network: string, body: SaveCallInput) => this.transport.json<Call>('POST', `/api/networks/${enc(network)}/calls`, body);
  updateCall = (network: string, id: string, body: SaveCallInput) => this.transport.json<Call>('PUT', `/api/networks/${enc(network)}/calls/${enc(id)}`, body);
  deleteCall = (network: string, id: string) => this.transport.json<void>('DELETE', `/api/networks/${enc(network)}/calls/${enc(id)}`);
  /** Ends the applications now, before the deadline. */
  closeCall = (network: string, id: string) => this.transport.json<Call>('POST', `/api/networks/${enc(network)}/calls/${enc(id)}/close`);
  /** The acting organisation applies, or changes its application, before the deadline. */
  applyToCall = (network: string, id: string, body: SaveApplicationInput) =>
    this.transport.json<Call>('PUT', `/api/networks/${enc(network)}/calls/${enc(id)}/application`, body);
  withdrawFromCall = (network: string, id: string) => this.transport.json<Call>('DELETE', `/api/networks/${enc(network)}/calls/${enc(id)}/application`);
  reviewApplication = (network: string, id: string, applicationId: string, body: SaveReviewInput) =>
    this.transport.json<Call>('PUT', `/api/networks/${enc(network)}/calls/${enc(id)}/applications/${enc(applicationId)}/review`, body);
  /** Selects applications once the call is closed: their organisations join the network. */
  decideCall = (network: string, id: string, body: DecideCallInput) => this.transport.json<Call>('POST', `/api/networks/${enc(network)}/calls/${enc(id)}/decision`, body);

  // Training: a network's courses and academies, enrolment, attendance and certificates
  listCourses = (network?: string) => this.transport.json<Course[]>('GET', `/api/training${q({ network })}`);
  getCourse = (id: string) => this.transport.json<Course>('GET', `/api/training/${enc(id)}`);
  createCourse = (body: CreateCourseInput) => this.transport.json<Course>('POST', '/api/training', body);
  updateCourse = (id: string, body: SaveCourseInput) => this.transport.json<Course>('PUT', `/api/training/${enc(id)}`, body);
  deleteCourse = (id: string) => this.transport.json<void>('DELETE', `/api/training/${enc(id)}`);
  /** Enrols a person of the acting organisation. */
  enrolInCourse = (id: string, body: EnrolInput) => this.transport.json<Course>('POST', `/api/training/${enc(id)}/participants`, body);
  withdrawFromCourse = (id: string, participantId: string) => this.transport.json<Course>('DELETE', `/api/training/${enc(id)}/participants/${enc(participantId)}`);
  markAttendance = (id: string, body: MarkAttendance) => this.transport.json<Course>('PUT', `/api/training/${enc(id)}/attendance`, body);
  /** A participant's certificate as PDF, in `lang` (else the reader's language). */
  certificatePath = (id: string, participantId: string, lang?: string) =>
    `/api/training/${enc(id)}/participants/${enc(participantId)}/certificate.pdf${q({ lang })}`;
  certificatePdf = async (id: string, participantId: string, lang?: string) =>
    new Uint8Array(await (await this.transport.request('GET', this.certificatePath(id, participantId, lang))).arrayBuffer());
  /** What a certificate's code proves; readable without an account. */
  checkCertificate = (code: string) => this.transport.json<CertificateCheck>('GET', `/api/training/certificates/${enc(code)}`);

  // A city's awareness page, public once published
  listAwarenessPages = () => this.transport.json<AwarenessEntry[]>('GET', '/api/awareness');
  getAwarenessPage = (orgSlug: string) => this.transport.json<AwarenessPage>('GET', `/api/awareness/${enc(orgSlug)}`);
  saveAwarenessPage = (orgSlug: string, body: SaveAwarenessInput) => this.transport.json<AwarenessPage>('PUT', `/api/awareness/${enc(orgSlug)}`, body);

  // Citizens' reports: the reporting page (no account), the reporter's follow-up by token, triage, coverage, Open311 keys
  /** Sends a report (no account needed): the answer holds the token to follow it, shown once. */
  sendReport = (body: NewReportInput) => this.transport.json<ReportReceipt>('POST', '/api/citizens/reports', body);
  /** Adds the photo of a report not yet published, with its token: faces are blurred, metadata removed. */
  sendReportPhoto = async (token: string, data: Uint8Array | Blob, contentType = 'image/jpeg') =>
    (await (await this.transport.request('PUT', `/api/citizens/reports/photo${q({ token })}`, data, { contentType })).json()) as PublicReport;
  trackReport = (token: string) => this.transport.json<PublicReport>('GET', `/api/citizens/track/${enc(token)}`);
  /** For each category, the organisation that takes its reports at a place (null: none there). */
  reportCategoriesAt = (lng: number, lat: number) =>
    this.transport.json<{ category: ReportCategory; orgName: string | null }[]>('GET', `/api/citizens/categories${q({ lng, lat })}`);
  citizenTransparency = () => this.transport.json<Transparency>('GET', '/api/citizens/transparency');
  publicReportPhotoPath = (requestId: string) => `/api/citizens/public/${enc(requestId)}/photo.jpg`;
  /** The reports the acting organisation received. */
  listReports = (query: Partial<ReportQuery> = {}) => this.transport.json<Report[]>('GET', `/api/citizens/reports${q(query)}`);
  getReport = (id: string) => this.transport.json<Report>('GET', `/api/citizens/reports/${enc(id)}`);
  triageReport = (id: string, body: TriageReportInput) => this.transport.json<Report>('PUT', `/api/citizens/reports/${enc(id)}/triage`, body);
  reportPhotoPath = (id: string) => `/api/citizens/reports/${enc(id)}/photo`;
  reportPhoto = async (id: string) => new Uint8Array(await (await this.transport.request('GET', this.reportPhotoPath(id))).arrayBuffer());
  listCoverage = () => this.transport.json<Coverage[]>('GET', '/api/citizens/coverage');
  createCoverage = (body: SaveCoverage) => this.transport.json<Coverage>('POST', '/api/citizens/coverage', body);
  updateCoverage = (id: string, body: SaveCoverage) => this.transport.json<Coverage>('PUT', `/api/citizens/coverage/${enc(id)}`, body);
  deleteCoverage = (id: string) => this.transport.json<void>('DELETE', `/api/citizens/coverage/${enc(id)}`);
  listApiKeys = () => this.transport.json<ApiKey[]>('GET', '/api/citizens/api-keys');
  /** Issues an Open311 API key of the acting organisation: the key is in this answer only. */
  issueApiKey = (body: IssueApiKey) => this.transport.json<IssuedApiKey>('POST', '/api/citizens/api-keys', body);
  revokeApiKey = (id: string) => this.transport.json<void>('DELETE', `/api/citizens/api-keys/${enc(id)}`);

  // Webhooks of the acting organisation (its admins); the secret is in the answers of create and rotate only
  listWebhooks = () => this.transport.json<Webhook[]>('GET', '/api/webhooks');
  getWebhook = (id: string) => this.transport.json<Webhook>('GET', `/api/webhooks/${enc(id)}`);
  createWebhook = (body: CreateWebhookInput) => this.transport.json<WebhookWithSecret>('POST', '/api/webhooks', body);
  updateWebhook = (id: string, body: UpdateWebhook) => this.transport.json<Webhook>('PATCH', `/api/webhooks/${enc(id)}`, body);
  deleteWebhook = (id: string) => this.transport.json<void>('DELETE', `/api/webhooks/${enc(id)}`);
  rotateWebhookSecret = (id: string) => this.transport.json<WebhookWithSecret>('POST', `/api/webhooks/${enc(id)}/rotate-secret`, {});
  /** Sends `webhook.ping` to the webhook; the answer is its delivery, still pending. */
  pingWebhook = (id: string) => this.transport.json<WebhookDelivery>('POST', `/api/webhooks/${enc(id)}/ping`, {});
  /** What was sent to the webhook, latest first, with every attempt; `next` is the `before` of the next page. */
  webhookDeliveries = (id: string, query: WebhookDeliveryQueryInput = {}) =>
    this.transport.json<WebhookDeliveryPage>('GET', `/api/webhooks/${enc(id)}/deliveries${q(query as Record<string, string | number | undefined>)}`);
}

/** The map layers of an extract: a GeoJSON FeatureCollection carrying the OSM attribution. */
export interface MapLayersJson {
  readonly type: 'FeatureCollection';
  readonly attribution: string;
  readonly bbox: [number, number, number, number] | null;
  readonly features: readonly {
    type: 'Feature';
    properties: { layer: string; class: string; rank?: string; name?: string };
    geometry: { type: string; coordinates: unknown };
  }[];
}
