/**
 * The note model: everything rules read, extracted once per file. Offsets are UTF-16 offsets into
 * the file's own text.
 */
import type { Document } from 'yaml';
import type { LineIndex, Span } from '../text';
import type { IsoDate } from '../calendar';
import type { TextMemo } from '../memo';
import type { SyntaxProblem } from './yaml-source';

export type { SyntaxProblem };

/** How far a source can be trusted, as the writer records it on the reference. */
export type Reliability = 'primary' | 'secondary' | 'anonymous' | 'unverified';

/** All reliability values, in the order the docs list them. */
export const RELIABILITIES: readonly Reliability[] = ['primary', 'secondary', 'anonymous', 'unverified'];

/** A date written in metadata, with where it was written. */
export interface MetaDate extends IsoDate, Span {
  raw: string;
}

/** Where a reference entry came from. */
export type ReferenceOrigin = 'front-matter' | 'csl-json' | 'csl-yaml' | 'bibtex';

/** One bibliography entry (CSL-YAML, CSL-JSON or BibTeX), normalised. */
export interface Reference {
  id: string;
  file: string;
  origin: ReferenceOrigin;
  idSpan: Span;
  /** The whole entry, for removal and for hover. */
  entrySpan: Span;
  type?: string;
  title?: string;
  url?: string;
  doi?: string;
  container?: string;
  authors: string[];
  issued?: MetaDate;
  accessed?: MetaDate;
  reliability: Reliability;
}

/** A citation of a key: Pandoc bracketed or narrative, or a YAML `sources:` entry. */
export interface Citation {
  key: string;
  /** The whole citation item (`@key` or the item inside brackets). */
  span: Span;
  keySpan: Span;
  /** Narrative `@key` in prose: counts only when the key is defined in reach. */
  narrative: boolean;
  /** Bracketed group span when bracketed, for sentence attachment. */
  groupSpan?: Span;
  locator?: string;
}

/** A footnote marker `[^label]` in prose. */
export interface FootnoteRef {
  label: string;
  span: Span;
}

/** A footnote definition `[^label]: …`. */
export interface FootnoteDef {
  label: string;
  span: Span;
  /** True when the definition holds a citation, a link or a URL. */
  hasSource: boolean;
}

/** A link that a reader can follow: inline, reference-style, autolink or bare URL. */
export interface Link {
  url: string;
  span: Span;
}

/** What kind of block a sentence sits in. */
export type BlockKind = 'paragraph' | 'heading' | 'table-cell' | 'footnote';

/** A block of prose as sentences are split from it: its file span (of `prose`), kind and nesting. */
export interface ProseSpan {
  start: number;
  end: number;
  kind: BlockKind;
  inQuote: boolean;
  inList: boolean;
}

/** A sentence of prose. `span` is trimmed; `extent` reaches up to the next sentence, for attaching trailing markers. */
export interface Sentence {
  span: Span;
  /** The prose of `span` (one string shared by every analysis of the sentence). */
  text: string;
  extent: Span;
  block: number;
  blockKind: BlockKind;
  inQuote: boolean;
  inList: boolean;
}

/** An HTML comment outside code, for inline control. */
export interface Comment {
  span: Span;
  body: string;
}

/** The note's own metadata (front matter or YAML note top level). */
export interface NoteMeta {
  title?: string;
  date?: MetaDate;
  dateOrder?: { value: string } & Span;
  bibliography: Array<{ path: string } & Span>;
}

/** A claim of a YAML note. */
export interface YamlClaim {
  span: Span;
  id?: { value: string } & Span;
  text?: { value: string } & Span;
  status?: { value: string } & Span;
  date?: MetaDate;
  sources: Citation[];
}

/** A dated event, in front matter or a YAML note, for cross-note consistency. */
export interface NoteEvent {
  span: Span;
  id?: { value: string } & Span;
  text?: string;
  date?: MetaDate;
  sources: Citation[];
}

/** A parsed note, Markdown or YAML. */
export interface NoteDocument {
  kind: 'note';
  format: 'markdown' | 'yaml';
  path: string;
  text: string;
  lines: LineIndex;
  /** Same length as `text`; every character that is not prose is a space (newlines kept). */
  prose: string;
  /** The YAML of the front matter or of the whole YAML note, with file offset `yamlBase`; read it with `yamlOf` (a host may release it). */
  yaml: Document.Parsed | null;
  yamlBase: number;
  /** Span of the front matter including its fences, when the note has one. */
  frontMatter?: Span;
  meta: NoteMeta;
  references: Reference[];
  citations: Citation[];
  footnoteRefs: FootnoteRef[];
  footnoteDefs: FootnoteDef[];
  links: Link[];
  /** The note's prose blocks, in order (none in a YAML note). */
  proseSpans: ProseSpan[];
  /** Split from `proseSpans`; read them with `sentencesOf` (a host may release them). */
  sentences: Sentence[];
  comments: Comment[];
  claims: YamlClaim[];
  events: NoteEvent[];
  problems: SyntaxProblem[];
  /** Per-text results an editor carries across versions of this note (see memo.ts); absent in the CLI. */
  memo?: TextMemo;
}

/** A bibliography file. */
export interface BibliographyDocument {
  kind: 'bibliography';
  path: string;
  text: string;
  lines: LineIndex;
  references: Reference[];
  comments: Comment[];
  problems: SyntaxProblem[];
}

/** A dated fact about an entity. */
export interface EntityFact {
  text: string;
  date?: MetaDate;
  sources: Citation[];
}

/** An entry of an entity registry. */
export interface Entity {
  id: string;
  name: string;
  aliases: string[];
  type?: string;
  description?: string;
  links: string[];
  facts: EntityFact[];
  file: string;
  span: Span;
  nameSpan: Span;
}

/** An entity registry file. */
export interface RegistryDocument {
  kind: 'registry';
  path: string;
  text: string;
  lines: LineIndex;
  entities: Entity[];
  comments: Comment[];
  problems: SyntaxProblem[];
}

/** Any file the engine reads. */
export type SourceDocument = NoteDocument | BibliographyDocument | RegistryDocument;
