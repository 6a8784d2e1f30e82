/** `--shard i/n`: a stable split of the files for CI matrix runners, by a hash of each file's path. */
import { UsageError } from './args';

/** Which shard this run is, 1-based. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses "i/n" (1 ≤ i ≤ n). */
export function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard takes i/n with 1 ≤ i ≤ n, as in --shard 2/4 (got "${value}")`);
  return { index, count };
}

/**
 * Whether a file (by its path relative to the current folder) belongs to the shard. FNV-1a of the
 * path: a file stays in its shard whatever else is added or removed, and shards come out even.
 */
export function inShard(relPath: string, shard: Shard): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < relPath.length; i++) h = Math.imul(h ^ relPath.charCodeAt(i), 0x01000193);
  return (h >>> 0) % shard.count === shard.index - 1;
}
