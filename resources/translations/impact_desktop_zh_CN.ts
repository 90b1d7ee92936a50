<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
