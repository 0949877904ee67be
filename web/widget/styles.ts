/**
 * The widget lives in a shadow root, so the host page's CSS and ours never meet. `onAccent` is the text
 * colour that reads on the brand colour (contrast.ts); text in the brand colour sits only on `onAccent`.
 */
export function widgetStyles({ accent, onAccent }: { accent: string; onAccent: string }): string {
  return `
:host{all:initial;--accent:${accent};--on-accent:${onAccent};--ink:#1d2433;--muted:#5b6478;--line:#e4e7ee;--bg:#f6f7fb;
  font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink)}
*{box-sizing:border-box}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
button,input,textarea,select{font:inherit;color:inherit}
input,textarea,select{font-size:16px}
a{color:inherit}
/* Two rings, brand and its text colour, so focus shows on white and on the brand colour, whatever it is. */
:focus-visible{outline:3px solid var(--accent);outline-offset:2px;box-shadow:0 0 0 2px var(--on-accent)}
.launcher{position:fixed;right:20px;bottom:20px;z-index:2147483000;border:0;border-radius:999px;
  background:var(--accent);color:var(--on-accent);padding:14px 20px;font-weight:600;cursor:pointer;
  box-shadow:0 8px 24px rgb(0 0 0/.18);display:flex;gap:8px;align-items:center;min-height:48px}
.badge{background:var(--on-accent);color:var(--accent);border-radius:999px;padding:1px 8px;font-size:12px}
.preview{position:fixed;right:20px;bottom:80px;z-index:2147483000;max-width:280px;background:#fff;
  border-radius:12px;padding:10px 14px;box-shadow:0 8px 24px rgb(0 0 0/.18);font-size:14px;
  overflow:hidden;display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical}
.avatar{width:36px;height:36px;border-radius:999px;background:var(--on-accent);color:var(--accent);font-weight:700;
  display:flex;align-items:center;justify-content:center;flex:none}
.panel{position:fixed;right:20px;bottom:20px;z-index:2147483001;width:380px;height:min(620px,calc(100vh - 40px));
  display:flex;flex-direction:column;background:#fff;border-radius:16px;overflow:hidden;
  box-shadow:0 16px 48px rgb(0 0 0/.22)}
[hidden]{display:none!important}
header{background:var(--accent);color:var(--on-accent);padding:14px 16px;display:flex;align-items:center;gap:12px}
header h2{margin:0;font-size:16px}
header p{margin:0;font-size:13px}
header div{flex:1}
.close{background:transparent;border:0;color:inherit;font-size:22px;line-height:1;width:44px;height:44px;
  border-radius:8px;cursor:pointer}
.close:hover{background:rgb(255 255 255/.15)}
.wait{background:#fff7e6;color:#7a4b00;border-bottom:1px solid #f5deb0;padding:8px 16px;font-size:13px}
.connection{background:#fdecea;color:#8a1c12;padding:8px 16px;font-size:13px}
.connection[data-state=online]{background:#e8f6ee;color:#11613a}
.log{flex:1;overflow-y:auto;background:var(--bg)}
.messages{margin:0;padding:16px;list-style:none;display:flex;flex-direction:column;gap:8px}
.msg{max-width:82%;display:flex;flex-direction:column;gap:2px}
.msg .who{font-size:12px;color:var(--muted);padding:0 4px}
.bubble{padding:9px 13px;border-radius:16px;white-space:pre-wrap;overflow-wrap:anywhere}
.msg.bot,.msg.agent{align-self:flex-start}
.msg.bot .bubble,.msg.agent .bubble{background:#fff;border:1px solid var(--line);border-bottom-left-radius:4px}
.msg.agent .bubble{border-color:color-mix(in srgb,var(--accent) 35%,white)}
.msg.customer{align-self:flex-end;align-items:flex-end}
.msg.customer .bubble{background:var(--accent);color:var(--on-accent);border-bottom-right-radius:4px}
.msg.draft .bubble{opacity:.7}
.state{font-size:11px;color:var(--muted);padding:0 4px}
.state button{border:0;background:none;color:#b42318;text-decoration:underline;cursor:pointer;padding:0 4px;
  font-size:13px;min-height:44px;min-width:44px}
[data-state=failed] .state{color:#b42318;font-size:13px}
.sources{margin:4px 0 0;padding:0 4px 0 20px;font-size:13px}
.notice{align-self:center;max-width:92%;text-align:center;font-size:13px;color:var(--muted);
  background:#eceef4;border-radius:10px;padding:6px 12px}
.typing{margin:0;padding:0 16px 4px;background:var(--bg);font-size:12px;color:var(--muted);min-height:20px}
.card{border-top:1px solid var(--line);padding:12px 16px;display:flex;flex-direction:column;gap:8px}
.card label,.card p{margin:0;font-size:14px;font-weight:600}
.row{display:flex;gap:8px}
.row input{flex:1;min-width:0;border:1px solid var(--line);border-radius:10px;padding:8px 10px;min-height:44px}
.card textarea{border:1px solid var(--line);border-radius:10px;padding:8px 10px;resize:vertical}
.field{display:flex;flex-direction:column;gap:4px}
.field input,.field select{border:1px solid var(--line);border-radius:10px;padding:8px 10px;min-height:44px;background:#fff}
.card label{font-weight:400}
.primary{border:0;border-radius:10px;background:var(--accent);color:var(--on-accent);padding:8px 14px;font-weight:600;cursor:pointer;
  min-height:44px;min-width:44px}
.primary:disabled{opacity:.5;cursor:default}
.thanks{font-weight:600}
.stars{display:flex;gap:6px}
.stars button{flex:1;border:1px solid var(--line);background:#fff;border-radius:10px;min-height:44px;cursor:pointer;font-weight:600}
.stars button:hover{border-color:var(--accent)}
.stars button[aria-pressed=true]{border-color:var(--accent);background:var(--accent);color:var(--on-accent)}
.counter{margin:0;padding:4px 16px 0;font-size:12px;color:var(--muted);text-align:right}
.composer{border-top:1px solid var(--line);padding:10px 12px;display:flex;gap:8px;align-items:flex-end}
.composer textarea{flex:1;resize:none;border:1px solid var(--line);border-radius:12px;padding:9px 12px;
  max-height:120px;min-height:44px}
.composer button{height:44px}
.error{color:#b42318;font-size:13px;padding:8px 16px;margin:0}
@media (max-width:480px){.panel{inset:0;width:100%;height:100%;border-radius:0}}
`;
}
