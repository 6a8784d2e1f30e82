/**
 * `eval uncertainty FILE...` (SPEC §5.1): sentence-level uncertainty detection on CoNLL-2010 / Szeged
 * XML. A sentence is predicted uncertain when the engine's default hedge detector finds a cue in it.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { findHedgeCues } from '../../server/src/core/claims/hedges';
import { parseSzegedXml, type GoldSentence } from './szeged-xml';
import { scoreSentences, type UncertaintyScore } from './uncertainty-score';

/** Reads every file's sentences, in order. */
export async function readGoldSentences(files: readonly string[]): Promise<GoldSentence[]> {
  const sentences: GoldSentence[] = [];
  for (const file of files) {
    const documents = parseSzegedXml(await readFile(file, 'utf8'), basename(file));
    for (const doc of documents) for (const sentence of doc.sentences) sentences.push(sentence);
  }
  return sentences;
}

/** Sentence-level uncertainty evaluation over CoNLL-2010 / Szeged XML. */
export async function runUncertainty(files: string[]): Promise<UncertaintyScore> {
  const sentences = await readGoldSentences(files);
  return scoreSentences(sentences, (text) => findHedgeCues(text).length > 0);
}
