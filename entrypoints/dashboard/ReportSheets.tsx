import type { Report } from '../../core/index.js';
import {
  reportSpreadsheet,
  SHEET_MEDIA_TYPES,
  type SheetFormat,
} from '../../core/spreadsheet/report-export.js';
import { downloadData, safeFileName } from '../shared/download.js';
import type { Lang } from '../shared/i18n.js';

const WORDS = {
  zh: {
    title: '导出报告表格',
    hint: '给乡镇工作人员：结果、各票箱和发现，用 Excel 或 WPS 打开。以 = + - @ 开头的文字已作处理，打开时不会当作公式。',
    xlsx: '下载 Excel 表格（.xlsx）',
    csv: '下载 CSV',
  },
  en: {
    title: 'The report as a spreadsheet',
    hint: 'For township staff: the results, the boxes and the findings, to open in Excel or WPS. Text beginning with = + - @ is neutralised, so it never opens as a formula.',
    xlsx: 'Download for Excel (.xlsx)',
    csv: 'Download CSV',
  },
};

/** The recount report as a workbook or a CSV file, by the same code as `check --format xlsx|csv`. */
export function ReportSheets({ report, lang }: { report: Report; lang: Lang }) {
  const w = WORDS[lang];
  const download = (format: SheetFormat) =>
    downloadData(
      `${safeFileName(report.election)}-report.${format}`,
      reportSpreadsheet(report, format, lang),
      SHEET_MEDIA_TYPES[format],
    );
  return (
    <section class="report-sheets" aria-labelledby="report-sheets-title">
      <h3 id="report-sheets-title">{w.title}</h3>
      <p class="hint">{w.hint}</p>
      <p>
        <button type="button" data-export="xlsx" onClick={() => download('xlsx')}>
          {w.xlsx}
        </button>{' '}
        <button type="button" data-export="csv" onClick={() => download('csv')}>
          {w.csv}
        </button>
      </p>
    </section>
  );
}
