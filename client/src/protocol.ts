/**
 * The two custom messages between the extension and the language server, beyond standard LSP.
 * Declared with plain method names and shapes so the client needs nothing from the server's code.
 */

/** Client → server: the timeline page for the workspace, or for one note when `uri` is given. */
export const timelineRequest = 'policyNotes/timeline';
/** Parameters of {@link timelineRequest}. */
export interface TimelineParams {
  uri?: string;
}
/** Result of {@link timelineRequest}: one self-contained HTML page. */
export interface TimelineResult {
  html: string;
}

/** Server → client: indexing progress and the workspace's finding counts, for the status bar. */
export const statusNotification = 'policyNotes/status';
/** Parameters of {@link statusNotification}. */
export interface StatusParams {
  state: 'indexing' | 'ready';
  files: number;
  errors: number;
  warnings: number;
}
