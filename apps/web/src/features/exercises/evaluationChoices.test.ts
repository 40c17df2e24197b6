import { describe, expect, it } from 'vitest';
import { capabilityChoices, linkNames, narrowLink, NO_LINK, shortText, taskChoices, type EvaluationGuide } from './evaluationChoices.ts';

const guide: EvaluationGuide = {
  capabilities: [
    { id: 'c-warn', name: 'Public warning', description: '' },
    { id: 'c-coord', name: 'Operational coordination', description: '' },
    { id: 'c-med', name: 'Mass care', description: '' },
  ],
  objectives: [
    { id: 'o1', text: 'Warn the public within 10 minutes.', capabilities: ['c-warn', 'c-coord'] },
    { id: 'o2', text: 'Open a family assistance centre.', capabilities: [] },
  ],
  tasks: [
    { id: 't1', capabilityId: 'c-warn', text: 'Send the alert' },
    { id: 't2', capabilityId: 'c-coord', text: 'Set up the joint command post' },
    { id: 't3', capabilityId: 'c-med', text: 'Triage the casualties' },
  ],
};

describe('capabilityChoices', () => {
  it('narrows to what the objective tests, in the guide’s order', () => {
    expect(capabilityChoices(guide, 'o1').map((c) => c.id)).toEqual(['c-warn', 'c-coord']);
  });

  it('offers every capability without an objective, or for one that names none', () => {
    expect(capabilityChoices(guide, null).map((c) => c.id)).toEqual(['c-warn', 'c-coord', 'c-med']);
    expect(capabilityChoices(guide, 'o2')).toHaveLength(3);
    expect(capabilityChoices(guide, 'gone')).toHaveLength(3);
  });
});

describe('taskChoices', () => {
  it('offers the chosen capability’s tasks, else those of the capabilities offered', () => {
    expect(taskChoices(guide, { objectiveId: 'o1', capabilityId: 'c-coord' }).map((t) => t.id)).toEqual(['t2']);
    expect(taskChoices(guide, { objectiveId: 'o1', capabilityId: null }).map((t) => t.id)).toEqual(['t1', 't2']);
    expect(taskChoices(guide, { objectiveId: null, capabilityId: null }).map((t) => t.id)).toEqual(['t1', 't2', 't3']);
  });
});

describe('narrowLink', () => {
  it('drops a capability the new objective does not test, and its task', () => {
    expect(narrowLink(guide, { objectiveId: 'o1', capabilityId: 'c-med', taskId: 't3' })).toEqual({ objectiveId: 'o1', capabilityId: null, taskId: null });
  });

  it('drops a task of another capability', () => {
    expect(narrowLink(guide, { objectiveId: null, capabilityId: 'c-warn', taskId: 't2' })).toEqual({ objectiveId: null, capabilityId: 'c-warn', taskId: null });
  });

  it('brings the capability of a task chosen first', () => {
    expect(narrowLink(guide, { ...NO_LINK, objectiveId: 'o1', taskId: 't2' })).toEqual({ objectiveId: 'o1', capabilityId: 'c-coord', taskId: 't2' });
  });

  it('keeps a consistent link as it is', () => {
    const link = { objectiveId: 'o1', capabilityId: 'c-warn', taskId: 't1' };
    expect(narrowLink(guide, link)).toEqual(link);
    expect(narrowLink(guide, NO_LINK)).toEqual(NO_LINK);
  });
});

describe('linkNames', () => {
  it('names the objective by its text, the capability by its name, the task by its text', () => {
    expect(linkNames(guide, { objectiveId: 'o1', capabilityId: 'c-warn', taskId: 't1' })).toEqual({
      objective: 'Warn the public within 10 minutes.',
      capability: 'Public warning',
      task: 'Send the alert',
    });
  });

  it('shows an id the guide no longer has, and nothing for what is not linked', () => {
    expect(linkNames(guide, { objectiveId: 'o9', capabilityId: null, taskId: null })).toEqual({ objective: 'o9', capability: null, task: null });
  });
});

describe('shortText', () => {
  it('leaves a short text whole', () => {
    expect(shortText('  Warn   the public. ', 40)).toBe('Warn the public.');
  });

  it('cuts a long one on a word, with an ellipsis, within the length', () => {
    const cut = shortText('Within 5 minutes of the first call, the control room passes a report', 30);
    expect(cut).toBe('Within 5 minutes of the first…');
    expect(cut.length).toBeLessThanOrEqual(30);
  });

  it('cuts inside a word when no space comes close', () => {
    expect(shortText('Supercalifragilisticexpialidocious', 10)).toBe('Supercali…');
  });
});
