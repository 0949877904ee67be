/**
 * The tag customers paste loads `/widget.js`: this tiny loader, cached for minutes. It adds the real widget,
 * whose name carries a hash of its content (`widget-<hash>.js`, cached for a year), with the same data
 * attributes, so a release reaches every page within minutes without anyone changing their tag.
 * Written as a string because it is emitted by the build, next to the file it names.
 */
export function loaderSource(versionedFile: string): string {
  return `(function(){var s=document.currentScript;if(!s)return;var w=document.createElement("script");
for(var k in s.dataset)w.dataset[k]=s.dataset[k];w.src=new URL(${JSON.stringify(versionedFile)},s.src).href;
document.head.appendChild(w)})();
`;
}
