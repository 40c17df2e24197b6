import { describe, expect, it } from 'vitest';
import { mayReoptimise } from './mayReoptimise.ts';

const editor = { role: 'editor' } as const;

describe('mayReoptimise', () => {
  it('offers scenarios to editors and admins of the owner organisation on a site they may edit', () => {
    expect(mayReoptimise(editor, 'owner', 'owner')).toBe(true);
    expect(mayReoptimise({ role: 'admin' }, 'owner', 'edit')).toBe(true);
  });

  it('never offers them through a share of the plan, even one to edit', () => {
    expect(mayReoptimise(editor, 'edit', 'owner')).toBe(false);
    expect(mayReoptimise(editor, 'edit', 'edit')).toBe(false);
    expect(mayReoptimise({ role: 'admin' }, 'read', 'owner')).toBe(false);
  });

  it('needs a site the reader may plan on, once it is read', () => {
    expect(mayReoptimise(editor, 'owner', 'read')).toBe(false);
    expect(mayReoptimise(editor, 'owner', null)).toBe(false);
  });

  it('needs an editor', () => {
    expect(mayReoptimise({ role: 'analyst' }, 'owner', 'owner')).toBe(false);
    expect(mayReoptimise(null, 'owner', 'owner')).toBe(false);
  });
});
