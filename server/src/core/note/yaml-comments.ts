/** Finds `# policy-notes-…` control comments in YAML text (the only YAML comments the engine reads). */
import type { Comment } from './model';

const CONTROL = /(?:^|[ \t])#[ \t]*(policy-notes-[^\r\n]*)/g;

/** Control comments of a YAML file, with their spans. */
export function yamlControlComments(text: string): Comment[] {
  const out: Comment[] = [];
  if (!text.includes('policy-notes-')) return out;
  CONTROL.lastIndex = 0;
  for (let m = CONTROL.exec(text); m; m = CONTROL.exec(text)) {
    const start = m.index + m[0].indexOf('#');
    out.push({ span: { start, end: m.index + m[0].length }, body: m[1] });
  }
  return out;
}
