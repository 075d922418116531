import { createHash } from 'node:crypto';
import { esc } from './escape.js';

/** Rows per page of the matrix and details: a thousand creatives stay quick to scroll and filter. */
export const PAGE_SIZE = 100;

const CSS = `
:root{color-scheme:light;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#fff;--alt:#f6f8fa;
--ok-bg:#dafbe1;--ok:#116329;--warn-bg:#fff8c5;--warn:#6c4a00;--bad-bg:#ffebe9;--bad:#82071e;--link:#0550ae}
*{box-sizing:border-box}
body{margin:0;padding:1rem;color:var(--fg);background:var(--bg);line-height:1.5;
font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,"Noto Sans CJK SC","Noto Sans SC","PingFang SC","Hiragino Sans","Microsoft YaHei","Noto Sans CJK JP",sans-serif}
main{max-width:90rem;margin:0 auto}
h1{font-size:1.5rem;margin:.25rem 0}h2{font-size:1.2rem;margin:1.5rem 0 .5rem}h3{display:inline;font-size:1rem;margin:0}h4{font-size:.9rem;margin:0 0 .25rem}
a{color:var(--link)}code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em}
.hint,.facts,.meta,.n{color:var(--muted)}.big{font-size:1.15rem;margin:.25rem 0}
.notice{background:var(--warn-bg);color:var(--warn);padding:.5rem .75rem;border-radius:.3em}
.summary ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;margin:.5rem 0}
.st{display:inline-block;padding:0 .4em;border-radius:.3em;font-weight:600;white-space:nowrap}
.st-ready{background:var(--ok-bg);color:var(--ok)}.st-unchecked{background:var(--warn-bg);color:var(--warn);outline:1px dashed currentColor}.st-warnings{background:var(--warn-bg);color:var(--warn)}.st-blocked{background:var(--bad-bg);color:var(--bad)}
.st .n{color:inherit;font-weight:400}
.controls{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;margin:.5rem 0}
.controls input,.controls select,.controls button{font:inherit;padding:.15rem .4rem}
.scroll{overflow-x:auto;position:relative}
table{border-collapse:collapse;width:100%}caption{text-align:left;padding:.4rem 0;font-weight:600}
th,td{border-top:1px solid var(--line);padding:.35rem .6rem;text-align:left;vertical-align:top}
.group{margin:.5rem 0 1rem}.matrix{table-layout:fixed}
.matrix thead th{background:var(--alt);position:sticky;top:0;z-index:1;overflow-wrap:break-word}
.matrix thead th:first-child{width:26rem}.matrix thead th:nth-child(2){width:10rem}
.matrix tbody th{font-weight:400}.matrix tbody th .file{display:block}
td a{text-decoration:none}.matrix td .n{display:block;font-size:.85em;white-space:normal}.na{color:var(--muted);text-align:center}
.many a{display:inline-block;margin:0 .4rem .2rem 0}.pn{color:var(--fg)}
.folder{overflow-wrap:break-word}.file{color:var(--muted);overflow-wrap:break-word}.label{font-weight:600;overflow-wrap:break-word}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,30rem),1fr));gap:1rem}
.card{margin:0;border:1px solid var(--line);border-radius:.4rem;padding:.6rem .75rem;min-width:0}.card.wide{grid-column:1/-1}.card figcaption{font-weight:600;margin-bottom:.3rem}
.chart th,.chart td{border:0;padding:.15rem .3rem;vertical-align:middle}.chart tbody th{font-weight:400;overflow-wrap:break-word}.heatmap tbody th{white-space:nowrap}
.barcell{width:40%}.bar{display:block;width:100%;height:.8rem;background:var(--alt)}
.b-ready{fill:#2da44e;background:#2da44e}.b-warnings{fill:#d4a72c;background:#d4a72c}.b-blocked{fill:#cf222e;background:#cf222e}.b-unchecked{fill:#afb8c1;background:#afb8c1}
.num{white-space:nowrap;color:var(--muted);font-size:.85rem;text-align:right}.key{margin:.3rem 0 0;font-size:.8rem;color:var(--muted)}.key .k{display:inline-block;width:.8em;height:.8em;margin:0 .2em 0 .6em}
.heatmap th,.heatmap td{text-align:center;border:1px solid var(--bg);font-size:.85rem}.heatmap thead th{font-weight:600;font-size:.75rem;vertical-align:bottom}.heatmap tbody th{text-align:left}
.heat{background:rgba(207,34,46,calc(var(--h) * .7))}.heat0{background:var(--alt)}
details.creative{border:1px solid var(--line);border-radius:.4rem;margin:.6rem 0}
details.creative>summary{cursor:pointer;padding:.5rem .75rem;background:var(--alt);border-radius:.4rem}
details.creative>summary h3{margin-right:.4rem}
details:target{outline:3px solid var(--link)}
.cbody{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;padding:.75rem}.cbody>.pvs{flex:0 1 auto;max-width:min(100%,52rem)}.fields{flex:1 1 26rem;min-width:0}
.field{padding:.5rem 0;border-top:1px solid var(--line)}.fields>.field:first-child{border-top:0;padding-top:0}
.copy{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--alt);padding:.3rem .5rem;border-radius:.3rem}
mark{border-radius:.2em;padding:0 .1em;color:inherit}
mark.m-error{background:#ffcecb;text-decoration:underline wavy var(--bad)}mark.m-warning{background:#fae17d;text-decoration:underline dotted var(--warn)}mark.m-info{background:#ddf4ff}
.limits,.msgs,.fixes{margin:.3rem 0;padding-left:1.2rem}
.preview{white-space:pre-wrap;overflow-wrap:anywhere;border-left:3px solid var(--line);padding-left:.5rem;margin:.15rem 0 .4rem}
.ellipsis{font-weight:700}.cut{color:#6e7781;text-decoration:line-through;text-decoration-color:#afb8c1}
.who{font-weight:600}
.sev{font-weight:700;text-transform:uppercase;font-size:.75rem;padding:0 .3em;border-radius:.2em}
.sev-error>.sev{background:var(--bad-bg);color:var(--bad)}.sev-warning>.sev{background:var(--warn-bg);color:var(--warn)}.sev-info>.sev{background:#ddf4ff;color:#0a3069}
.msgs>li{margin:.3rem 0;overflow-wrap:anywhere}
.media{display:flex;gap:.75rem;align-items:flex-start;flex-wrap:wrap}.media p{margin:0}
.thumb{display:inline-block;background:var(--alt) center/contain no-repeat;border:1px solid var(--line)}
.thumb{position:relative}.tbox{position:absolute;box-sizing:border-box;border:2px solid var(--bad)}.tbox-warning{border-color:var(--warn)}.tbox-info{border:1px dashed #0a3069}
.thumb.none{width:96px;height:54px;font-size:.75rem;color:var(--muted);display:flex;align-items:center;justify-content:center}
.path{overflow-wrap:anywhere}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
footer{margin-top:2rem;color:var(--muted);font-size:.85rem}
@media (max-width:40rem){body{padding:.5rem}
.matrix,.matrix caption,.matrix tbody,.matrix tr,.matrix td,.matrix tbody th{display:block;width:auto}.matrix thead{display:none}
.matrix tr{border-top:1px solid var(--line);padding:.35rem 0}.matrix td,.matrix tbody th{border:0;padding:.1rem 0}.matrix td.na{display:none}
.matrix td[data-label]{display:flex;gap:.5rem}.matrix td[data-label]::before{content:attr(data-label);min-width:7.5rem;color:var(--muted)}
.cbody{padding:.5rem}.barcell{width:35%}}
`;

/**
 * Filter, find and pages over matrix rows and their details. The page works without it (every
 * row shown); it reads only data attributes and text the page already holds.
 */
const SCRIPT = `(()=>{
const PAGE=${PAGE_SIZE};
const rows=[...document.querySelectorAll('tr[data-row]')],groups=[...document.querySelectorAll('[data-group]')];
const details=new Map([...document.querySelectorAll('details[data-row]')].map(d=>[d.dataset.row,d]));
const controls=document.querySelector('.controls'),filter=document.getElementById('filter'),find=document.getElementById('find'),pager=document.getElementById('pager');
controls.hidden=false;
let page=0,shown=rows;
function render(){
  const q=find.value.trim().toLowerCase(),f=filter.value;
  shown=rows.filter(r=>(f==='all'||r.dataset.state===f)&&(!q||(r.closest('[data-group]').dataset.group+'/'+r.querySelector('th').textContent).toLowerCase().includes(q)));
  const pages=Math.max(1,Math.ceil(shown.length/PAGE));page=Math.min(page,pages-1);
  const on=new Set(shown.slice(page*PAGE,(page+1)*PAGE));
  for(const r of rows){const v=on.has(r);r.hidden=!v;const d=details.get(r.dataset.row);if(d)d.hidden=!v;}
  for(const g of groups)g.hidden=!g.querySelector('tr[data-row]:not([hidden])');
  pager.replaceChildren();
  const status=document.createElement('span');status.setAttribute('role','status');
  status.textContent=shown.length+' of '+rows.length+' rows'+(pages>1?', page '+(page+1)+' of '+pages:'');
  pager.append(status);
  if(pages>1){for(const [t,p] of [['Previous',page-1],['Next',page+1]]){const b=document.createElement('button');b.type='button';b.textContent=t;b.disabled=p<0||p>=pages;b.onclick=()=>{page=p;render();};pager.append(' ',b);}}
}
function reveal(){
  const d=details.get(location.hash.slice(1));if(!d)return;
  const i=shown.findIndex(r=>r.dataset.row===d.dataset.row);
  if(i<0){filter.value='all';find.value='';render();}
  page=Math.floor(shown.findIndex(r=>r.dataset.row===d.dataset.row)/PAGE);render();
  d.open=true;d.scrollIntoView();
}
filter.onchange=find.oninput=()=>{page=0;render();};
addEventListener('hashchange',reveal);
render();reveal();
})();`;

const SCRIPT_HASH = createHash('sha256').update(SCRIPT).digest('base64');

/** The whole document: inline style and script only, and a policy that forbids anything else (no requests, no injected script). */
export function page(title: string, body: string, previewCss: string): string {
  const csp = `default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'sha256-${SCRIPT_HASH}'`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${esc(title)}</title>
<style>${CSS}${previewCss}</style>
</head>
<body>
<main>
${body}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
