/** Small facts about a text's layout that fixes need so their edits match the file's own style. */

/** The newline style of a text: CRLF if it has one, else LF, else a lone CR (old Mac files); LF when it has no line break. */
export function eol(text: string): string {
  if (text.includes('\r\n')) return '\r\n';
  return text.includes('\n') || !text.includes('\r') ? '\n' : '\r';
}

/** Whether a text ends with a line break of any style. */
export function endsWithLineBreak(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 10 || last === 13;
}

/** The leading whitespace of the line that starts at `lineStart`. */
export function indentAt(text: string, lineStart: number): string {
  return /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))![0];
}
