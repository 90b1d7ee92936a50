<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Aggregation</name>
    <message>
        <source>Flow (summed over time and units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock (latest value in the period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct count (as entered, never summed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong (%1: %2). Your saved data is safe; details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>B4SI</name>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (employee volunteering)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charitable gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company (own contribution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees (leverage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public / customers / platform users (leverage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners / vendors (leverage)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessUnitDialog</name>
    <message>
        <source>Business unit</source>
        <translation type="unfinished">业务部门</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name used in reports, e.g. Ant Financial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ant Financial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit this one belongs to; its figures count in that unit&apos;s totals too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional notes about this unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit business unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New business unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: a top-level unit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give a single day such as 2017-04-01, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogInstall</name>
    <message>
        <source>Business units &amp; programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;business unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a business unit to the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a program to a business unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting currency, fiscal year, device name, default database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Business units &amp; programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a business unit, nested under the selected one if any (Ctrl+Shift+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add business unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a program to the selected business unit (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected item in place (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit every detail of the selected item (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the selected item: it stays in reports of past periods but leaves pickers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list archived business units and programs (shown greyed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business units with their nested units and programs. F2 renames, Enter edits details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No business units yet.

Click “Add business unit…” to create the first one (for example your group), then add programs to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a business unit or program to see its details and figures to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geography:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals of every entry recorded so far, each metric added up by its own rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished">指标</translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it adds up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive / unarchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived (or inside an archived unit): kept for past reports, hidden from pickers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program. F2 renames it, Enter edits its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business unit. F2 renames it, Enter edits its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add business unit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add program “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CauseArea</name>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disaster relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poverty alleviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arts and culture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPainter</name>
    <message>
        <source>No figures for this chart in the selected period.</source>
        <translation>所选期间内此图表没有数据。</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>No figures for this chart in the selected period.</source>
        <translation>所选期间内此图表没有数据。</translation>
    </message>
    <message>
        <source>Total: {0}{1}</source>
        <translation>合计：{0}{1}</translation>
    </message>
    <message>
        <source>Export chart as PNG…</source>
        <translation>将图表导出为 PNG…</translation>
    </message>
    <message>
        <source>Export chart as SVG…</source>
        <translation>将图表导出为 SVG…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <source>the image could not be saved</source>
        <translation>图像无法保存</translation>
    </message>
    <message>
        <source>the file could not be opened for writing</source>
        <translation>无法打开文件进行写入</translation>
    </message>
</context>
<context>
    <name>CheckMenuButton</name>
    <message>
        <source>Show all</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>{0}: {1} selected</source>
        <translation>{0}：已选 {1} 项</translation>
    </message>
</context>
<context>
    <name>DashboardInstall</name>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the summary report for the dashboard&apos;s selection</source>
        <translation>按仪表板当前筛选打印汇总报告</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>See the report&apos;s pages before printing</source>
        <translation>打印前查看报告页面</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the summary report as a PDF file</source>
        <translation>将汇总报告保存为 PDF 文件</translation>
    </message>
    <message>
        <source>Export chart as P&amp;NG…</source>
        <translation>将图表导出为 PNG(&amp;N)…</translation>
    </message>
    <message>
        <source>Save one dashboard chart as an image</source>
        <translation>将一个仪表板图表保存为图像</translation>
    </message>
    <message>
        <source>Export chart as &amp;SVG…</source>
        <translation>将图表导出为 SVG(&amp;S)…</translation>
    </message>
    <message>
        <source>Save one dashboard chart as a vector drawing</source>
        <translation>将一个仪表板图表保存为矢量图</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>Fiscal year, calendar year, a custom range or all data</source>
        <translation>财年、日历年、自定义范围或全部数据</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>财年</translation>
    </message>
    <message>
        <source>Calendar year</source>
        <translation>日历年</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <source>All data</source>
        <translation>全部数据</translation>
    </message>
    <message>
        <source>The year to show (fiscal years are named by the year they end in)</source>
        <translation>要显示的年份（财年以其结束的年份命名）</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>First day of the custom range</source>
        <translation>自定义范围的第一天</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>Last day of the custom range</source>
        <translation>自定义范围的最后一天</translation>
    </message>
    <message>
        <source>Only the checked business units (and the units under them)</source>
        <translation>仅勾选的业务部门（及其下属部门）</translation>
    </message>
    <message>
        <source>Business units: all</source>
        <translation>业务部门：全部</translation>
    </message>
    <message>
        <source>Only the checked programs</source>
        <translation>仅勾选的项目</translation>
    </message>
    <message>
        <source>Programs: all</source>
        <translation>项目：全部</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>货币(&amp;C)：</translation>
    </message>
    <message>
        <source>Reporting currency; amounts are converted with the rates table</source>
        <translation>报告货币；金额按汇率表换算</translation>
    </message>
    <message>
        <source>&amp;Metric by business unit:</source>
        <translation>按业务部门查看指标(&amp;M)：</translation>
    </message>
    <message>
        <source>Show any metric per business unit</source>
        <translation>按业务部门显示任一指标</translation>
    </message>
    <message>
        <source>Business units</source>
        <translation>业务部门</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>FY{0}</source>
        <translation>{0}财年</translation>
    </message>
    <message>
        <source>No entries in {0} for this selection. Choose another period or business unit, or add entries under Data.</source>
        <translation>{0}内没有符合此筛选的记录。请选择其他期间或业务部门，或在“数据”中添加记录。</translation>
    </message>
    <message>
        <source>{0} · {1} entries · amounts in {2}</source>
        <translation>{0} · {1} 条记录 · 金额单位 {2}</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <source>Open database</source>
        <extracomment>Topics a demo load touches: every view refreshes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Use File → Open database to open it, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove missing files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a backup copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file: a backup cannot replace the open database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a backup copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data loaded: %1 entries added, %2 already present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Record, import and report your organisation&apos;s philanthropy figures, offline.&lt;/p&gt;&lt;p&gt;Database: %3&lt;br&gt;Device id: %4&lt;br&gt;User: %5&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <source>Period</source>
        <extracomment>Keyset paging (``after=`` the last row) keeps deep pages as cheap as the first; used when the storage layer offers it, OFFSET otherwise. Column → key of ``storage.entries.SORTABLE_COLUMNS``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation type="unfinished">业务部门</translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished">项目</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished">指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished">数值</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1 by %2
Created %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data (Help → Load demo data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged from another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed in a form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntriesPage</name>
    <message>
        <source>Only this business unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business unit filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished">从(&amp;F)</translation>
    </message>
    <message>
        <source>2017-04</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries whose period ends on or after this (a day, month, quarter or FY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished">至(&amp;T)</translation>
    </message>
    <message>
        <source>FY2018</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries whose period ends on or before the end of this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notes and names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-text search in notes, programs, business units, metrics and channels (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all entries again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished">记录数</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a new figure in the entry form (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected entry (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected entries as new ones (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected entries (Del; Ctrl+Z brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the quick-entry panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %n selected entries?

Edit → Undo (Ctrl+Z) brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All business units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All programs</source>
        <translation type="unfinished">全部项目</translation>
    </message>
    <message>
        <source>%n entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 loaded; scroll for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching… </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryCommands</name>
    <message>
        <source>Edit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %n entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %n entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a business unit or program name to find it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is measured; it decides the unit and the B4SI defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12,500 or 1.5万 or ¥3,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thousands separators, 万 / 亿 and currency signs are understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency the amount was given in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2018-03-01, 2018-03, 2018-Q1, FY2018, 2018年3月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day, month, quarter, calendar year or fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform or channel the figure came through (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Input type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B4SI input: how the company contributes (defaulted from the metric)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;tivation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B4SI motivation: why (defaulted from the metric)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Funding source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company&apos;s own money, or leverage raised from others (defaulted from the metric)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Last changed %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryFormController</name>
    <message>
        <source>Business unit › Program</source>
        <extracomment>build_entry&apos;s field name → (widget attribute, error label attribute).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not classified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understood as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <source>Figures to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation type="unfinished">业务部门</translation>
    </message>
    <message>
        <source>Part of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished">项目</translation>
    </message>
    <message>
        <source>Business unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no start date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this unit and its nested units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries recorded yet for %1. Add them on the Entries page or import a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures to date for %1 (%2 entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money is shown in the reporting currency, %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Impact Desktop</source>
        <translation>欢迎使用 Impact Desktop</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Impact Desktop&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;欢迎使用 Impact Desktop&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>This database has no figures yet. How would you like to start? You can do the other two later from the menus.</source>
        <translation>这个数据库中还没有任何数据。您想如何开始？另外两种方式以后也可以从菜单中使用。</translation>
    </message>
    <message>
        <source>Fill this database with the sample FY2018 figures (donations, volunteer hours, trees planted…)</source>
        <translation>用 2018 财年的示例数据（捐赠、志愿服务时长、植树数量……）填充此数据库</translation>
    </message>
    <message>
        <source>&amp;Load demo data</source>
        <translation>加载演示数据(&amp;L)</translation>
    </message>
    <message>
        <source>Explore the app with the figures of a sample philanthropy report (FY2018). You can delete them later.</source>
        <translation>用一份示例公益报告（2018 财年）的数据体验本程序。这些数据以后可以删除。</translation>
    </message>
    <message>
        <source>Choose an Excel or CSV file with your figures</source>
        <translation>选择包含您数据的 Excel 或 CSV 文件</translation>
    </message>
    <message>
        <source>&amp;Import a spreadsheet</source>
        <translation>导入电子表格(&amp;I)</translation>
    </message>
    <message>
        <source>Bring in figures your teams already collect in Excel or CSV files; you see a preview before anything is saved.</source>
        <translation>导入团队已在 Excel 或 CSV 文件中收集的数据；保存之前会先显示预览。</translation>
    </message>
    <message>
        <source>Close this window and start with an empty database</source>
        <translation>关闭此窗口，从空数据库开始</translation>
    </message>
    <message>
        <source>&amp;Start empty</source>
        <translation>从空白开始(&amp;S)</translation>
    </message>
    <message>
        <source>Create your business units and programs, then enter figures by hand.</source>
        <translation>先创建事业部和公益项目，再手工录入数据。</translation>
    </message>
    <message>
        <source>When unchecked, this window comes back at the next start while the database is empty</source>
        <translation>不勾选时，只要数据库仍为空，下次启动时会再次显示此窗口</translation>
    </message>
    <message>
        <source>&amp;Do not show this again</source>
        <translation>不再显示(&amp;D)</translation>
    </message>
    <message>
        <source>Demo data</source>
        <extracomment>Every topic the demo data touches, so every open view refreshes after loading it.</extracomment>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>The demo data could not be loaded:</source>
        <translation>无法加载演示数据：</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>{0}: {1} {2}</source>
        <translation>{0}：{1} {2}</translation>
    </message>
    <message>
        <source>No figure for the previous period</source>
        <translation>上一期间无数据</translation>
    </message>
    <message>
        <source>{0} {1} vs previous period</source>
        <translation>{0} 较上一期间 {1}</translation>
    </message>
    <message>
        <source>{0} of target {1}</source>
        <translation>达成目标 {1} 的 {0}</translation>
    </message>
    <message>
        <source>Stock: latest value</source>
        <translation>存量：最新值</translation>
    </message>
    <message>
        <source>Distinct: as entered, not summed</source>
        <translation>去重计数：按录入值，不累加</translation>
    </message>
    <message>
        <source>Programs with entries in the period</source>
        <translation>本期间有记录的项目</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Impact Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages (Ctrl+1 … Ctrl+9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty database file and switch to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another Impact Desktop database (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;backup copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the open database to another file (safe while working)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the FY2018 figures of the sample philanthropy report to this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Impact Desktop</source>
        <translation type="unfinished">关于 Impact Desktop(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is written to the database file at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricDialog</name>
    <message>
        <source>Metric</source>
        <translation type="unfinished">指标</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the metric is called in forms and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Recycling facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What one counts: facilities, hours, people, trees… (money metrics use the entry&apos;s currency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money keeps the currency each amount was given in; a quantity is a plain number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adds up as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How totals over time and across units are formed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse fractions such as 2.5 trees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole numbers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;B4SI input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default B4SI input type for new entries of this metric (how the company contributes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;otivation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default B4SI motivation for new entries (why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Funding source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default funding source: the company&apos;s own money, or leverage raised from others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what exactly is counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity (a plain number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money (keeps its currency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed once the metric exists: it defines what figures already entered mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A metric needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>Adds up over months and across units: money, hours, trees planted.</source>
        <extracomment>The stored unit of money metrics (as the built-in Donations): data, not a display text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A level at a point in time: a period shows its latest value, never a sum of months
(facilities in operation, cities covered, partner non-profits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People or things counted once: never added across units or periods,
reported as entered for the period (volunteers).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsPage</name>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is measured, in which unit, and how it adds up. Built-in metrics can be renamed but not deleted; a metric of your own can be deleted while no entry or target uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new row (Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected row (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected rows (Del); Undo brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric catalogue; Enter edits the selected metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it adds up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B4SI input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency of each entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add metric “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit metric “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n metric(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenFailure</name>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has not been changed. You can open another database, create a new one, or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file has not been changed, and the current database stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact Desktop databases (*.db *.sqlite *.sqlite3 *.impact);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>&lt;h2&gt;Overview&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished">期间(&amp;P)：</translation>
    </message>
    <message>
        <source>Which fiscal year the totals cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No figures yet&lt;/h3&gt;&lt;p&gt;Impact Desktop totals what your business units do for society.&lt;br&gt;To get started:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;add a business unit and a program under &lt;b&gt;Business units &amp;amp; programs&lt;/b&gt;,&lt;/li&gt;&lt;li&gt;type figures on the &lt;b&gt;Entries&lt;/b&gt; page (Ctrl+N), or import a spreadsheet from the &lt;b&gt;Data&lt;/b&gt; menu,&lt;/li&gt;&lt;li&gt;or explore with the sample report&apos;s figures: &lt;b&gt;Help → Load demo data&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Totals&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;By business unit&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing totals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FY%1 (%2 – %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All data</source>
        <translation type="unfinished">全部数据</translation>
    </message>
    <message>
        <source>%1 to %2 · %3 entries · money in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished">指标</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">单位</translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished">目标</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished">达成率</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished">记录数</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a new figure (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolishActions</name>
    <message>
        <source>&amp;User guide</source>
        <extracomment>Action object name (lower-case, without &quot;action&quot; and &quot;_&quot;) → icon name.</extracomment>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>Open the user guide (F1)</source>
        <translation>打开用户指南（F1）</translation>
    </message>
    <message>
        <source>&amp;About Impact Desktop</source>
        <translation>关于 Impact Desktop(&amp;A)</translation>
    </message>
    <message>
        <source>Version, licence and credits</source>
        <translation>版本、许可证和致谢</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>The Qt toolkit this application is built with</source>
        <translation>本程序所使用的 Qt 工具包</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
    <message>
        <source>About Impact Desktop</source>
        <translation>关于 Impact Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Record, import and report your company&apos;s philanthropy figures, offline.&lt;/p&gt;&lt;p&gt;Icons: Lucide (ISC licence). Built with Qt and PySide6 (LGPL).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;离线记录、导入并汇报贵公司的公益数据。&lt;/p&gt;&lt;p&gt;图标：Lucide（ISC 许可证）。基于 Qt 和 PySide6（LGPL）构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new interface language takes effect the next time you start Impact Desktop.</source>
        <translation>新的界面语言将在下次启动 Impact Desktop 时生效。</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>Program</source>
        <translation type="unfinished">项目</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program&apos;s name, unique within its business unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ant Forest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business unit that runs this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cause area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the program is for (B4SI “what”); pick one or type your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Geography:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the program runs (B4SI “where”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 364 cities in China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the program, e.g. 2017-04-01 or 1 April 2017 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the program (optional; leave empty while it runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned, active or completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional notes about this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the business unit that runs this program (create one first if the list is empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickEntryPanel</name>
    <message>
        <source>Quick entry: program, metric and period stay after each save, so you can type value after value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Quick entry&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program (type to search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished">项目</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished">指标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2018-03-01, 2018-03, 2018-Q1, FY2018, 2018年3月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished">数值</translation>
    </message>
    <message>
        <source>e.g. 12,500 or 1.5万 or ¥3,000; Enter saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this entry (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a program, a metric and a period, then type values and press Enter after each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 for %2 (Ctrl+Z undoes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <source>Currency rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency converted from (three letters, e.g. CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency converted to (three letters, e.g. USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished">期间(&amp;P)：</translation>
    </message>
    <message>
        <source>When the rate applies: FY2018, 2018, 2018-Q1 or 2018-03; a monthly rate overrides a yearly one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. FY2018 or 2018-03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many units of To one unit of From is worth, exactly as published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0.1449</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit currency rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New currency rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 %1 = %2 %3, so 1 %3 ≈ %4 %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatesPage</name>
    <message>
        <source>Currency rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new row (Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected row (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected rows (Del); Undo brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every currency and month the current data needs a rate for and does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check missing rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rate: 1 unit of From is worth Rate units of To over the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No currency rates yet.

Click “Add…” to enter one, for example 1 CNY = 0.1449 USD for FY2018. Totals need a rate for every currency other than the reporting currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates the current data still needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each missing rate, by currency pair and month; add a rate covering it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals are converted into the reporting currency, &lt;b&gt;%1&lt;/b&gt; (change it in Settings). A rate says 1 &lt;i&gt;From&lt;/i&gt; = &lt;i&gt;Rate&lt;/i&gt; &lt;i&gt;To&lt;/i&gt; over a period; a monthly rate overrides a yearly one, and a pair also works the other way round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing missing: every amount can be converted to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 for %3: no rate covers this month (double-click to add one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rate %1→%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit rate %1→%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n rate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Delete rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected rows? Edit → Undo brings them back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>There are no entries in {0} for this selection, so there is nothing to print. Choose another period or business unit on the dashboard.</source>
        <translation>{0}内没有符合此筛选的记录，无可打印内容。请在仪表板上选择其他期间或业务部门。</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>文件夹 {0} 不存在。</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>There is no chart to export yet.</source>
        <translation>尚无可导出的图表。</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>图表：</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>How these figures add up</source>
        <translation>这些数字如何汇总</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>第 {0} 页，共 {1} 页</translation>
    </message>
    <message>
        <source>Philanthropy report</source>
        <translation>公益报告</translation>
    </message>
    <message>
        <source>Philanthropy summary report</source>
        <translation>公益汇总报告</translation>
    </message>
    <message>
        <source>Amounts in {0}</source>
        <translation>金额单位：{0}</translation>
    </message>
    <message>
        <source>Business units: {0}</source>
        <translation>业务部门：{0}</translation>
    </message>
    <message>
        <source>Generated {0}</source>
        <translation>生成于 {0}</translation>
    </message>
    <message>
        <source>{0} of target</source>
        <translation>达成目标的 {0}</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>selected units</source>
        <translation>所选部门</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一期间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键数据</translation>
    </message>
    <message>
        <source>Flows (money, hours, trees…) are summed over the months and business units of the period.</source>
        <translation>流量指标（金额、时长、树木…）按期间内各月份和各业务部门累加。</translation>
    </message>
    <message>
        <source>Stocks, shown as the latest value in the period and never summed over months: {0}.</source>
        <translation>存量指标显示期间内的最新值，从不按月累加：{0}。</translation>
    </message>
    <message>
        <source>Distinct counts, shown as entered for the widest period and never added across units or months: {0}.</source>
        <translation>去重计数按覆盖期间最长的录入值显示，从不跨部门或跨月份相加：{0}。</translation>
    </message>
    <message>
        <source>Change compares with the previous period of equal length; Achieved is the value as a share of the target set for the period.</source>
        <translation>“变化”与等长的上一期间比较；“达成率”为数值占该期间目标的比例。</translation>
    </message>
    <message>
        <source>Stock: latest</source>
        <translation>存量：最新</translation>
    </message>
    <message>
        <source>Distinct: not summed</source>
        <translation>去重：不累加</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>业务部门</translation>
    </message>
    <message>
        <source>No conversion needed: every amount is in {0}.</source>
        <translation>无需换算：所有金额均为 {0}。</translation>
    </message>
    <message>
        <source>Currency rates used</source>
        <translation>所用汇率</translation>
    </message>
    <message>
        <source>Amounts are kept in the currency they were given in and converted to {0} month by month with these rates:</source>
        <translation>金额以原始货币保存，并按以下汇率逐月换算为 {0}：</translation>
    </message>
    <message>
        <source>Aggregation rules</source>
        <translation>汇总规则</translation>
    </message>
    <message>
        <source>{0} entries in the period.</source>
        <translation>本期间共 {0} 条记录。</translation>
    </message>
    <message>
        <source>{0}: {1} entries</source>
        <translation>{0}：{1} 条记录</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Import batches</source>
        <translation>导入批次</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>记录数</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database (the same for everyone who uses the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s name, printed on reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Alibaba Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reporting currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals, charts and reports convert every amount into this currency (three letters, e.g. CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fiscal year starts in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first month of the fiscal year; a fiscal year is named after the calendar year it ends in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this computer is named when databases from several machines are merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Hangzhou office laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;fault database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database opened when Impact Desktop starts without one; leave empty for the standard location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact Desktop databases (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FY%1 runs from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Target</source>
        <translation type="unfinished">目标</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the target counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole group, one business unit (with its nested units) or one program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished">期间(&amp;P)：</translation>
    </message>
    <message>
        <source>The period the target covers: FY2018, 2018, 2018-Q1, 2018-03 or a range like 2018-01..2018-06</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. FY2018, 2018-Q1, 2018-03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value aimed for; 12,500, 1.5万, 12.7亿 and ¥3,000 are understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1,000,000 or 12.7亿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished">货币(&amp;C)：</translation>
    </message>
    <message>
        <source>Currency of a money target (three letters, e.g. CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: where the target comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are counted in whole numbers, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target is written in %1 but the currency says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not money; leave the currency sign out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target is what the whole group, a business unit or a program aims for on one metric in one period (FY2018, 2018-Q1, 2018-03…). Charts and reports show actual figures against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new row (Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected row (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected rows (Del); Undo brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every target; Enter edits the selected one, Del deletes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished">指标</translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished">目标</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No targets yet.

Click “Add…” to set one, for example 1,000,000 trees planted by Ant Forest in FY2018.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted business unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit target</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n target(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>后退（Alt+←）</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>Go to the table of contents</source>
        <translation>转到目录</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>目录(&amp;C)</translation>
    </message>
    <message>
        <source>Find text in the guide (Ctrl+F; Enter finds the next match)</source>
        <translation>在指南中查找文字（Ctrl+F；按 Enter 查找下一处）</translation>
    </message>
    <message>
        <source>Find in the guide…</source>
        <translation>在指南中查找…</translation>
    </message>
    <message>
        <source>Open the guide in your web browser, to print it or keep it open beside the app</source>
        <translation>在网页浏览器中打开指南，以便打印或在程序旁边对照阅读</translation>
    </message>
    <message>
        <source>Open in &amp;web browser</source>
        <translation>在网页浏览器中打开(&amp;W)</translation>
    </message>
</context>
</TS>
