import { describe, expect, it } from 'vitest';
import { tagsWithType } from './line-options';

describe('tagsWithType', () => {
  it('ticks cybersecurity for a cybersecurity expense, once', () => {
    expect(tagsWithType([], 'cybersecurity')).toEqual(['cybersecurity']);
    expect(tagsWithType(['technology:crm'], 'cybersecurity')).toEqual(['technology:crm', 'cybersecurity']);
    expect(tagsWithType(['cybersecurity'], 'cybersecurity')).toEqual(['cybersecurity']);
  });

  it('never unticks what the SME ticked, and adds nothing for a type that names no purpose', () => {
    expect(tagsWithType(['cybersecurity'], 'consulting')).toEqual(['cybersecurity']);
    expect(tagsWithType([], 'training')).toEqual([]);
  });
});
