/** Markdown for hover cards and completion details: references and entities as a reader wants them. */
import { formatIsoForPeople } from '../../core/calendar';
import type { Entity, Reference } from '../../core/documents';

/** A plain-text date for people, for ISO values the calendar can read. */
export function readableDate(iso: string): string {
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(iso) ? formatIsoForPeople(iso) : iso;
}

const esc = (s: string): string => s.replace(/([\\`*_[\]<>])/g, '\\$1');

/** A reference as one formatted citation: authors, title, container, date, locator, reliability. */
export function formatReference(ref: Reference, where?: string): string {
  const parts: string[] = [];
  if (ref.authors.length > 0) parts.push(esc(ref.authors.length > 3 ? `${ref.authors.slice(0, 3).join(', ')} et al.` : ref.authors.join(', ')));
  parts.push(ref.title ? `*${esc(ref.title)}*` : '*(no title)*');
  if (ref.container) parts.push(esc(ref.container));
  if (ref.issued) parts.push(readableDate(ref.issued.value ?? ref.issued.raw));
  const lines = [`**@${esc(ref.id)}** — ${parts.join('. ')}.`];
  if (ref.url) lines.push(`<${ref.url}>`);
  else if (ref.doi) lines.push(`<https://doi.org/${ref.doi}>`);
  lines.push(`Reliability: **${ref.reliability}**${where ? ` · defined in ${esc(where)}` : ''}`);
  return lines.join('\n\n');
}

/** An entity card: name, type, description, aliases, dated facts with sources, links, mentions. */
export function formatEntity(entity: Entity, mentionedIn: number): string {
  const lines = [`**${esc(entity.name)}**${entity.type ? ` · ${esc(entity.type)}` : ''}`];
  if (entity.description) lines.push(esc(entity.description));
  if (entity.aliases.length > 0) lines.push(`Also: ${entity.aliases.map(esc).join(', ')}`);
  if (entity.facts.length > 0) {
    lines.push(
      entity.facts
        .map((f) => `- ${f.date ? `${readableDate(f.date.value ?? f.date.raw)}: ` : ''}${esc(f.text)}${f.sources.length ? ` [${f.sources.map((s) => `@${esc(s.key)}`).join('; ')}]` : ''}`)
        .join('\n'),
    );
  }
  if (entity.links.length > 0) lines.push(entity.links.map((l) => `<${l}>`).join(' · '));
  lines.push(`Mentioned in ${mentionedIn} note${mentionedIn === 1 ? '' : 's'}`);
  return lines.join('\n\n');
}
