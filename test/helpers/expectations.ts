/**
 * Reads the expectations written inline in fixture files: `<!-- expect: rule-id -->` or
 * `# expect: rule-id` for the line it stands on, `expect@N:` for line N (where no comment can stand).
 */

const EXPECT = /(?:<!--\s*expect(?:@(\d+))?:\s*([^>]*?)\s*-->|#\s*expect(?:@(\d+))?:\s*([^\r\n]+?)\s*$)/g;

/** Expected findings as `line:rule` strings (1-based lines), one entry per expected finding. */
export function readExpectations(text: string): string[] {
  const out: string[] = [];
  text.split(/\r\n?|\n/).forEach((line, i) => {
    EXPECT.lastIndex = 0;
    for (let m = EXPECT.exec(line); m; m = EXPECT.exec(line)) {
      const line = Number(m[1] ?? m[3] ?? i + 1);
      for (const rule of (m[2] ?? m[4]).split(/[\s,]+/).filter(Boolean)) out.push(`${line}:${rule}`);
    }
  });
  return out.sort();
}
