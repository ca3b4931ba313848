// Writes resources/catalogue/sample-items.csv (GBK with CRLF, as Excel on a Chinese Windows saves
// "CSV (逗号分隔)") and sample-items.xlsx from test/support/catalogue-sample.ts.
// Run: npx tsx test/support/make-catalogue-samples.ts
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { sampleHeader, sampleRows, sampleTitle } from './catalogue-sample';

const dir = 'resources/catalogue';
const csvCell = (v: string | number) => (/[",\r\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
const lines = [[sampleTitle], [], ...sampleRows()].map((row) => row.map(csvCell).join(','));
writeFileSync(`${dir}/sample-items.csv`, iconv.encode(lines.join('\r\n') + '\r\n', 'gbk'));

const book = new ExcelJS.Workbook();
book.creator = 'Tongban';
const sheet = book.addWorksheet('事项目录');
sheet.addRow([sampleTitle]);
sheet.mergeCells(1, 1, 1, sampleHeader.length);
sheet.addRow([]);
for (const row of sampleRows()) sheet.addRow(row);
sheet.getRow(3).font = { bold: true };
sheet.columns.forEach((c, i) => (c.width = [6, 18, 36, 10, 10, 18][i]));
await book.xlsx.writeFile(`${dir}/sample-items.xlsx`);
console.log('wrote', `${dir}/sample-items.csv`, `${dir}/sample-items.xlsx`);
