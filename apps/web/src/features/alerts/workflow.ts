import { ROLE_RANK, type Alert, type Role } from '@pactesur/contracts';

/**
 * What the person looking at an alert may do with it now (ALERTS.md, Workflow): draft → pending approval
 * (four eyes: someone other than the author approves) → published → updated or cancelled; a partner
 * organisation a Restricted alert was sent to acknowledges it. The server decides; the page offers only
 * what it would allow, and says why Approve is missing for the author.
 */
export interface WorkflowOffer {
  readonly edit: boolean;
  readonly submit: boolean;
  /** `author`: the reader wrote it and may not approve it; the page says so. */
  readonly approve: 'yes' | 'author' | 'no';
  readonly reject: boolean;
  readonly update: boolean;
  readonly cancel: boolean;
  readonly acknowledge: boolean;
  readonly delete: boolean;
}

export interface Reader {
  readonly role: Role;
  readonly orgId: string;
  /** The reader's user id: the alert names its author by theirs. */
  readonly userId: string;
}

const atLeastEditor = (role: Role) => ROLE_RANK[role] >= ROLE_RANK.editor;

/** What `reader` may do with `alert`. */
export function workflowOffer(
  alert: Pick<Alert, 'state' | 'msgType' | 'access' | 'authorId' | 'ownerOrgId' | 'scope' | 'content' | 'acks'>,
  reader: Reader,
): WorkflowOffer {
  const editor = atLeastEditor(reader.role);
  const mayChange = editor && (alert.access === 'owner' || alert.access === 'edit');
  const owner = editor && alert.access === 'owner';
  const isAuthor = alert.authorId !== null && alert.authorId === reader.userId;
  const pending = alert.state === 'pending' && mayChange;
  const followUp = owner && alert.state === 'published' && alert.msgType !== 'Cancel' && alert.msgType !== 'Ack';
  const recipient =
    alert.scope === 'Restricted' &&
    alert.ownerOrgId !== reader.orgId &&
    alert.content.recipientOrgIds.includes(reader.orgId);
  return {
    edit: alert.state === 'draft' && mayChange,
    submit: alert.state === 'draft' && mayChange,
    approve: !pending ? 'no' : isAuthor ? 'author' : 'yes',
    reject: pending && !isAuthor,
    update: followUp,
    cancel: followUp,
    acknowledge:
      editor && recipient && alert.state === 'published' && !alert.acks.some((a) => a.orgId === reader.orgId),
    // What was not published may be withdrawn; a published message was sent and stays (cancel it instead).
    delete: owner && (alert.state === 'draft' || alert.state === 'pending'),
  };
}
