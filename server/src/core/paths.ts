/**
 * Path arithmetic on `/`-separated absolute paths, so the engine can resolve `bibliography:` entries
 * without touching the file system. Adapters convert platform paths and URIs to this form.
 */

/** The folder part of a path. */
export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/** Resolves `rel` against folder `dir`, folding `.` and `..`; an absolute `rel` stands alone. */
export function resolvePath(dir: string, rel: string): string {
  const input = rel.replace(/\\/g, '/');
  const joined = input.startsWith('/') || /^[A-Za-z]:\//.test(input) ? input : `${dir}/${input}`;
  const out: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  const prefix = /^[A-Za-z]:$/.test(out[0] ?? '') ? '' : '/';
  return prefix + out.join('/');
}

/** `path` relative to `base`, with `/` separators (`..` steps when outside). */
export function relativePath(base: string, path: string): string {
  const a = base.split('/').filter(Boolean);
  const b = path.split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/') || '.';
}

/** Whether `path` is `root` or lies below it. */
export function isInside(root: string, path: string): boolean {
  const r = root.endsWith('/') ? root : root + '/';
  return path === root || path.startsWith(r);
}
