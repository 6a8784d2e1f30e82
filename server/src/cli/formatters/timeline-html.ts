/**
 * `timeline --format html`: one self-contained page (inline CSS, no scripts or external assets),
 * a chronological view grouped by month, each entry with its note and line, the sentence, its
 * sources and its flags in colour.
 */
import { groupByPeriod } from './timeline-groups';
import type { TimelineRow } from '../../core/timeline';

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const CSS = `
:root { --ink: #1d2330; --muted: #5b6472; --rule: #d9dde3; --bg: #fbfbfa; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: var(--bg); }
header { padding: 28px 40px 12px; border-bottom: 1px solid var(--rule); background: #fff; }
header h1 { margin: 0 0 4px; font-size: 22px; }
header p { margin: 0; color: var(--muted); }
.legend span { margin-right: 12px; }
main { padding: 8px 40px 40px; max-width: 1100px; }
h2 { font-size: 16px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
ol { list-style: none; margin: 0; padding: 0; border-left: 3px solid var(--rule); }
li { position: relative; margin: 0 0 10px 0; padding: 8px 12px 8px 20px; background: #fff; border: 1px solid var(--rule); border-left: none; border-radius: 0 6px 6px 0; }
li::before { content: ""; position: absolute; left: -8px; top: 14px; width: 13px; height: 13px; border-radius: 50%; background: #fff; border: 3px solid #7a8699; }
li.unconfirmed::before { border-color: #c98a00; } li.unsourced::before { border-color: #c4302b; } li.conflicting::before { border-color: #7b3fc4; }
.when { font-weight: 600; font-variant-numeric: tabular-nums; }
.how { color: var(--muted); font-size: 13px; }
.text { margin: 2px 0; }
.meta { color: var(--muted); font-size: 13px; }
.meta code { font-size: 12px; background: #f0f2f5; padding: 0 4px; border-radius: 3px; }
.flag { display: inline-block; font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; padding: 1px 7px; border-radius: 10px; margin-left: 6px; color: #fff; }
.flag.unconfirmed { background: #c98a00; } .flag.unsourced { background: #c4302b; } .flag.conflicting { background: #7b3fc4; }
`;

function entry(r: TimelineRow): string {
  const flags = r.flags.map((f) => `<span class="flag ${f}">${f}</span>`).join('');
  const how = r.anchor ? ` <span class="how">“${escape(r.expression)}”, resolved against ${escape(r.anchor)}</span>` : '';
  const sources = r.sources.length > 0 ? r.sources.map((s) => `<code>@${escape(s)}</code>`).join(' ') : '<em>no source</em>';
  return `<li class="${r.flags.join(' ')}"><div><span class="when">${escape(r.value)}</span>${how}${flags}</div>
<p class="text">${escape(r.text)}</p>
<div class="meta">${escape(r.file)}:${r.line} · ${sources}</div></li>`;
}

/** Formats timeline rows as one self-contained HTML page. */
export function formatTimelineHtml(rows: readonly TimelineRow[], title = 'Timeline'): string {
  const groups = groupByPeriod(rows)
    .map(([period, group]) => `<section><h2>${escape(period)}</h2><ol>\n${group.map(entry).join('\n')}\n</ol></section>`)
    .join('\n');
  const count = (f: string): number => rows.filter((r) => r.flags.includes(f as never)).length;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title><style>${CSS}</style></head>
<body><header><h1>${escape(title)}</h1>
<p>${rows.length} dated statements · <span class="legend"><span class="flag unconfirmed">unconfirmed</span> ${count('unconfirmed')}
<span class="flag unsourced">unsourced</span> ${count('unsourced')} <span class="flag conflicting">conflicting</span> ${count('conflicting')}</span></p></header>
<main>${groups || '<p>No dated statements.</p>'}</main></body></html>
`;
}
