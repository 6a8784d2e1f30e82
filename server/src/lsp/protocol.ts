/**
 * What the server and the client agree on beyond LSP: custom requests, notifications and commands.
 * The client imports only this file from the server.
 */

/** Request `policyNotes/timeline`: the timeline of one note (`uri`) or of the workspace, as a page. */
export const TIMELINE_REQUEST = 'policyNotes/timeline';

/** Parameters of the timeline request. */
export interface TimelineParams {
  uri?: string;
}

/** Result of the timeline request: one self-contained HTML page. */
export interface TimelineResult {
  html: string;
}

/** Notification `policyNotes/status`: indexing state and totals, for a status bar. */
export const STATUS_NOTIFICATION = 'policyNotes/status';

/** Parameters of the status notification. */
export interface StatusParams {
  state: 'indexing' | 'ready';
  files: number;
  errors: number;
  warnings: number;
}

/** Server command: open a rule's documentation (argument: the rule id). */
export const SHOW_RULE_DOCS_COMMAND = 'policyNotes.showRuleDocs';

/** Client command the CodeLens runs: show the timeline. */
export const SHOW_TIMELINE_COMMAND = 'policyNotes.showTimeline';
