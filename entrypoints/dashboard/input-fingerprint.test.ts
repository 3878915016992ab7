import { describe, expect, it } from 'vitest';
import { inputsFingerprint, type AuditInputs } from './input-fingerprint.js';

const inputs: AuditInputs = {
  files: [
    { key: 'file-1', role: 'election' },
    { key: 'file-2', role: 'tallies' },
  ],
  announcementText: '公告',
  announcementChoice: 'text',
  formEdited: false,
};

describe('inputsFingerprint', () => {
  it('is the same for the same inputs', () => {
    expect(inputsFingerprint({ ...inputs, files: [...inputs.files] })).toBe(inputsFingerprint(inputs));
  });

  it('changes with every way an input can change', () => {
    const changed: AuditInputs[] = [
      { ...inputs, files: [{ key: 'file-3', role: 'election' }, inputs.files[1]!] },
      { ...inputs, files: [...inputs.files, { key: 'file-4', role: 'boxes' }] },
      { ...inputs, files: inputs.files.slice(1) },
      { ...inputs, files: [] },
      { ...inputs, files: [inputs.files[0]!, { key: 'file-2', role: 'ballots' }] },
      { ...inputs, announcementText: '公告 ' },
      { ...inputs, announcementChoice: 'file' },
      { ...inputs, formEdited: true },
    ];
    const prints = new Set([inputs, ...changed].map(inputsFingerprint));
    expect(prints.size).toBe(changed.length + 1);
  });
});
