/** The timeline page for the editor: the same rows and HTML as `policy-notes timeline --format html`. */
import { formatTimelineHtml } from '../../cli/formatters/timeline-html';
import type { NoteDocument } from '../../core/documents';
import { relativePath } from '../../core/paths';
import { timelineRows } from '../../core/timeline';
import type { FlaggingFinding } from '../../core/timeline';
import type { Session } from '../session';

/** The timeline of one note, or of every note when `path` is undefined. */
export function timelineHtml(session: Session, path: string | undefined, findingsFor: (path: string) => readonly FlaggingFinding[]): string {
  const notes = path ? [session.documentFor(path)] : session.workspace.notes();
  const chosen = notes.filter((d): d is NoteDocument => d?.kind === 'note').sort((a, b) => (a.path < b.path ? -1 : 1));
  const rows = timelineRows(chosen, (p) => session.configFor(p), findingsFor, (p) => relativePath(session.rootOf(p), p));
  // The rows read every note's dates: a workspace's worth of analyses that nothing else reads.
  session.releaseClosed(chosen);
  return formatTimelineHtml(rows, path ? `Timeline of ${relativePath(session.rootOf(path), path)}` : 'Timeline');
}
