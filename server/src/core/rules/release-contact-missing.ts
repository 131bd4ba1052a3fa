import { Rule } from './rule';
import { hasBody, lastContentLine, releaseOf } from './release-shape';

export const releaseContactMissing: Rule = {
  id: 'release/contact-missing',
  description: 'The release has no media contact block (`Media Contact:` with a name, an e-mail address or a phone number).',
  defaultSeverity: 'warning',
  releaseOnly: true,
  check({ article, style }) {
    if (!style.release || !hasBody(article)) return [];
    const contacts = releaseOf(article).contacts;
    const reachable = contacts.some((block) => block.emails.length > 0 || block.phones.length > 0);
    if (reachable) return [];
    const empty = contacts[0];
    return [{
      span: empty ? empty.heading : lastContentLine(article),
      message: empty
        ? `\`${empty.heading.text.trim()}\` gives no e-mail address or phone number: journalists need a way to reach someone.`
        : 'The release has no media contact: add `Media Contact:` with a name, an e-mail address and a phone number.',
    }];
  },
};
