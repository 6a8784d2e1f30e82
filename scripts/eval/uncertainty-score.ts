/** Sentence-level precision, recall and F1 of the positive (uncertain) class, CoNLL-2010 Task 1 style. */
import type { GoldSentence } from './szeged-xml';

/** The `eval uncertainty` output of SPEC §5.1; precision, recall and F1 are percentages, 2 decimals. */
export interface UncertaintyScore {
  sentences: number;
  positives: number;
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Rounds a fraction to a percentage with two decimals. */
function percent(value: number): number {
  return Math.round(value * 10000) / 100;
}

/** Scores from counts: true positives, gold positives and predicted positives. */
export function scoreCounts(sentences: number, truePositives: number, positives: number, predicted: number): UncertaintyScore {
  const precision = predicted === 0 ? 0 : truePositives / predicted;
  const recall = positives === 0 ? 0 : truePositives / positives;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { sentences, positives, predicted, precision: percent(precision), recall: percent(recall), f1: percent(f1) };
}

/** Scores a sentence classifier against the gold labels. */
export function scoreSentences(sentences: readonly GoldSentence[], isUncertain: (text: string) => boolean): UncertaintyScore {
  let positives = 0;
  let predicted = 0;
  let truePositives = 0;
  for (const sentence of sentences) {
    const guess = isUncertain(sentence.text);
    if (sentence.uncertain) positives++;
    if (guess) predicted++;
    if (guess && sentence.uncertain) truePositives++;
  }
  return scoreCounts(sentences.length, truePositives, positives, predicted);
}
