import { ROLE_RANK, type MyMembership, type Network } from '@pactesur/contracts';

/** What the reader may do with a network's programme, as the organisation they act for. */
export interface ReaderRights {
  /** Their organisation belongs to the network: it reads every activity. */
  readonly member: boolean;
  /** An editor of a member organisation: registers it to activities. */
  readonly canRegister: boolean;
  /** An editor of the lead or a consortium partner: keeps the programme. */
  readonly canManage: boolean;
}

const RUNNING_ROLES: ReadonlySet<string> = new Set(['lead', 'consortium']);

/** The reader's rights on the programme of `network`, for the membership they act with (none when signed out). */
export function readerRights(network: Network, acting: MyMembership | null): ReaderRights {
  const role = acting ? network.members.find((m) => m.org.id === acting.orgId)?.role : undefined;
  const editor = acting !== null && ROLE_RANK[acting.role] >= ROLE_RANK.editor;
  const member = role !== undefined;
  return {
    member,
    canRegister: member && editor,
    canManage: member && editor && RUNNING_ROLES.has(role),
  };
}
