import type { InputRole } from '../../core/index.js';

/** Which announcement an audit reads when both a pasted text and a file are there. */
export type AnnouncementChoice = 'text' | 'file';

/** Everything on the audit page that an audit reads. */
export interface AuditInputs {
  /** Each chosen file by its key (a new choice is a new key, even of the same name) and role. */
  readonly files: readonly { readonly key: string; readonly role: InputRole }[];
  readonly announcementText: string;
  readonly announcementChoice: AnnouncementChoice;
  /** True while the election built in the form has been edited since it was taken to the audit. */
  readonly formEdited: boolean;
}

/**
 * A fingerprint of the inputs as shown: a result belongs to the fingerprint it was run on, and is shown
 * and signable only while the page's inputs still have it. Any change (another election, a file added,
 * removed or given another role, a character of the announcement, the choice between text and file,
 * an edit of the form) gives another fingerprint. Files are compared by the key of their choice, not
 * their bytes: choosing a file again is a change, which costs at most one more audit.
 */
export function inputsFingerprint(inputs: AuditInputs): string {
  return JSON.stringify([
    inputs.files.map((file) => [file.key, file.role]),
    inputs.announcementText,
    inputs.announcementChoice,
    inputs.formEdited,
  ]);
}
