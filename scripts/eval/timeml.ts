/** TempEval-3 evaluation over TimeML files (SPEC §5.1): spans relaxed/strict, value accuracy, value F1. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findDates } from '../../server/src/core/dates';
import { readTimeml, splitSentences, type GoldTimex } from './timeml-read';

/** One system expression in document offsets. */
interface Predicted { start: number; end: number; value?: string }

/** Counts for one or more documents. */
interface Tally { gold: number; predicted: number; relaxedGold: number; relaxedPred: number; strictGold: number; strictPred: number; valueRight: number }

/** Every .tml file under a folder (or the file itself), sorted for a stable report. */
async function tmlFiles(path: string): Promise<string[]> {
  if (path.endsWith('.tml')) return [path];
  const out: string[] = [];
  for (const e of await readdir(path, { withFileTypes: true })) {
    const p = join(path, e.name);
    if (e.isDirectory()) out.push(...await tmlFiles(p));
    else if (e.name.endsWith('.tml')) out.push(p);
  }
  return out.sort();
}

/** Runs the engine over one document's sentences. */
export function predictDocument(text: string, dct: string | undefined): Predicted[] {
  const out: Predicted[] = [];
  for (const s of splitSentences(text)) {
    for (const d of findDates(s.text, dct ? { anchor: dct } : {})) {
      out.push({ start: s.start + d.start, end: s.start + d.end, ...(d.value !== undefined ? { value: d.value } : {}) });
    }
  }
  return out;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** Scores one document's predictions against its gold spans. */
export function scoreDocument(gold: GoldTimex[], pred: Predicted[]): Tally {
  const t: Tally = { gold: gold.length, predicted: pred.length, relaxedGold: 0, relaxedPred: 0, strictGold: 0, strictPred: 0, valueRight: 0 };
  for (const g of gold) {
    const match = pred.find((p) => overlaps(p, g));
    if (!match) continue;
    t.relaxedGold++;
    if (pred.some((p) => p.start === g.start && p.end === g.end)) t.strictGold++;
    if (match.value === g.value) t.valueRight++;
  }
  for (const p of pred) {
    if (gold.some((g) => overlaps(p, g))) t.relaxedPred++;
    if (gold.some((g) => p.start === g.start && p.end === g.end)) t.strictPred++;
  }
  return t;
}

const pct = (x: number): number => Math.round(x * 10000) / 100;

/** Precision, recall and F1 in percent. */
function prf(matchedPred: number, predicted: number, matchedGold: number, gold: number): { precision: number; recall: number; f1: number } {
  const p = predicted ? matchedPred / predicted : 0;
  const r = gold ? matchedGold / gold : 0;
  return { precision: pct(p), recall: pct(r), f1: pct(p + r ? (2 * p * r) / (p + r) : 0) };
}

/** TempEval-3 evaluation over TimeML files. */
export async function runTimeml(dirs: string[]): Promise<object> {
  const sum: Tally = { gold: 0, predicted: 0, relaxedGold: 0, relaxedPred: 0, strictGold: 0, strictPred: 0, valueRight: 0 };
  let documents = 0;
  for (const dir of dirs) {
    for (const file of await tmlFiles(dir)) {
      const doc = readTimeml(await readFile(file, 'utf8'));
      const t = scoreDocument(doc.gold, predictDocument(doc.text, doc.dct));
      documents++;
      for (const k of Object.keys(sum) as Array<keyof Tally>) sum[k] += t[k];
    }
  }
  const relaxed = prf(sum.relaxedPred, sum.predicted, sum.relaxedGold, sum.gold);
  const strict = prf(sum.strictPred, sum.predicted, sum.strictGold, sum.gold);
  const accuracy = sum.relaxedGold ? sum.valueRight / sum.relaxedGold : 0;
  return {
    documents, gold: sum.gold, predicted: sum.predicted, relaxed, strict,
    valueAccuracy: pct(accuracy), valueF1: Math.round(relaxed.f1 * accuracy * 100) / 100,
  };
}
