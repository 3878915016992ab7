/**
 * The notice report's version line: which version of the law was applied, named by its text and its
 * days in force, never by the pack's id. Kept in core (core/report/version-line.ts) since the command
 * line's text output says the same line.
 */
export { versionLine } from '../../core/index.js';
