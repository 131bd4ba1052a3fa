import { Quote } from '../article';
import { Report } from '../finding';
import { Rule } from './rule';

type Kind = 'straight' | 'curly';

export const hygieneQuoteStyle: Rule = {
  id: 'hygiene/quote-style',
  description: 'Straight and curly quotation marks mixed in one story, or straight marks where the style wants curly ones. Silent in styles that use straight quotes.',
  defaultSeverity: 'info',
  check({ article, style }) {
    // No quotation, nothing flagged under any style.
    if (style.quotes === 'straight' || article.quotes.length === 0) return [];
    const quotes = article.quotes.filter((quote): quote is Quote & { mark: Kind } => quote.mark !== 'backtick');
    const straight = quotes.filter((quote) => quote.mark === 'straight');
    const curly = quotes.filter((quote) => quote.mark === 'curly');
    let flagged: (Quote & { mark: Kind })[];
    if (style.quotes === 'curly') flagged = straight;
    else if (straight.length === 0 || curly.length === 0) return [];
    else flagged = straight.length < curly.length ? straight : curly;
    const wanted: Kind = style.quotes === 'curly' || flagged === straight ? 'curly' : 'straight';
    return flagged.map((quote) => report(article.text, quote, wanted));
  },
};

function report(text: string, quote: Quote, wanted: Kind): Report {
  const open = { start: quote.span.start, end: quote.inner.start };
  const close = quote.closed ? { start: quote.inner.end, end: quote.span.end } : undefined;
  const [openMark, closeMark] = wanted === 'curly' ? ['“', '”'] : ['"', '"'];
  const edits = [{ span: open, newText: openMark }, ...(close ? [{ span: close, newText: closeMark }] : [])];
  return {
    span: open,
    message: `${wanted === 'curly' ? 'Straight' : 'Curly'} quotation marks here, ${wanted} ones elsewhere in the story: use one kind.`,
    fixes: [{ title: `Use ${wanted} quotation marks`, edits, safe: text.slice(open.start, open.end) !== '' }],
  };
}
