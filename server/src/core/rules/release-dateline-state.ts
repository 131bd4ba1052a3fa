import { Report } from '../finding';
import { ReleaseStyle } from '../styles/release-style';
import { Rule } from './rule';

export const releaseDatelineState: Rule = {
  id: 'release/dateline-state',
  description: 'The dateline writes a US state the AP way: `Calif.`, `Mass.` (never `CA`), no state after a stand-alone city (`CHICAGO`).',
  defaultSeverity: 'warning',
  releaseOnly: true,
  check({ article, style }) {
    const dateline = article.dateline;
    const settings = style.release;
    const region = dateline?.region;
    if (!dateline || !settings || !region) return [];
    const state = findState(settings, region.text);
    if (!state) return [];
    const city = dateline.city.text;
    if (isStandalone(settings, city)) {
      const removeFrom = dateline.city.end;
      return [{
        span: region,
        message: `${city} stands alone in a dateline: drop \`${region.text}\`.`,
        fixes: [{ title: `Remove \`${region.text}\``, edits: [{ span: { start: removeFrom, end: region.end }, newText: '' }], safe: true }],
      }];
    }
    const wanted = state.ap ?? state.name;
    if (region.text === wanted) return [];
    const report: Report = {
      span: region,
      message: state.ap
        ? `Datelines abbreviate ${state.name} as \`${state.ap}\`, not \`${region.text}\`.`
        : `Datelines spell out ${state.name}: write \`${state.name}\`, not \`${region.text}\`.`,
      fixes: [{ title: `Write \`${wanted}\``, edits: [{ span: region, newText: wanted }], safe: true }],
    };
    return [report];
  },
};

function key(text: string): string {
  return text.toLowerCase().replace(/[\s.]/g, '');
}

function findState(settings: ReleaseStyle, region: string) {
  const wanted = key(region);
  return settings.states.find((state) => key(state.postal) === wanted || key(state.name) === wanted || (state.ap !== undefined && key(state.ap) === wanted));
}

function isStandalone(settings: ReleaseStyle, city: string): boolean {
  const wanted = key(city);
  return settings.standaloneCities.some((standalone) => key(standalone) === wanted);
}
