/// The web page's stylesheet: GOV.UK-like type, the status colours from the domain table
/// (each ≥ 4.5:1 for text), and a print stylesheet that keeps charts and tables whole.
enum PackHTMLStyle {
    static let css = """
        :root { --ink: #0b0c0c; --grey: #484949; --rule: #b1b4b6; }
        * { box-sizing: border-box; }
        body { font-family: "DejaVu Sans", Arial, sans-serif; color: var(--ink); margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem 3rem; line-height: 1.45; }
        h1 { font-size: 2rem; margin: 0.5rem 0; } h2 { font-size: 1.5rem; margin-top: 2.5rem; border-bottom: 3px solid var(--ink); padding-bottom: 0.2rem; }
        h3 { font-size: 1.15rem; margin: 1.8rem 0 0.4rem; } h4 { font-size: 1rem; margin: 0.8rem 0 0.2rem; }
        .cover { border-top: 10px solid var(--ink); padding-top: 0.5rem; } .committee { font-size: 1.2rem; } .asof { color: var(--grey); }
        .status { display: inline-block; padding: 0.05rem 0.45rem; border-radius: 0.8rem; font-weight: bold; white-space: nowrap; }
        .status-red { background: #f4d7d7; color: #651b1b; } .status-amber { background: #ffee80; color: #7a3c1c; }
        .status-green { background: #cfe4dc; color: #083d29; } .status-no-target, .status-missing { background: #cecece; color: #0b0c0c; }
        .status-red .shape { color: #ca3535; } .status-amber .shape { color: #b7592a; } .status-green .shape { color: #0f7a52; }
        .status-blue { background: #d2e2f1; color: #0f385c; } .status-blue .shape { color: #1d70b8; }
        .status-not-started, .status-no-update, .status-unrated { background: #cecece; color: #0b0c0c; }
        table.actions { width: 100%; } table.actions td.update { min-width: 16rem; } table.actions td.update p { margin: 0 0 0.3rem; }
        .theme, .revised, .rules { color: var(--grey); font-size: 0.85rem; } .overdue { color: #651b1b; }
        td.progress { white-space: nowrap; } .bar { display: inline-block; width: 3rem; height: 0.6rem; border: 1px solid var(--grey); vertical-align: middle; }
        .bar span { display: block; height: 100%; background: var(--grey); }
        .counts { list-style: none; padding: 0; } .counts li { margin: 0.3rem 0; } .count { margin-left: 0.5rem; }
        .legend dt { margin-top: 0.5rem; font-weight: bold; } .legend dd { margin-left: 0; }
        article { border-top: 1px solid var(--rule); padding-top: 0.2rem; }
        .facts, .directions { margin: 0.3rem 0; }
        .chart-and-table { display: block; }
        figure { margin: 0.5rem 0 1rem; } figure img { width: 100%; max-width: 800px; height: auto; border: 1px solid #dcdcdc; }
        table { border-collapse: collapse; font-size: 0.9rem; } caption { text-align: left; font-weight: bold; padding-bottom: 0.3rem; }
        th, td { text-align: left; padding: 0.25rem 0.5rem; border-bottom: 1px solid #dcdcdc; vertical-align: top; }
        thead th { border-bottom: 2px solid var(--ink); } td.num { text-align: right; white-space: nowrap; }
        table.summary { width: 100%; }
        .tiles { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 0.8rem; }
        .tile { border: 1px solid var(--rule); border-left: 6px solid var(--grey); padding: 0.6rem 0.8rem; }
        .tile h3 { font-size: 1rem; margin: 0; } .tile p { margin: 0.2rem 0; } .tile-id { color: var(--grey); font-size: 0.85rem; }
        .tile-value { font-size: 1.6rem; font-weight: bold; }
        .tile-red { background: #f4d7d7; border: 3px solid #ca3535; border-left-width: 8px; }
        .tile-amber { background: #ffee80; border: 3px solid #b7592a; border-left-width: 8px; }
        .tile-green { border-left-color: #0f7a52; }
        footer { margin-top: 3rem; color: var(--grey); font-size: 0.9rem; border-top: 1px solid var(--rule); }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; }
          h2 { break-before: page; } .cover + main > section:first-child h2 { break-before: auto; }
          article, figure, table tr, .tile { break-inside: avoid; }
          .tiles { grid-template-columns: repeat(2, 1fr); }
        }
        """
}
