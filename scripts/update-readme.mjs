// Rewrites the README's rules table (between <!-- rules:start --> and <!-- rules:end -->) from the
// rules' metadata. Run with `npm run readme` after adding or changing a rule.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const out = await build({ entryPoints: ['server/src/core/rules-table.ts'], bundle: true, platform: 'node', format: 'cjs', write: false });
const module = { exports: {} };
new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
const table = module.exports.rulesTable();
const readme = readFileSync('README.md', 'utf8');
const next = readme.replace(/<!-- rules:start -->[\s\S]*<!-- rules:end -->/, `<!-- rules:start -->\n${table}\n<!-- rules:end -->`);
writeFileSync('README.md', next);
console.log(next === readme ? 'README rules table already current' : 'README rules table updated');
