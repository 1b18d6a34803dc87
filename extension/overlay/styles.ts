/** The overlay's own styles, inside its shadow root (the page's never reach it). Colours meet WCAG AA on white. */
export const overlayCss = `
:host { all: initial; }
.cigd { position: fixed; right: 12px; bottom: 12px; width: 380px; max-height: 80vh; overflow: auto; z-index: 2147483647;
  font: 14px/1.4 system-ui, sans-serif; color: #1a1a1a; background: #fff; border: 1px solid #5c5c5c; border-radius: 6px;
  box-shadow: 0 4px 16px rgba(0,0,0,.25); }
.cigd.side-left { right: auto; left: 12px; }
.cigd header { display: flex; align-items: center; justify-content: space-between; padding: 8px 12px; background: #0b3d6b; color: #fff; }
.cigd h2 { font-size: 15px; margin: 0; }
.cigd h3 { font-size: 14px; margin: 10px 0 4px; }
.cigd section { padding: 4px 12px 8px; border-top: 1px solid #d0d0d0; }
.cigd button { font: inherit; cursor: pointer; border: 1px solid #0b3d6b; background: #fff; color: #0b3d6b; border-radius: 4px; padding: 2px 8px; }
.cigd header button { background: #0b3d6b; color: #fff; border-color: #fff; }
.cigd button:focus-visible, .cigd input:focus-visible, .cigd summary:focus-visible { outline: 3px solid #b35c00; outline-offset: 1px; }
.cigd ul { list-style: none; padding: 0; margin: 0; }
.cigd li { margin: 6px 0; padding: 6px 8px; border-left: 4px solid #888; background: #f6f6f6; }
.cigd li.error { border-color: #b00020; }
.cigd li.warning { border-color: #8a5300; }
.cigd li.info { border-color: #0b5cad; }
.cigd .sev-error { color: #b00020; }
.cigd .sev-warning { color: #8a5300; }
.cigd .sev-info { color: #0b5cad; }
.cigd .source { font-size: 12px; color: #4a4a4a; }
.cigd blockquote { margin: 4px 0; padding-left: 8px; border-left: 3px solid #999; font-style: italic; color: #333; }
.cigd dl { display: grid; grid-template-columns: auto auto; gap: 2px 12px; margin: 4px 0; }
.cigd dt { color: #4a4a4a; }
.cigd dd { margin: 0; font-weight: 600; }
.cigd label { display: block; margin: 4px 0 0; }
.cigd input { font: inherit; border: 1px solid #5c5c5c; border-radius: 3px; padding: 2px 4px; width: 8em; }
.cigd .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
