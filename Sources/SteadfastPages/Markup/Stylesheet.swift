/// The one stylesheet every page carries inline: readable on a laptop and a phone, charts scaled
/// to the width of the screen.
enum Stylesheet {
    static let css: HTML = """
        :root{--ink:#1d232a;--muted:#5b6670;--line:#d5dbe0;--paper:#fff;--tint:#f4f6f8;--accent:#1f5f99}
        *{box-sizing:border-box}
        body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);\
        background:var(--paper)}
        header.site{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:baseline;padding:.75rem 1rem;\
        border-bottom:1px solid var(--line);background:var(--tint)}
        header.site .brand{font-weight:700;font-size:1.15rem;color:var(--ink);text-decoration:none}
        nav{display:flex;flex-wrap:wrap;gap:.25rem 1rem}
        nav a[aria-current=page]{font-weight:700;text-decoration:none;color:var(--ink)}
        main{max-width:64rem;margin:0 auto;padding:1rem}
        footer.site{max-width:64rem;margin:2rem auto 1rem;padding:0 1rem;color:var(--muted);font-size:.85rem}
        a{color:var(--accent)}
        h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0 1rem}
        h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line)}
        h3{font-size:1rem;margin:1.25rem 0 .25rem}
        .lede,.muted{color:var(--muted)}
        figure{margin:1rem 0}
        figure svg{width:100%;height:auto;display:block}
        figcaption{color:var(--muted);font-size:.9rem}
        svg text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;fill:var(--ink)}
        svg .axis line,svg .grid line{stroke:var(--line)}
        svg .axis text,svg .tick{fill:var(--muted);font-size:11px}
        .table-wrap{overflow-x:auto}
        figure{overflow-x:auto}
        time,.nowrap{white-space:nowrap}
        table.facts{width:auto}
        table.facts th{padding-right:2rem}
        table{border-collapse:collapse;width:100%;font-size:.95rem}
        th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
        th{background:var(--tint)}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
        .legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;padding:0;margin:.5rem 0;font-size:.9rem}
        .swatch{display:inline-block;width:.9em;height:.9em;border-radius:50%;margin-right:.35em;\
        vertical-align:-.1em}
        .badge{display:inline-block;padding:0 .45em;border-radius:.6em;color:#fff;font-size:.85rem}
        ol.steps li{margin:.15rem 0}
        blockquote{margin:.5rem 0;padding:.25rem .75rem;border-left:3px solid var(--line);color:var(--ink)}
        .cite{font-size:.9rem;color:var(--muted)}
        .sides{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
        .sides>section{background:var(--tint);padding:.5rem .75rem;border-radius:.4rem}
        .card{border:1px solid var(--line);border-radius:.4rem;padding:.75rem;margin:.75rem 0}
        form.decide{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;margin-top:.5rem}
        form label{display:flex;flex-direction:column;font-size:.85rem;color:var(--muted)}
        input,select,textarea,button{font:inherit;padding:.3rem .4rem}
        textarea{width:100%;min-height:14rem}
        form.ingest label{margin:.5rem 0}
        button{cursor:pointer}
        .split{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:.5rem 1rem}
        ol.audit{list-style:none;padding:0}
        li.audit-entry{border-left:3px solid var(--line);padding:.1rem .75rem;margin:.75rem 0}
        ul.changes{margin:.25rem 0;padding-left:1.25rem;font-size:.95rem}
        pre{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--tint);padding:.5rem;border-radius:.3rem;\
        font-size:.8rem;max-height:24rem;overflow:auto}
        .before-after{display:grid;grid-template-columns:1fr 1fr;gap:.5rem}
        .before-after h4{margin:.25rem 0;font-size:.85rem;color:var(--muted)}
        .filters{font-size:.9rem}
        .filters a[aria-current=page]{font-weight:700;color:var(--ink);text-decoration:none}
        .source-page{font-size:.85rem}
        @media (max-width:40rem){main{padding:.75rem}svg .tick{font-size:13px}.sides,.before-after{grid-template-columns:1fr}h1{font-size:1.35rem}\
        table{font-size:.85rem}}
        """
}
