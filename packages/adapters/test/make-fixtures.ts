// Writes the small fixture files under test/fixtures. Run: npx tsx packages/adapters/test/make-fixtures.ts
// The files are committed; this script documents how each was made. The handmade XLSX mimics
// what Excel writes (styles, shared strings, numbers in scientific notation, merged title).
import { writeFileSync } from "node:fs";
import { citizenIdCheckChar } from "@linli/core";
import { strToU8, zipSync } from "fflate";
import { writeCsv } from "../src/csv/write.js";
import { writeXlsx } from "../src/xlsx/write.js";

const dir = new URL("./fixtures/", import.meta.url);
const id = (body: string) => body + citizenIdCheckChar(body);
const ID1 = id("61011319800101123"); // 男
const ID2 = id("61011319751212002"); // 女
const ID3 = id("11010519491231002");
const ID4 = id("61011320150601004");
const wrongCheck = ID3.slice(0, 17) + (ID3[17] === "1" ? "2" : "1");
const full = (s: string) =>
  s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

// 1. GB18030 CSV as Excel on Chinese Windows saves it: title row, header, data, totals, note.
writeFileSync(
  new URL("gb18030-register.csv", dir),
  writeCsv(
    [
      ["雁塔区丈八街道丈八社区居民登记表（2022年1月）"],
      ["序号", "姓名", "性别", "身份证号码", "联系电话", "现住址", "人员类型", "特殊人群", "备注"],
      [
        "1",
        "王 伟",
        "男",
        ID1,
        "138 0013 8000",
        "绿地世纪城3号楼2单元301",
        "户籍",
        "独居老人",
        "行动不便，需送药",
      ],
      [
        "2",
        "李娜",
        "女",
        full(ID2),
        full("13912345678"),
        "丈八社区5栋1单元1502室",
        "流动人口",
        "",
        "",
      ],
      [
        "3",
        "张建国",
        "男",
        wrongCheck,
        "029-8888 6666",
        "科技路27号院B座3单元502",
        "常住",
        "残疾人、低保",
        "",
      ],
      ["4", "刘小宝", "男", ID4, "13800138001", "", "户籍", "婴幼儿", "母亲代填"],
      [],
      ["合计：4人"],
      ["填表人：赵敏    审核人：孙强    填表日期：2022年1月5日"],
    ],
    { encoding: "gb18030", bom: false },
  ),
);

// 2. "Unicode text" from Excel: UTF-16LE with BOM, tab-separated.
writeFileSync(
  new URL("utf16le-unicode-text.txt", dir),
  writeCsv(
    [
      ["姓名", "性别", "出生日期", "手机"],
      ["陈静", "女", "1988年3月2日", "13700137000"],
      ["黄磊", "男", "1990/10/1", "+852 9123 4567"],
    ],
    { encoding: "utf-16le", delimiter: "\t", bom: true },
  ),
);

// 3. UTF-16BE without BOM, comma-separated.
writeFileSync(
  new URL("utf16be-no-bom.csv", dir),
  writeCsv(
    [
      ["姓名", "联系电话"],
      ["周杰", "13600136000"],
    ],
    { encoding: "utf-16be", bom: false },
  ),
);

// 4. 问卷星 (wjx) text export: metadata columns, numbered questions, ┋ multi-select, (跳过).
writeFileSync(
  new URL("wjx-export.csv", dir),
  writeCsv([
    [
      "序号",
      "提交答卷时间",
      "所用时间",
      "来源",
      "来源详情",
      "来自IP",
      "1、您的姓名：",
      "2、性别",
      "3、身份证号（必填）",
      "4、手机号码",
      "5、家庭住址（小区楼栋单元门牌号）",
      "6、特殊人群（多选）",
      "7、备注",
    ],
    [
      "1",
      "2022/1/5 14:30:21",
      "125秒",
      "微信",
      "N/A",
      "113.200.1.1(陕西-西安)",
      "王伟",
      "男",
      ID1,
      "13800138000",
      "绿地世纪城3号楼2单元301",
      "独居老人┋慢性病患者",
      "(跳过)",
    ],
    [
      "2",
      "2022/1/5 15:02:09",
      "98秒",
      "手机提交",
      "N/A",
      "113.200.1.2(陕西-西安)",
      "李娜",
      "女",
      ID2,
      "13912345678",
      "丈八社区5栋1单元1502",
      "孕产妇",
      "需要叶酸",
    ],
  ]),
);

// 5. 金数据 (jinshuju) export as XLSX: questions first, submission metadata after.
writeFileSync(
  new URL("jinshuju-export.xlsx", dir),
  writeXlsx([
    {
      name: "表单数据",
      rows: [
        [
          "序号",
          "姓名",
          "性别",
          "手机号码",
          "住址",
          "特殊人群",
          "提交人",
          "提交时间",
          "修改时间",
          "IP",
          "微信昵称",
        ],
        [
          1,
          "赵敏",
          "女",
          "13500135000",
          "科技路27号院B座3单元502",
          "高龄老人（80岁以上）,独居老人",
          "赵敏",
          "2022-01-06 09:15:00",
          "2022-01-06 10:00:00",
          "36.46.1.1",
          "阿敏",
        ],
        [
          2,
          "孙强",
          "男",
          "13400134000",
          "绿地世纪城12号楼1单元1101",
          "",
          "网格员小王",
          "2022-01-06 11:20:30",
          "",
          "36.46.1.2",
          "",
        ],
      ],
    },
  ]),
);

// 6. An Excel workbook as Excel writes it: a merged title row, IDs and phones typed as numbers
// (one ID already damaged into 6.1011319800101101E+17), birth dates as date serials with a
// built-in and a Chinese custom format, a totals row, and a second sheet.
const sst = [
  "居民信息表",
  "姓名",
  "身份证号",
  "手机",
  "出生日期",
  "住址",
  "王伟",
  "李娜",
  "张建国",
  "合计",
  "3人",
  ID3,
  "绿地世纪城3号楼2单元301",
  "说明",
];
const s = (text: string) => `<c t="s"${""}><v>${sst.indexOf(text)}</v></c>`;
const cell = (ref: string, body: string) => body.replace("<c ", `<c r="${ref}" `);
const sheet1 = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:E6"/><sheetData>
<row r="1">${cell("A1", s("居民信息表"))}</row>
<row r="2">${cell("A2", s("姓名"))}${cell("B2", s("身份证号"))}${cell("C2", s("手机"))}${cell("D2", s("出生日期"))}${cell("E2", s("住址"))}</row>
<row r="3">${cell("A3", s("王伟"))}<c r="B3" s="3"><v>6.1011319800101101E+17</v></c><c r="C3" s="3"><v>13800138000</v></c><c r="D3" s="1"><v>29221</v></c>${cell("E3", s("绿地世纪城3号楼2单元301"))}</row>
<row r="4">${cell("A4", s("李娜"))}<c r="B4" s="3"><v>${ID2.slice(0, 6) + ID2.slice(8, 17)}</v></c><c r="C4" s="3"><v>13912345678</v></c><c r="D4" s="2"><v>27740</v></c></row>
<row r="5">${cell("A5", s("张建国"))}${cell("B5", s(ID3))}<c r="C5"><f>"029"&amp;"88886666"</f><v>02988886666</v></c><c r="D5" s="1"><v>18263</v></c></row>
<row r="6">${cell("A6", s("合计"))}${cell("B6", s("3人"))}</row>
</sheetData><mergeCells count="1"><mergeCell ref="A1:E1"/></mergeCells></worksheet>`;
const sheet2 = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>说明：身份证号请设为文本格式</t></is></c></row></sheetData></worksheet>`;
const rels = (items: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
writeFileSync(
  new URL("excel-numeric-ids.xlsx", dir),
  zipSync({
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
    ),
    "_rels/.rels": strToU8(
      rels(`<Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/>`),
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}"><workbookPr/><sheets><sheet name="居民" sheetId="1" r:id="rId1"/><sheet name="说明" sheetId="2" r:id="rId2"/></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      rels(
        `<Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${R}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId4" Type="${R}/styles" Target="styles.xml"/>`,
      ),
    ),
    "xl/sharedStrings.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sst.map((t) => (t === "姓名" ? `<si><r><t>姓</t></r><r><t>名</t></r><rPh sb="0" eb="2"><t>ﾒｲ</t></rPh></si>` : `<si><t>${t}</t></si>`)).join("")}</sst>`,
    ),
    "xl/styles.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="176" applyNumberFormat="1"/><xf numFmtId="1" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    ),
    "xl/worksheets/sheet1.xml": strToU8(sheet1),
    "xl/worksheets/sheet2.xml": strToU8(sheet2),
  }),
);

console.log({ ID1, ID2, ID3, ID4, wrongCheck });
