import { describe, expect, it } from 'vitest';
import {
  loadLabelledReports,
  peerExtract,
  SHARED_TYPES,
  scoreCorpus,
  toScore,
} from '../../../test/fixtures/ioc/score-corpus.js';
import { extractIocs } from './extract-iocs.js';

const reports = loadLabelledReports();
const ours = (text: string) => new Set(extractIocs(text).iocs.map((i) => `${i.type}:${i.value}`));
const fmt = (f: number) => f.toFixed(3);

describe('extraction quality on the labelled reports (test/fixtures/ioc/reports)', () => {
  it('has a corpus of labelled reports', () => {
    expect(reports.length).toBeGreaterThanOrEqual(8);
    expect(reports.reduce((n, r) => n + r.iocs.size, 0)).toBeGreaterThan(80);
  });

  it('reaches micro-F1 >= 0.95 and beats ioc-extractor', () => {
    const mine = scoreCorpus(reports, ours);
    const peer = scoreCorpus(reports, peerExtract);
    const mineShared = scoreCorpus(reports, ours, SHARED_TYPES);
    const peerShared = scoreCorpus(reports, peerExtract, SHARED_TYPES);
    console.log(
      `ioc/quality  all types     this F1 ${fmt(mine.micro.f1)} (P ${fmt(mine.micro.precision)} R ${fmt(mine.micro.recall)})  peer F1 ${fmt(peer.micro.f1)} (P ${fmt(peer.micro.precision)} R ${fmt(peer.micro.recall)})`,
    );
    console.log(
      `ioc/quality  shared types  this F1 ${fmt(mineShared.micro.f1)}  peer F1 ${fmt(peerShared.micro.f1)}`,
    );
    for (const r of mine.perReport) {
      if (r.missed.length + r.extra.length > 0)
        console.log(`  ${r.name}: missed ${r.missed.join(', ')} | extra ${r.extra.join(', ')}`);
    }
    expect(mine.micro.f1).toBeGreaterThanOrEqual(0.95);
    expect(mineShared.micro.f1).toBeGreaterThan(peerShared.micro.f1 + 0.1);
  });

  it('finds the stated relations', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const r of reports) {
      const got = new Set(
        extractIocs(r.text).relations.map((x) => `${x.source.value} ${x.type} ${x.target.value}`),
      );
      for (const k of got)
        if (r.relations.has(k)) tp++;
        else fp++;
      for (const k of r.relations)
        if (!got.has(k)) {
          fn++;
          console.log(`  ${r.name}: missed relation ${k}`);
        }
      for (const k of got) if (!r.relations.has(k)) console.log(`  ${r.name}: extra relation ${k}`);
    }
    const s = toScore(tp, fp, fn);
    console.log(`ioc/relations  this F1 ${fmt(s.f1)} (P ${fmt(s.precision)} R ${fmt(s.recall)})`);
    expect(s.f1).toBeGreaterThanOrEqual(0.85);
  });
});
