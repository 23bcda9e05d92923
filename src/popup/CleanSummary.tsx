import type { CleanReport, ClutterKind } from '../core/types';
import { clutterName } from '../ui/clutter-labels';
import { plural, t } from '../shared/i18n';

// How much auto-clean took off this page on load (from the content script's report).

export function CleanSummary({ report }: { report: CleanReport | null }) {
  const count = report?.removed.length ?? 0;
  const breakdown = report
    ? (Object.entries(report.counts) as Array<[ClutterKind, number]>)
        .filter(([, n]) => n > 0)
        .map(([kind, n]) => `${clutterName(kind)}: ${n}`)
        .join(', ')
    : '';
  let text: string;
  if (!report) text = t('clean_not_run');
  else if (!report.recognised) text = t('clean_not_recognised');
  else if (count === 0) text = t('clean_nothing');
  else text = plural('clean_removed', count);
  return (
    <p id="clean-count" class="bs-clean-count" data-count={report ? String(count) : undefined} title={breakdown || undefined}>
      {text}
    </p>
  );
}
