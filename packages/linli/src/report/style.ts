// Mobile first: one column of cards, figures two across; wider screens get more across.
export const STYLE = `
:root{--fg:#1a202c;--muted:#5a6474;--line:#e2e8f0;--bg:#f7f8fa;--card:#fff;--accent:#1f5f99;
--unique:#2f855a;--duplicatesWithin:#b7791f;--duplicatesAcross:#2b6cb0;--rejected:#c53030;--emptySkipped:#a0aec0;
color-scheme:light;font-family:system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif;
line-height:1.5;color:var(--fg);background:var(--bg)}
*{box-sizing:border-box}
body{margin:0}
main{max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;margin:.5rem 0 0}
h2{font-size:1.2rem;margin:2rem 0 .75rem;padding-bottom:.25rem;border-bottom:2px solid var(--line)}
h3{font-size:1.05rem;margin:0 0 .5rem}
h4{font-size:.95rem;margin:.75rem 0 .25rem}
small{color:var(--muted);font-weight:400;font-size:.8rem;word-break:break-all}
.sub,.intro,.note,.more,.muted,.files{color:var(--muted)}
.sub{margin:.25rem 0 0}
.figures{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:.5rem;margin:0}
.figure{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:.4rem .65rem}
.figure dt{font-size:.78rem;color:var(--muted);line-height:1.3}
.figure dd{margin:0;font-size:1.3rem;font-weight:650;line-height:1.3;font-variant-numeric:tabular-nums}
.figure.rejected dd{color:var(--rejected)}
.figure.records dd{color:var(--accent)}
.sentence{margin:.75rem 0 0}
.cards{list-style:none;margin:0;padding:0;display:grid;gap:.75rem}
.card{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:.75rem .9rem;overflow-wrap:anywhere}
.legend{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:0;margin:0 0 .75rem;font-size:.85rem}
.swatch{display:inline-block;width:.8rem;height:.8rem;border-radius:.15rem;margin-right:.3rem;vertical-align:-.1rem}
.bar{display:flex;height:1.1rem;border-radius:.3rem;overflow:hidden;background:var(--line);margin:.25rem 0 .75rem}
.seg{min-width:3px}
.seg.unique,.swatch.unique{background:var(--unique)}.seg.duplicatesWithin,.swatch.duplicatesWithin{background:var(--duplicatesWithin)}
.seg.duplicatesAcross,.swatch.duplicatesAcross{background:var(--duplicatesAcross)}.seg.rejected,.swatch.rejected{background:var(--rejected)}
.seg.emptySkipped,.swatch.emptySkipped{background:var(--emptySkipped)}
.counts{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:.15rem .75rem;margin:0;font-size:.9rem}
.counts div{display:flex;justify-content:space-between;border-bottom:1px dotted var(--line)}
.counts dd{margin:0;font-variant-numeric:tabular-nums;font-weight:600}
.issue .where{font-weight:600;margin:0 0 .25rem}
.issue ul{margin:0;padding-left:1.1rem}
.issue.rejected{border-left:4px solid var(--rejected)}
.issue.warned{border-left:4px solid var(--duplicatesWithin)}
.issue.withheld{border-left:4px solid var(--emptySkipped)}
.col{color:var(--muted)}
code{background:#edf2f7;padding:0 .25rem;border-radius:.2rem;font-size:.85em}
.values{list-style:none;margin:0;padding:0}
.values li{padding:.3rem .5rem;border-radius:.3rem;margin:.15rem 0;background:#f7fafc}
.values li.chosen{background:#e6f4ea;outline:1px solid #9ae6b4}
.values .value{font-weight:600;margin-right:.4rem}
.values .refs{display:block;font-size:.8rem;color:var(--muted)}
.tag{display:inline-block;font-size:.75rem;background:var(--unique);color:#fff;border-radius:.6rem;padding:0 .45rem}
.members,.evidence{margin:0;padding-left:1.1rem;font-size:.9rem}
.members li{margin:.2rem 0}
.members .facts{display:block;color:var(--muted)}
.evidence li{margin:.2rem 0}
.possible{color:#8a5300}.card.possible{border-color:#e0b76b}span.possible{font-size:.8rem;border:1px solid #e0b76b;border-radius:.25rem;padding:0 .25rem}
details{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:.5rem .75rem;margin:.5rem 0}
summary{cursor:pointer;font-weight:600}
details .cards{margin-top:.5rem}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin-top:.5rem}
th,td{text-align:left;padding:.25rem .4rem;border-bottom:1px solid var(--line);vertical-align:top}
th{font-weight:500}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.empty{color:var(--unique)}
footer{margin:2.5rem 0 1rem;font-size:.8rem;color:var(--muted)}
@media (min-width:40rem){.figures{grid-template-columns:repeat(5,minmax(0,1fr))}.counts{grid-template-columns:repeat(4,minmax(0,1fr))}main{padding:1.5rem}}
@media print{body{background:#fff}.card,.figure,details{break-inside:avoid}details{display:block}}
`
  .replace(/\n/g, "")
  .trim();
