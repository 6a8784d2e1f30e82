/**
 * Inline control comments, the markdownlint convention with this product's name:
 * `policy-notes-disable|enable|disable-line|disable-next-line|disable-file [RULE…] [-- reason]`.
 * No rule names means every rule. `disable-next-line` skips blank lines, which formatters insert.
 */
import type { Comment } from './documents';
import type { LineIndex } from './text';
import type { Finding } from './types';

const DIRECTIVE = /^\s*policy-notes-(disable-next-line|disable-line|disable-file|disable|enable)\b([^]*)$/;

/** One parsed directive: the lines it covers and the rules it names (null = all). */
export interface Suppression {
  fromLine: number;
  toLine: number;
  rules: Set<string> | null;
  reason?: string;
}

function parseBody(rest: string): { rules: Set<string> | null; reason?: string } {
  const [list, ...reason] = rest.split(/\s--\s|^--\s|\s--$/);
  const names = list.split(/[\s,]+/).filter(Boolean);
  return { rules: names.length > 0 ? new Set(names) : null, reason: reason.join(' -- ').trim() || undefined };
}

function nextNonBlankLine(lines: LineIndex, after: number): number {
  for (let line = after + 1; line < lines.lineCount; line++) {
    if (lines.text.slice(lines.lineStart(line), lines.lineEnd(line)).trim() !== '') return line;
  }
  return after + 1;
}

/** Turns a file's control comments into line ranges. */
export function readSuppressions(comments: readonly Comment[], lines: LineIndex): Suppression[] {
  const out: Suppression[] = [];
  const open: Array<{ from: number; rules: Set<string> | null; reason?: string }> = [];
  for (const comment of comments) {
    const m = DIRECTIVE.exec(comment.body.trim());
    if (!m) continue;
    const { rules, reason } = parseBody(m[2]);
    const line = lines.lineAt(comment.span.start);
    switch (m[1]) {
      case 'disable-file': out.push({ fromLine: 0, toLine: Infinity, rules, reason }); break;
      case 'disable-line': out.push({ fromLine: line, toLine: line, rules, reason }); break;
      case 'disable-next-line': {
        const next = nextNonBlankLine(lines, lines.lineAt(comment.span.end));
        out.push({ fromLine: next, toLine: next, rules, reason });
        break;
      }
      case 'disable': open.push({ from: line, rules, reason }); break;
      case 'enable': {
        // Close the blocks this enable covers: all of them when it names no rule.
        for (let i = open.length - 1; i >= 0; i--) {
          const block = open[i];
          const closes = rules === null || (block.rules !== null && [...block.rules].every((r) => rules.has(r)));
          if (!closes) continue;
          out.push({ fromLine: block.from, toLine: line, rules: block.rules, reason: block.reason });
          open.splice(i, 1);
        }
        break;
      }
    }
  }
  for (const block of open) out.push({ fromLine: block.from, toLine: Infinity, rules: block.rules, reason: block.reason });
  return out;
}

/** Drops the findings that a suppression covers (by the line the finding starts on). */
export function applySuppressions(findings: Finding[], suppressions: readonly Suppression[], lines: LineIndex): Finding[] {
  if (suppressions.length === 0) return findings;
  return findings.filter((f) => {
    const line = lines.lineAt(f.start);
    return !suppressions.some((s) => line >= s.fromLine && line <= s.toLine && (s.rules === null || s.rules.has(f.ruleId)));
  });
}
