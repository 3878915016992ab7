/**
 * A notice checked on its own, handed to the Audit page to be compared there with the tally sheets:
 * the file as chosen (its bytes unchanged, so its SHA-256 is the one checked), or the text as typed.
 */
export type NoticeHandOver = { readonly file: File } | { readonly text: string };
