import { useEffect, useRef, useState } from 'preact/hooks';
import type { Gender } from '../../../core/index.js';
import {
  draftToJson,
  ELECTION_FILE_NAME,
  emptyDraft,
  rowKey,
  type CandidateDraft,
  type ContestDraft,
  type ElectionDraft,
} from './election-draft.js';

/** The form's draft is kept in this browser, so that a reload (or a closed tab) loses no typing. */
const DRAFT_KEY = 'tallywitness.electionDraft';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const records = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value)
    ? value.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)
    : [];

/**
 * A draft from what was stored, or null when it is not one. Only known fields are taken, each as text,
 * and rows get fresh keys (the stored ones may clash with this page's). Whatever is wrong in it is for
 * the core's reader to say at the fields, as for any typing.
 */
export function draftFromStored(stored: unknown): ElectionDraft | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const draft = stored as Record<string, unknown>;
  const contests = records(draft['contests']);
  if (contests.length === 0) return null;
  const gender = (value: unknown): Gender | '' => (value === 'female' || value === 'male' ? value : '');
  // Every text field of a draft, whichever the form has, from the stored one or else empty.
  const base = emptyDraft();
  const texts = Object.fromEntries(
    Object.entries(base)
      .filter(([, value]) => typeof value === 'string')
      .map(([key, value]) => [key, typeof draft[key] === 'string' ? draft[key] : value]),
  ) as Partial<ElectionDraft>;
  return {
    ...base,
    ...texts,
    rules: text(draft['rules']) || base.rules,
    round: draft['round'] === 'runoff' ? 'runoff' : 'first',
    contests: contests.map((contest): ContestDraft => ({
      key: rowKey(),
      id: text(contest['id']),
      name: text(contest['name']),
      seats: text(contest['seats']),
      candidates: records(contest['candidates']).map((candidate): CandidateDraft => ({
        key: rowKey(),
        id: text(candidate['id']),
        name: text(candidate['name']),
        gender: gender(candidate['gender']),
      })),
    })),
  };
}

export function loadDraft(): ElectionDraft | null {
  try {
    const stored = localStorage.getItem(DRAFT_KEY);
    return stored ? draftFromStored(JSON.parse(stored)) : null;
  } catch {
    return null;
  }
}

export function saveDraft(draft: ElectionDraft | null): void {
  try {
    if (draft) localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
    else localStorage.removeItem(DRAFT_KEY);
  } catch {
    // Storage unavailable: the form works on, unkept.
  }
}

/** The live tally's address part that asks it to take the election from the form's kept draft. */
export const ELECTION_FROM_FORM = 'election=form';

/**
 * The form's kept draft as the election.json its "Download" button would save, byte for byte, with the
 * election's name; null when nothing is kept. Whether it is a valid election is for the reader to say,
 * as for any chosen file.
 */
export function electionFileFromForm(): { file: File; name: string } | null {
  const draft = loadDraft();
  if (!draft) return null;
  const text = JSON.stringify(draftToJson(draft), null, 2) + '\n';
  return {
    file: new File([text], ELECTION_FILE_NAME, { type: 'application/json' }),
    name: draft.name.trim(),
  };
}

/**
 * The form's draft, as state that starts from what this browser kept and is kept on every change;
 * `onEdit` hears of each change the user makes (the draft as loaded is not one).
 */
export function useStoredDraft(onEdit?: () => void) {
  const [draft, setDraft] = useState<ElectionDraft>(() => loadDraft() ?? emptyDraft());
  const restored = useRef(draft);
  useEffect(() => {
    if (draft === restored.current) return;
    saveDraft(draft);
    onEdit?.();
  }, [draft]);
  return [draft, setDraft] as const;
}
