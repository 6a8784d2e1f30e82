/** The HTML timeline is one self-contained page: no scripts, no external assets, every entry present. */
import { strict as assert } from 'node:assert';
import { runCli } from './helpers/cli';
import { repoPath } from './helpers/paths';

describe('timeline --format html', () => {
  it('is one self-contained page listing every entry with its flags', () => {
    const html = runCli(['timeline', 'examples', '--format', 'html'], repoPath('.'));
    const json = JSON.parse(runCli(['timeline', 'examples', '--format', 'json'], repoPath('.')).stdout) as { entries: unknown[] };
    assert.equal(html.status, 0);
    assert.match(html.stdout, /^<!doctype html>/);
    assert.doesNotMatch(html.stdout, /<script|<link|<img|\bsrc=|url\(|https?:\/\//i);
    assert.equal((html.stdout.match(/<li /g) ?? []).length, json.entries.length);
    assert.match(html.stdout, /class="flag conflicting"/);
    assert.match(html.stdout, /<h2>December 2025<\/h2>/);
  });
});
