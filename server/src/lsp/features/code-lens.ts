/** The CodeLens summary at the top of a note: "14 claims · 3 unsourced · 4 unconfirmed · 1 date issue". */
import type { CodeLens } from 'vscode-languageserver';
import { analyseNote } from '../../core/claims/analysis';
import type { Finding } from '../../core/types';
import { pathToUri } from '../convert';
import { SHOW_TIMELINE_COMMAND } from '../protocol';
import type { Session } from '../session';

const UNSOURCED = new Set(['claim-unsourced', 'attribution-unsourced']);
const UNCONFIRMED = new Set(['claim-hedged', 'claim-anonymous', 'claim-overstated']);

const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The summary line of a note from its analysis and findings. */
export function summaryLine(claims: number, findings: readonly Finding[]): string {
  const unsourced = findings.filter((f) => UNSOURCED.has(f.ruleId)).length;
  const unconfirmed = findings.filter((f) => UNCONFIRMED.has(f.ruleId)).length;
  const dates = findings.filter((f) => f.ruleId.startsWith('date-')).length;
  return [count(claims, 'claim'), `${unsourced} unsourced`, `${unconfirmed} unconfirmed`, count(dates, 'date issue')].join(' · ');
}

/** The lens of one note (none for other files). */
export function codeLenses(session: Session, path: string, findings: readonly Finding[]): CodeLens[] {
  const doc = session.documentFor(path);
  if (doc?.kind !== 'note') return [];
  const claims = doc.format === 'yaml' ? doc.claims.length : analyseNote(doc, session.workspace, session.configFor(path)).filter((a) => a.claim).length;
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return [{ range, command: { title: summaryLine(claims, findings), command: SHOW_TIMELINE_COMMAND, arguments: [pathToUri(path)] } }];
}
