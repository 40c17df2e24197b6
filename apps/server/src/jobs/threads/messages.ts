/** Messages between the thread pool and a job thread. */
export type ToThread =
  { readonly type: 'run'; readonly kind: string; readonly input: unknown; readonly attachmentPath: string | null } | { readonly type: 'cancel' };

export type FromThread =
  | { readonly type: 'progress'; readonly fraction: number; readonly message: string | null }
  | { readonly type: 'done'; readonly result: unknown }
  | { readonly type: 'error'; readonly message: string; readonly cancelled: boolean };
