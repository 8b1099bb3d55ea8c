// 卷名 of a case (domain-reference §1.2): “张三、王五与李四邻里纠纷” — applicants, 与, respondents, the category.

const MAX_NAMES = 3;

function names(list: readonly string[]): string {
  const shown = list.slice(0, MAX_NAMES).join('、');
  return list.length > MAX_NAMES ? `${shown}等` : shown;
}

export function caseTitle(applicants: readonly string[], respondents: readonly string[], categoryLabel: string): string {
  const sides = [names(applicants), names(respondents)].filter((s) => s !== '');
  return `${sides.join('与')}${categoryLabel}`;
}
