// The instrument builder's preview page (preview.html, which the tools page
// frames): the draft being built is no file. The framing page, on this
// origin, hands its text over in `alignmentPulsePreview` (URL → text), and
// a fetch of that URL from this page gets it from there. Loaded before
// alignment-pulse.js, so that its early fetch of the instrument and the
// widget's own are both answered so. Any other URL is fetched as usual, and
// so is a URL not handed over (or a page framed by another origin, which
// cannot be read): the survey then says what it could not load. The
// respondent's pages never load this file.
const handed = (url) => {
  try {
    const texts = window.parent !== window ? window.parent.alignmentPulsePreview : undefined;
    return texts?.[new URL(url, document.baseURI).href];
  } catch {
    return undefined;
  }
};
const fetchOnline = window.fetch.bind(window);
window.fetch = (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const text = handed(url);
  if (typeof text !== 'string') return fetchOnline(input, init);
  return Promise.resolve(new Response(text, { headers: { 'Content-Type': 'application/json' } }));
};
