/** The report's stylesheet, inlined so `index.html` is one self-contained file. */
export const REPORT_CSS = `
:root { --ink:#1d2329; --muted:#5b6770; --line:#d9dee2; --accent:#0b5cad; --bg:#fbfbfa; }
* { box-sizing: border-box; }
body { font: 16px/1.55 Georgia, 'Times New Roman', serif; color: var(--ink); background: var(--bg); margin: 0; }
header.top { background: #14202b; color: #fff; padding: 1rem 2rem; }
header.top h1 { margin: 0; font-size: 1.4rem; } header.top p { margin: .2rem 0 0; color: #c6d0d8; font-family: system-ui, sans-serif; font-size: .85rem; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem 2rem 4rem; }
nav.toc { font-family: system-ui, sans-serif; font-size: .9rem; } nav.toc li { margin: .2rem 0; }
h2, h3, h4 { font-family: system-ui, sans-serif; } h2 { border-bottom: 2px solid var(--ink); padding-bottom: .2rem; margin-top: 3rem; }
section.story { margin-bottom: 3rem; }
.meta, .small { font-family: system-ui, sans-serif; font-size: .8rem; color: var(--muted); }
.cite { font-family: system-ui, sans-serif; font-size: .7rem; vertical-align: super; text-decoration: none; color: var(--accent); margin-left: .15rem; }
ol.timeline { list-style: none; padding: 0; border-left: 3px solid var(--line); margin-left: .5rem; }
ol.timeline > li { position: relative; padding: .2rem 0 1rem 1.2rem; }
ol.timeline > li::before { content: ''; position: absolute; left: -.5rem; top: .55rem; width: .7rem; height: .7rem; border-radius: 50%; background: var(--accent); }
.date { font-family: system-ui, sans-serif; font-weight: 700; }
.undated .date { color: #a33; }
table { border-collapse: collapse; width: 100%; font-family: system-ui, sans-serif; font-size: .85rem; margin: .5rem 0 1rem; }
th, td { text-align: left; border-bottom: 1px solid var(--line); padding: .3rem .4rem; vertical-align: top; }
.chips span { display: inline-block; border: 1px solid var(--line); border-radius: 1rem; padding: 0 .5rem; margin: .1rem; font-family: system-ui, sans-serif; font-size: .8rem; background: #fff; }
.chips .person { border-color: #6a8caf; } .chips .organisation { border-color: #8f6aaf; } .chips .place { border-color: #5f9f6a; }
article.doc { background: #fff; border: 1px solid var(--line); padding: 1rem 1.5rem; margin: 1.5rem 0; }
article.doc.low { border-left: 5px solid #c77; }
.block.boilerplate { color: #9aa3aa; text-decoration: line-through; text-decoration-color: #cfd5da; font-size: .85rem; }
.block.title { font-size: 1.1rem; }
.s:target { background: #fff3b0; outline: 2px solid #f0c000; }
.s.opinion { background: #fdf0f4; } .s.quote { }
.quote { background: #eef5ff; } .quote.indirect { background: #f3f7ee; } .cue { font-style: italic; text-decoration: underline dotted; }
.timex { border-bottom: 2px solid #e09a28; }
.mention.person { border-bottom: 2px solid #6a8caf; } .mention.organisation { border-bottom: 2px solid #8f6aaf; } .mention.place { border-bottom: 2px solid #5f9f6a; }
.badge { font-family: system-ui, sans-serif; font-size: .7rem; border-radius: .3rem; padding: .05rem .35rem; background: #e8ecef; margin-left: .3rem; }
.badge.opinion { background: #f6d3df; } .badge.low { background: #f3c6c6; } .badge.copy { background: #dbe9d6; } .badge.roundup { background: #e3dcf2; }
.legend span { margin-right: .8rem; }
details > summary { cursor: pointer; font-family: system-ui, sans-serif; }
`;
