/** Applies fixes to text: exact edits, duplicates merged, overlapping edits skipped, idempotent by construction. */
import type { TextEdit } from './types';

/** The edits to apply together: duplicates merged, in order, each overlapping an earlier-kept one dropped. */
export function selectEdits(edits: readonly TextEdit[]): TextEdit[] {
  const unique = new Map<string, TextEdit>();
  for (const e of edits) unique.set(`${e.start}:${e.end}:${e.newText}`, e);
  const sorted = [...unique.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: TextEdit[] = [];
  for (const e of sorted) {
    const last = kept[kept.length - 1];
    if (last && e.start < last.end) continue;
    kept.push(e);
  }
  return kept;
}

/** Applies the edits meant for one file; edits that overlap an earlier-kept edit are dropped. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of selectEdits(edits)) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}
