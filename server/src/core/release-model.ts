// The anatomy of a press release, as parseArticle() finds it around the wire-article model.
// Every span is a pair of UTF-16 offsets into the parsed text (end exclusive), as in article.ts.
import type { Span, TextSpan } from './article';

/** A date and time read from an embargo line; parts the line does not give are left out. */
export interface EmbargoTime {
  year?: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  zone?: string;
}

export interface ReleaseLine {
  /** The whole line: `FOR IMMEDIATE RELEASE`, `EMBARGOED UNTIL 9 a.m. ET, Sept. 19, 2025`. */
  span: Span;
  kind: 'immediate' | 'embargo';
  /** For an embargo: the words after `EMBARGOED UNTIL`, and what they say when they can be read. */
  embargo?: { text: TextSpan; time?: EmbargoTime };
}

export interface ReleaseHeadline extends TextSpan {
  /** The headline was written as a markdown heading (`# Headline`); `text` leaves the marks out. */
  markdown: boolean;
}

export interface ReleaseSection {
  /** From the heading to the end of the section's last line. */
  span: Span;
  /** `About Acme Corp.`, `Media Contact:`. */
  heading: TextSpan;
}

export interface AboutSection extends ReleaseSection {
  /** `Acme Corp.` in `About Acme Corp.`. */
  company: string;
}

export interface ContactBlock extends ReleaseSection {
  /** The contact's name, when a line of the block is one. */
  name?: TextSpan;
  /** Everything in the block that is written like an e-mail address (valid or not). */
  emails: TextSpan[];
  /** Everything in the block that is labelled or written like a phone number (valid or not). */
  phones: TextSpan[];
}

export interface Release {
  releaseLine?: ReleaseLine;
  headline?: ReleaseHeadline;
  subheadline?: TextSpan;
  /** The first sentence of the body, after the dateline. */
  lede?: Span;
  abouts: AboutSection[];
  contacts: ContactBlock[];
  /** `###`, `# # #`, `-30-` or `ENDS` on a line of its own. */
  endMark?: TextSpan;
  /** Text after the end mark that is not whitespace. */
  afterEndMark?: Span;
}
