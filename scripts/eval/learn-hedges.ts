/**
 * Learns and prunes the hedge lexicon from the training data, and measures it honestly.
 *
 *   npx esbuild scripts/eval/learn-hedges.ts --bundle --platform=node --format=cjs --outfile=/tmp/learn-hedges.js
 *   node /tmp/learn-hedges.js --conll DATA/conll2010/*.xml --wiki DATA/wikiweasel/wiki-train.xml \
 *     [--theta 0.5] [--min-support 3] [--write server/src/core/claims/lexicons/hedges.json]
 *
 * A candidate cue (scripts/eval/hedge-candidates.json) is kept when, over the training sentences where
 * it fires, at least `theta` of them are uncertain; a cue that fires in fewer than `min-support` training
 * sentences has no evidence either way and is kept as curated (news cues such as "unconfirmed" are rare
 * in both corpora). Cross-validation is by document, 5 folds per dataset: each fold's lexicon is learned
 * from the other dataset plus the other four folds, exactly as the shipped lexicon is learned from both
 * datasets, and scored with the same default detector the product uses. `--write` stores the lexicon
 * learned from all the training data (the file the engine imports). Only training data is ever read.
 * Candidates marked `"keep": true` are newsroom hedges kept whatever the corpora say; the report's
 * `withoutPinned` line shows what they cost.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createHedgeDetector } from '../../server/src/core/claims/hedges';
import type { HedgeLexicon, HedgeLexiconEntry } from '../../server/src/core/claims/hedge-lexicon';
import { parseSzegedXml, type GoldDocument, type GoldSentence } from './szeged-xml';
import { scoreCounts, type UncertaintyScore } from './uncertainty-score';
import candidateFile from './hedge-candidates.json';

/** Every domain's cues, so the learner sees each candidate fire. */
const ALL_DOMAINS = ['biomedical'];
const FOLDS = 5;

/** How often a cue fired in training sentences, and in how many of them the sentence was uncertain. */
export interface CueEvidence {
  fired: number;
  uncertain: number;
}

/** Counts, for each canonical cue, the sentences it fires in (all candidates and domains compiled). */
export function gatherEvidence(candidates: HedgeLexicon, sentences: readonly GoldSentence[]): Map<string, CueEvidence> {
  const detect = createHedgeDetector({ domains: ALL_DOMAINS }, candidates);
  const evidence = new Map<string, CueEvidence>();
  for (const sentence of sentences) {
    const seen = new Set(detect(sentence.text).map((c) => c.cue));
    for (const cue of seen) {
      const e = evidence.get(cue) ?? { fired: 0, uncertain: 0 };
      e.fired++;
      if (sentence.uncertain) e.uncertain++;
      evidence.set(cue, e);
    }
  }
  return evidence;
}

/** Keeps the candidates that are precise enough on the evidence, or too rare to judge. */
export function selectCues(
  candidates: HedgeLexicon,
  evidence: ReadonlyMap<string, CueEvidence>,
  theta: number,
  minSupport: number,
  honourKeep = true,
): HedgeLexiconEntry[] {
  return candidates.cues.filter((entry) => {
    const e = evidence.get(entry.cue);
    return (honourKeep && entry.keep === true) || !e || e.fired < minSupport || e.uncertain / e.fired >= theta;
  });
}

/** Sums evidence of two sets, sentence counts being additive. */
function addEvidence(a: Map<string, CueEvidence>, b: ReadonlyMap<string, CueEvidence>): Map<string, CueEvidence> {
  const sum = new Map(a);
  for (const [cue, e] of b) {
    const prior = sum.get(cue) ?? { fired: 0, uncertain: 0 };
    sum.set(cue, { fired: prior.fired + e.fired, uncertain: prior.uncertain + e.uncertain });
  }
  return sum;
}

/** A dataset as documents, each tagged with its fold (document index mod 5, in file order). */
interface Dataset {
  name: string;
  documents: GoldDocument[];
}

/** Sentences of the documents whose fold is (or is not) `fold`. */
function foldSentences(dataset: Dataset, fold: number, inFold: boolean): GoldSentence[] {
  return dataset.documents.filter((_, i) => (i % FOLDS === fold) === inFold).flatMap((d) => d.sentences);
}

/** Cross-validated score of one dataset, for the default detector and with the given extra domains. */
export function crossValidate(
  candidates: HedgeLexicon,
  target: Dataset,
  others: readonly Dataset[],
  theta: number,
  minSupport: number,
  domains: readonly string[],
  honourKeep = true,
): UncertaintyScore {
  const otherEvidence = gatherEvidence(candidates, others.flatMap((d) => d.documents.flatMap((doc) => doc.sentences)));
  let sentences = 0;
  let truePositives = 0;
  let positives = 0;
  let predicted = 0;
  for (let fold = 0; fold < FOLDS; fold++) {
    const evidence = addEvidence(gatherEvidence(candidates, foldSentences(target, fold, false)), otherEvidence);
    const detect = createHedgeDetector({ domains }, { cues: selectCues(candidates, evidence, theta, minSupport, honourKeep) });
    for (const sentence of foldSentences(target, fold, true)) {
      const guess = detect(sentence.text).length > 0;
      sentences++;
      if (sentence.uncertain) positives++;
      if (guess) predicted++;
      if (guess && sentence.uncertain) truePositives++;
    }
  }
  return scoreCounts(sentences, truePositives, positives, predicted);
}

/** Reads one dataset from its files. */
function readDataset(name: string, files: readonly string[]): Dataset {
  return { name, documents: files.flatMap((f) => parseSzegedXml(readFileSync(f, 'utf8'), basename(f))) };
}

/** Parses `--flag value...` arguments. */
function parseArgs(argv: readonly string[]): Map<string, string[]> {
  const args = new Map<string, string[]>();
  let current = '';
  args.set(current, []);
  for (const a of argv) {
    if (a.startsWith('--')) {
      current = a.slice(2);
      args.set(current, []);
    } else args.get(current)!.push(a);
  }
  return args;
}

/** The command: cross-validated scores per dataset, then the lexicon learned from everything. */
function main(argv: readonly string[]): void {
  const args = parseArgs(argv);
  const theta = Number(args.get('theta')?.[0] ?? 0.5);
  const minSupport = Number(args.get('min-support')?.[0] ?? 3);
  const candidates = candidateFile as HedgeLexicon;
  const datasets = [readDataset('conll2010-bio', args.get('conll') ?? []), readDataset('wikiweasel', args.get('wiki') ?? [])].filter(
    (d) => d.documents.length > 0,
  );
  const report: Record<string, unknown> = { theta, minSupport, folds: FOLDS };
  for (const target of datasets) {
    const others = datasets.filter((d) => d !== target);
    report[target.name] = {
      default: crossValidate(candidates, target, others, theta, minSupport, []),
      biomedical: crossValidate(candidates, target, others, theta, minSupport, ['biomedical']),
      // What the pinned newsroom hedges ("keep": true) cost on this corpus.
      withoutPinned: crossValidate(candidates, target, others, theta, minSupport, [], false),
      // Learned from this dataset's other folds alone, without the other corpus.
      inDomainOnly: crossValidate(candidates, target, [], theta, minSupport, []),
    };
  }
  const evidence = gatherEvidence(candidates, datasets.flatMap((d) => d.documents.flatMap((doc) => doc.sentences)));
  const kept = selectCues(candidates, evidence, theta, minSupport);
  report.pruned = candidates.cues
    .filter((c) => !kept.includes(c))
    .map((c) => {
      const e = evidence.get(c.cue);
      return `${c.cue} ${e ? `${e.uncertain}/${e.fired}` : ''}`.trim();
    });
  const write = args.get('write')?.[0];
  if (write) {
    const lexicon = {
      $comment:
        'Generated by scripts/eval/learn-hedges.ts from scripts/eval/hedge-candidates.json and the CoNLL-2010 bio and WikiWeasel ' +
        `training data (theta ${theta}, min-support ${minSupport}); edit the candidates and re-run rather than editing this file.`,
      cues: kept,
    };
    writeFileSync(write, JSON.stringify(lexicon, null, 1) + '\n');
  }
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
}

if (require.main === module) main(process.argv.slice(2));
