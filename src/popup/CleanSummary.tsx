import type { CleanReport, ClutterKind } from '../core/types';
import { CLUTTER_LABELS } from '../ui/clutter-labels';

// How much auto-clean took off this page on load (from the content script's report).

export function CleanSummary({ report }: { report: CleanReport | null }) {
  const count = report?.removed.length ?? 0;
  const breakdown = report
    ? (Object.entries(report.counts) as Array<[ClutterKind, number]>)
        .filter(([, n]) => n > 0)
        .map(([kind, n]) => `${CLUTTER_LABELS[kind]?.name ?? kind}: ${n}`)
        .join(', ')
    : '';
  let text: string;
  if (!report) text = "Auto-clean didn't run on this page load.";
  else if (!report.recognised) text = 'Not a recognised news theme: nothing removed.';
  else if (count === 0) text = 'Auto-clean found nothing to remove.';
  else text = `Auto-clean removed ${count} ${count === 1 ? 'item' : 'items'} from this page.`;
  return (
    <p id="clean-count" class="bs-clean-count" data-count={report ? String(count) : undefined} title={breakdown || undefined}>
      {text}
    </p>
  );
}
