/** Small facts about a text's layout that fixes need so their edits match the file's own style. */

/** The newline style of a text. */
export function eol(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The leading whitespace of the line that starts at `lineStart`. */
export function indentAt(text: string, lineStart: number): string {
  return /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))![0];
}
