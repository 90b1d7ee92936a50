<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Aggregation</name>
    <message>
        <source>Flow (summed over time and units)</source>
        <translation>流量（跨时间和事业部累加）</translation>
    </message>
    <message>
        <source>Stock (latest value in the period)</source>
        <translation>存量（取期间内的最新值）</translation>
    </message>
    <message>
        <source>Distinct count (as entered, never summed)</source>
        <translation>去重计数（按录入值，从不累加）</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong (%1: %2). Your saved data is safe; details are in the log file.</source>
        <translation>出现错误（%1：%2）。已保存的数据不受影响，详细信息请查看日志文件。</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 已存在，请换一个文件名。</translation>
    </message>
</context>
<context>
    <name>B4SI</name>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Time (employee volunteering)</source>
        <translation>时间（员工志愿服务）</translation>
    </message>
    <message>
        <source>In-kind</source>
        <translation>实物</translation>
    </message>
    <message>
        <source>Management costs</source>
        <translation>管理成本</translation>
    </message>
    <message>
        <source>Charitable gift</source>
        <translation>慈善捐赠</translation>
    </message>
    <message>
        <source>Community investment</source>
        <translation>社区投资</translation>
    </message>
    <message>
        <source>Commercial initiative</source>
        <translation>商业倡议</translation>
    </message>
    <message>
        <source>Company (own contribution)</source>
        <translation>公司（自有投入）</translation>
    </message>
    <message>
        <source>Employees (leverage)</source>
        <translation>员工（撬动资金）</translation>
    </message>
    <message>
        <source>Public / customers / platform users (leverage)</source>
        <translation>公众 / 客户 / 平台用户（撬动资金）</translation>
    </message>
    <message>
        <source>Partners / vendors (leverage)</source>
        <translation>合作伙伴 / 供应商（撬动资金）</translation>
    </message>
    <message>
        <source>Time is shown in hours only: set a cost per volunteer hour in Settings to value it and add it to the company contribution.</source>
        <extracomment>Per motivation: company money (cash, in-kind, management, valued time), leverage, hours. Money whose entries say no input type (or funding source): counted nowhere, said in a note.</extracomment>
        <translation>时间仅以小时列示：在“设置”中填写每志愿小时成本后，时间才会折算为金额并计入公司贡献。</translation>
    </message>
    <message>
        <source>Time is valued at {0} {1} per hour.</source>
        <translation>时间按每小时 {0} {1} 折算。</translation>
    </message>
    <message>
        <source>{0} {1} of money has no input type or funding source and is counted in neither the contribution nor leverage.</source>
        <translation>有 {0} {1} 的金额未标明投入类型或资金来源，既未计入公司贡献，也未计入撬动资金。</translation>
    </message>
    <message>
        <source>Time (valued)</source>
        <translation>时间（折算金额）</translation>
    </message>
    <message>
        <source>Leverage: employees</source>
        <translation>撬动资金：员工</translation>
    </message>
    <message>
        <source>Leverage: public</source>
        <translation>撬动资金：公众</translation>
    </message>
    <message>
        <source>Leverage: partners</source>
        <translation>撬动资金：合作伙伴</translation>
    </message>
    <message>
        <source>Time: 1 hour, not valued (no cost per hour set).</source>
        <translation>时间：1 小时，未折算金额（未设置每小时成本）。</translation>
    </message>
    <message>
        <source>Time: {0} hours, not valued (no cost per hour set).</source>
        <translation>时间：{0} 小时，未折算金额（未设置每小时成本）。</translation>
    </message>
    <message>
        <source>Company contribution {0}; leverage {1} ({2}).</source>
        <translation>公司贡献 {0}；撬动资金 {1}（{2}）。</translation>
    </message>
    <message>
        <source>B4SI: company contribution and leverage</source>
        <translation>B4SI：公司贡献与撬动资金</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Blue: the company&apos;s own inputs. Orange: leverage, money mobilised from others and reported apart.</source>
        <translation>蓝色：公司自身投入。橙色：撬动资金，即从他人动员的资金，单独报告。</translation>
    </message>
</context>
<context>
    <name>B4siPage</name>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Public, customers and platform users</source>
        <translation>公众、客户与平台用户</translation>
    </message>
    <message>
        <source>Partners and vendors</source>
        <translation>合作伙伴与商家</translation>
    </message>
    <message>
        <source>Charitable gift</source>
        <translation>慈善捐赠</translation>
    </message>
    <message>
        <source>Community investment</source>
        <translation>社区投资</translation>
    </message>
    <message>
        <source>Commercial initiative</source>
        <translation>商业倡议</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Time (employee volunteering, paid hours)</source>
        <translation>时间（员工志愿服务，带薪工时）</translation>
    </message>
    <message>
        <source>Time, valued at the cost per hour</source>
        <translation>时间，按每小时成本折算</translation>
    </message>
    <message>
        <source>In-kind (goods and services, at cost)</source>
        <translation>实物（物资与服务，按成本计）</translation>
    </message>
    <message>
        <source>Management costs</source>
        <translation>管理成本</translation>
    </message>
    <message>
        <source>Company contribution (community investment)</source>
        <translation>公司贡献（社区投资）</translation>
    </message>
    <message>
        <source>Leverage: mobilised from others, reported apart</source>
        <translation>撬动资金：从他人动员，单独报告</translation>
    </message>
    <message>
        <source>Leverage, total</source>
        <translation>撬动资金合计</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>投入</translation>
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
        <source>B4SI: community investment and leverage</source>
        <translation>B4SI：社区投资与撬动资金</translation>
    </message>
    <message>
        <source>B4SI (formerly LBG)</source>
        <translation>B4SI（原 LBG）</translation>
    </message>
    <message>
        <source>By motivation</source>
        <translation>按动机</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>动机</translation>
    </message>
    <message>
        <source>Company contribution ({0})</source>
        <translation>公司贡献（{0}）</translation>
    </message>
    <message>
        <source>Leverage ({0})</source>
        <translation>撬动资金（{0}）</translation>
    </message>
    <message>
        <source>Time ({0})</source>
        <translation>时间（{0}）</translation>
    </message>
    <message>
        <source>Community investments (economic value distributed)</source>
        <translation>社区投资（分配的经济价值）</translation>
    </message>
    <message>
        <source>Business units with community engagement programs</source>
        <translation>开展社区参与项目的事业部</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>Disclosures these totals feed</source>
        <translation>这些合计所对应的披露项</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>披露项</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数值</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>{0} is a folder; give the backup a file name.</source>
        <extracomment>The contents before the restore, kept beside the file (None when there was no file).</extracomment>
        <translation>{0} 是文件夹；请给备份副本指定文件名。</translation>
    </message>
    <message>
        <source>Cannot write the backup {0}: the folder {1} does not exist.</source>
        <translation>无法写入备份副本 {0}：文件夹 {1} 不存在。</translation>
    </message>
    <message>
        <source>Cannot write the backup {0}: {1} is a file, not a folder.</source>
        <translation>无法写入备份副本 {0}：{1} 是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>Choose another file: a backup cannot replace the database it copies.</source>
        <translation>请选择其他文件：备份副本不能替换它所复制的数据库。</translation>
    </message>
    <message>
        <source>Choose another file: that backup is the database itself.</source>
        <translation>请选择其他文件：该备份副本就是数据库本身。</translation>
    </message>
    <message>
        <source>Cannot restore to {0}: the folder {1} does not exist.</source>
        <translation>无法恢复到 {0}：文件夹 {1} 不存在。</translation>
    </message>
    <message>
        <source>{0} was created by another program meanwhile; nothing was restored.</source>
        <translation>{0} 在此期间已被另一个程序创建；未恢复任何内容。</translation>
    </message>
    <message>
        <source>{0} is damaged and cannot be restored ({1}).</source>
        <translation>{0} 已损坏，无法恢复（{1}）。</translation>
    </message>
    <message>
        <source>Cannot restore to {0}: {1}; nothing was changed.</source>
        <translation>无法恢复到 {0}：{1}；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>BusinessUnitDialog</name>
    <message>
        <source>Business unit</source>
        <translation>事业部</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>The name used in reports, e.g. Ant Financial</source>
        <translation>在报告中使用的名称，例如 蚂蚁金服</translation>
    </message>
    <message>
        <source>e.g. Ant Financial</source>
        <translation>例如 蚂蚁金服</translation>
    </message>
    <message>
        <source>Other na&amp;mes:</source>
        <translation>其他名称(&amp;M)：</translation>
    </message>
    <message>
        <source>Other names of this unit, separated by semicolons: its name in the other language, abbreviations, former names. Imports recognise every one of them; the interface shows the one in its language.</source>
        <translation>此事业部的其他名称，用分号分隔：另一种语言的名称、简称、曾用名。导入时每个名称都能识别；界面显示与界面语言相同的名称。</translation>
    </message>
    <message>
        <source>e.g. 蚂蚁金服; Ant Fin</source>
        <translation>例如 Ant Financial; 蚂蚁</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>隶属于(&amp;P)：</translation>
    </message>
    <message>
        <source>The unit this one belongs to; its figures count in that unit&apos;s totals too</source>
        <translation>此事业部所属的上级单位；其数据也会计入上级单位的合计</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Optional notes about this unit</source>
        <translation>关于此事业部的备注（可选）</translation>
    </message>
    <message>
        <source>Edit business unit</source>
        <translation>编辑事业部</translation>
    </message>
    <message>
        <source>New business unit</source>
        <translation>新建事业部</translation>
    </message>
    <message>
        <source>(none: a top-level unit)</source>
        <translation>（无：顶级单位）</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>%1: give a single day such as 2017-04-01, not %2.</source>
        <translation>%1：请填写具体某一天，例如 2017-04-01，而不是 %2。</translation>
    </message>
    <message>
        <source>Entries still use the channel “{0}” ({1}): it can be renamed but not removed.</source>
        <extracomment>Per kind: read one row, update its columns.</extracomment>
        <translation>仍有条目使用渠道“{0}”（{1} 条）：可以重命名，但不能删除。</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is already a name of the business unit {1}.</source>
        <translation>“{0}”已经是事业部 {1} 的名称。</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is already a name of the program {1}.</source>
        <translation>“{0}”已经是公益项目 {1} 的名称。</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is already a name of the channel {1}.</source>
        <translation>“{0}”已经是渠道 {1} 的名称。</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is already a name of the metric {1}.</source>
        <translation>“{0}”已经是指标 {1} 的名称。</translation>
    </message>
    <message>
        <source>That business unit no longer exists.</source>
        <extracomment>Catalogue rows named by a natural key: the same name created on two laptops gets the same id, so after a sync it is one row (a concurrent edit at worst), not two rows that split every total and collide on the unique name index.</extracomment>
        <translation>该事业部已不存在。</translation>
    </message>
    <message>
        <source>That program no longer exists.</source>
        <translation>该公益项目已不存在。</translation>
    </message>
    <message>
        <source>That channel no longer exists.</source>
        <translation>该渠道已不存在。</translation>
    </message>
    <message>
        <source>That metric no longer exists.</source>
        <translation>该指标已不存在。</translation>
    </message>
    <message>
        <source>That name is already used; pick another.</source>
        <translation>该名称已被使用，请另选一个。</translation>
    </message>
    <message>
        <source>Could not save: {0}</source>
        <translation>无法保存：{0}</translation>
    </message>
    <message>
        <source>A business unit cannot sit under itself or one of its own units.</source>
        <translation>事业部不能归属于自身或其下属事业部。</translation>
    </message>
    <message>
        <source>The program ends ({0}) before it starts ({1}).</source>
        <translation>公益项目的结束日期（{0}）早于开始日期（{1}）。</translation>
    </message>
    <message>
        <source>There is no metric &apos;{0}&apos;.</source>
        <extracomment>Columns that differ from entry to entry, then those a batch&apos;s entries usually share (the sync columns and provenance), in the order of every insert&apos;s parameters. From this many rows on, inserts pause the roll-up trigger and update it in one go.</extracomment>
        <translation>没有指标“{0}”。</translation>
    </message>
    <message>
        <source>Cannot restore that business unit: its name is used by another one now.</source>
        <translation>无法恢复该事业部：其名称现已被另一个事业部使用。</translation>
    </message>
    <message>
        <source>That business unit was already deleted.</source>
        <translation>该事业部已被删除。</translation>
    </message>
    <message>
        <source>That business unit was already restored.</source>
        <translation>该事业部已被恢复。</translation>
    </message>
    <message>
        <source>Cannot restore that program: its name is used by another one now.</source>
        <translation>无法恢复该公益项目：其名称现已被另一个公益项目使用。</translation>
    </message>
    <message>
        <source>That program was already deleted.</source>
        <translation>该公益项目已被删除。</translation>
    </message>
    <message>
        <source>That program was already restored.</source>
        <translation>该公益项目已被恢复。</translation>
    </message>
    <message>
        <source>Cannot restore that channel: its name is used by another one now.</source>
        <translation>无法恢复该渠道：其名称现已被另一个渠道使用。</translation>
    </message>
    <message>
        <source>That channel was already deleted.</source>
        <translation>该渠道已被删除。</translation>
    </message>
    <message>
        <source>That channel was already restored.</source>
        <translation>该渠道已被恢复。</translation>
    </message>
    <message>
        <source>Cannot restore that metric: its name is used by another one now.</source>
        <translation>无法恢复该指标：其名称现已被另一个指标使用。</translation>
    </message>
    <message>
        <source>That metric was already deleted.</source>
        <translation>该指标已被删除。</translation>
    </message>
    <message>
        <source>That metric was already restored.</source>
        <translation>该指标已被恢复。</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is built in and cannot be deleted.</source>
        <translation>“{0}”是内置指标，不能删除。</translation>
    </message>
    <message>
        <source>{0} entry</source>
        <translation>{0} 条记录</translation>
    </message>
    <message>
        <source>{0} entries</source>
        <translation>{0} 条记录</translation>
    </message>
    <message>
        <source>{0} target</source>
        <translation>{0} 个目标</translation>
    </message>
    <message>
        <source>{0} targets</source>
        <translation>{0} 个目标</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is used by {1}; delete those first.</source>
        <translation>“{0}”被 {1}使用；请先删除它们。</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is used by {1} and {2}; delete those first.</source>
        <translation>“{0}”被 {1}和 {2}使用；请先删除它们。</translation>
    </message>
    <message>
        <source>That currency rate no longer exists.</source>
        <translation>该汇率已不存在。</translation>
    </message>
    <message>
        <source>That target no longer exists.</source>
        <translation>该目标已不存在。</translation>
    </message>
    <message>
        <source>That import batch no longer exists.</source>
        <translation>该导入批次已不存在。</translation>
    </message>
    <message>
        <source>That import preset no longer exists.</source>
        <translation>该导入预设已不存在。</translation>
    </message>
</context>
<context>
    <name>CatalogInstall</name>
    <message>
        <source>Business units &amp; programs</source>
        <translation>事业部 &amp; 公益项目</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Currency rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>New &amp;business unit…</source>
        <translation>新建事业部(&amp;B)…</translation>
    </message>
    <message>
        <source>Add a business unit to the catalogue</source>
        <translation>向目录中添加事业部</translation>
    </message>
    <message>
        <source>New &amp;program…</source>
        <translation>新建公益项目(&amp;P)…</translation>
    </message>
    <message>
        <source>Add a program to a business unit</source>
        <translation>为事业部添加公益项目</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Reporting currency, fiscal year, device name, default database</source>
        <translation>报告币种、财年、设备名称、默认数据库</translation>
    </message>
</context>
<context>
    <name>CatalogNames</name>
    <message>
        <source>There is no business unit called &apos;{0}&apos; (impact-desktop catalog names lists them).</source>
        <extracomment>What the command line calls each kind.</extracomment>
        <translation>没有名为“{0}”的事业部（impact-desktop catalog names 会列出所有名称）。</translation>
    </message>
    <message>
        <source>There is no program called &apos;{0}&apos; (impact-desktop catalog names lists them).</source>
        <translation>没有名为“{0}”的公益项目（impact-desktop catalog names 会列出所有名称）。</translation>
    </message>
    <message>
        <source>There is no channel called &apos;{0}&apos; (impact-desktop catalog names lists them).</source>
        <translation>没有名为“{0}”的渠道（impact-desktop catalog names 会列出所有名称）。</translation>
    </message>
    <message>
        <source>There is no metric called &apos;{0}&apos; (impact-desktop catalog names lists them).</source>
        <translation>没有名为“{0}”的指标（impact-desktop catalog names 会列出所有名称）。</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not an alternative name of the business unit {1}.</source>
        <translation>“{0}”不是事业部 {1} 的其他名称。</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not an alternative name of the program {1}.</source>
        <translation>“{0}”不是公益项目 {1} 的其他名称。</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not an alternative name of the channel {1}.</source>
        <translation>“{0}”不是渠道 {1} 的其他名称。</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not an alternative name of the metric {1}.</source>
        <translation>“{0}”不是指标 {1} 的其他名称。</translation>
    </message>
    <message>
        <source>Several programs are called &apos;{0}&apos; ({1}); write it as Unit/Program.</source>
        <extracomment>A program&apos;s business unit (&quot;&quot; otherwise); a metric&apos;s key.</extracomment>
        <translation>有多个公益项目名为“{0}”（{1}）；请写成“事业部/公益项目”。</translation>
    </message>
    <message>
        <source>--same &quot;{0}&quot;: write it as &quot;NAME IN THE FILE=EXISTING NAME&quot;.</source>
        <translation>--same &quot;{0}&quot;：请写成 &quot;文件中的名称=已有名称&quot;。</translation>
    </message>
    <message>
        <source>--same &quot;{0}&quot;: there is no business unit, program or channel called &apos;{1}&apos; (impact-desktop catalog names lists them).</source>
        <translation>--same &quot;{0}&quot;：没有名为“{1}”的事业部、公益项目或渠道（impact-desktop catalog names 会列出所有名称）。</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Business units &amp; programs</source>
        <translation>事业部 &amp; 公益项目</translation>
    </message>
    <message>
        <source>Add a business unit, nested under the selected one if any (Ctrl+Shift+B)</source>
        <translation>添加事业部；如已选中某个事业部，则添加为其下级（Ctrl+Shift+B）</translation>
    </message>
    <message>
        <source>Add business unit…</source>
        <translation>添加事业部…</translation>
    </message>
    <message>
        <source>Add a program to the selected business unit (Ctrl+Shift+P)</source>
        <translation>为所选事业部添加公益项目（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>Add program…</source>
        <extracomment>The heading the channels sit under (not a row of the store).</extracomment>
        <translation>添加公益项目…</translation>
    </message>
    <message>
        <source>Add a channel: a platform or route through which money and time come in</source>
        <translation>添加渠道：资金和时间流入的平台或途径</translation>
    </message>
    <message>
        <source>Add channel…</source>
        <translation>添加渠道…</translation>
    </message>
    <message>
        <source>Rename the selected item in place (F2)</source>
        <translation>直接重命名所选项（F2）</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Edit every detail of the selected item (Enter)</source>
        <translation>编辑所选项的全部信息（Enter）</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>编辑详细信息…</translation>
    </message>
    <message>
        <source>Archive the selected item: it stays in reports of past periods but leaves pickers</source>
        <translation>归档所选项：它仍会出现在以往期间的报告中，但不再出现在选择列表中</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Also list archived business units and programs (shown greyed)</source>
        <translation>同时列出已归档的事业部和公益项目（以灰色显示）</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>Business units with their nested units and programs, then the channels. F2 renames, Enter edits details.</source>
        <translation>事业部及其下属事业部和公益项目，其后是渠道。F2 重命名，回车编辑详细信息。</translation>
    </message>
    <message>
        <source>Select a business unit, program or channel to see its details and figures to date.</source>
        <translation>选择一个事业部、公益项目或渠道，查看其详细信息和累计数据。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No business units yet.

Click “Add business unit…” to create the first one (for example your group), then add programs to it.</source>
        <translation>还没有事业部。

点击“添加事业部…”创建第一个事业部（例如您的集团），然后为其添加公益项目。</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Business unit:</source>
        <translation>事业部：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Cause area:</source>
        <translation>公益领域：</translation>
    </message>
    <message>
        <source>Geography:</source>
        <translation>覆盖地区：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Other names:</source>
        <translation>其他名称：</translation>
    </message>
    <message>
        <source>Totals of every entry recorded so far, each metric added up by its own rule</source>
        <translation>迄今录入的所有记录的合计，每个指标按各自的规则汇总</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>How it adds up</source>
        <translation>汇总方式</translation>
    </message>
    <message>
        <source>Archive / unarchive</source>
        <translation>归档 / 取消归档</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>The platforms and routes money and time come in through</source>
        <translation>资金和时间流入的平台和途径</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Archived (or inside an archived unit): kept for past reports, hidden from pickers</source>
        <translation>已归档（或位于已归档的单位下）：保留用于以往的报告，不在选择列表中显示</translation>
    </message>
    <message>
        <source>Program. F2 renames it, Enter edits its details.</source>
        <translation>公益项目。按 F2 重命名，按 Enter 编辑详细信息。</translation>
    </message>
    <message>
        <source>Channel. F2 renames it, Enter edits its details.</source>
        <translation>渠道。F2 重命名，回车编辑详细信息。</translation>
    </message>
    <message>
        <source>Business unit. F2 renames it, Enter edits its details.</source>
        <translation>事业部。按 F2 重命名，按 Enter 编辑详细信息。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected channel (only while no entry uses it)</source>
        <translation>删除所选渠道（仅当没有条目使用它时）</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>取消归档</translation>
    </message>
    <message>
        <source>Add business unit “%1”</source>
        <translation>添加事业部“%1”</translation>
    </message>
    <message>
        <source>Add program “%1”</source>
        <translation>添加公益项目“%1”</translation>
    </message>
    <message>
        <source>Add channel “%1”</source>
        <translation>添加渠道“%1”</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>将“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>Remove channel “%1”</source>
        <translation>删除渠道“%1”</translation>
    </message>
    <message>
        <source>Archive “%1”</source>
        <translation>归档“%1”</translation>
    </message>
    <message>
        <source>Unarchive “%1”</source>
        <translation>取消归档“%1”</translation>
    </message>
</context>
<context>
    <name>CatalogSheet</name>
    <message>
        <source>{0}: sheet {1} has no Business unit column (the template&apos;s columns: {2}).</source>
        <translation>{0}：工作表 {1} 中没有“事业部”（Business unit）列（模板的列为：{2}）。</translation>
    </message>
    <message>
        <source>{0}: more than {1} rows; this sheet is for units and programs.</source>
        <translation>{0}：超过 {1} 行；此工作表只用于事业部和公益项目。</translation>
    </message>
</context>
<context>
    <name>CauseArea</name>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Disaster relief</source>
        <translation>救灾</translation>
    </message>
    <message>
        <source>Poverty alleviation</source>
        <translation>扶贫</translation>
    </message>
    <message>
        <source>Community development</source>
        <translation>社区发展</translation>
    </message>
    <message>
        <source>Arts and culture</source>
        <translation>文化艺术</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ChannelDialog</name>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>The name used in reports, e.g. Alipay Philanthropy</source>
        <translation>报告中使用的名称，例如 支付宝公益</translation>
    </message>
    <message>
        <source>e.g. Alipay Philanthropy</source>
        <translation>例如 支付宝公益</translation>
    </message>
    <message>
        <source>Other na&amp;mes:</source>
        <translation>其他名称(&amp;M)：</translation>
    </message>
    <message>
        <source>Other names of this channel, separated by semicolons: its name in the other language, abbreviations, former names. Imports recognise every one of them; the interface shows the one in its language.</source>
        <translation>该渠道的其他名称，以分号分隔：另一种语言的名称、缩写、曾用名。导入时会识别其中每一个；界面显示与其语言相同的名称。</translation>
    </message>
    <message>
        <source>e.g. 支付宝公益</source>
        <translation>例如 Alipay Philanthropy</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Optional notes: what comes in through this channel</source>
        <translation>可选备注：通过该渠道流入的内容</translation>
    </message>
    <message>
        <source>Edit channel</source>
        <translation>编辑渠道</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>新建渠道</translation>
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
    <name>Conflicts</name>
    <message>
        <source>deleted: {0}</source>
        <translation>已删除：{0}</translation>
    </message>
    <message>
        <source>There is no conflict &apos;{0}&apos; (see &apos;impact-desktop conflicts&apos;).</source>
        <translation>没有冲突“{0}”（参见“impact-desktop conflicts”）。</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; matches {1} conflicts; give more of the id.</source>
        <translation>“{0}”匹配 {1} 个冲突；请给出更多的 ID 字符。</translation>
    </message>
    <message>
        <source>Keep &apos;mine&apos; or &apos;theirs&apos;.</source>
        <translation>请保留“mine”（我的）或“theirs”（对方的）。</translation>
    </message>
    <message>
        <source>That version cannot be kept: {0} (another row has the same name now).</source>
        <translation>无法保留该版本：{0}（现在另一行使用了相同的名称）。</translation>
    </message>
    <message>
        <source>The row of that conflict is not in this store.</source>
        <translation>该冲突涉及的行不在此数据库中。</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Rows that two machines changed at once. The version shown everywhere was chosen by time (then by machine); the other is kept here. Keep either: your choice syncs like any change.</source>
        <translation>两台机器同时修改过的记录。各处显示的版本按时间（其次按机器）选出；另一个版本保存在这里。可保留任意一个：你的选择会像其他修改一样同步。</translation>
    </message>
    <message>
        <source>Keep this machine&apos;s version of the selected row</source>
        <translation>保留本机对所选记录的版本</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>保留我的(&amp;M)</translation>
    </message>
    <message>
        <source>Keep the other machine&apos;s version of the selected row</source>
        <translation>保留另一台机器对所选记录的版本</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>保留对方的(&amp;T)</translation>
    </message>
    <message>
        <source>No conflicts. When two machines change the same row, both versions appear here.</source>
        <translation>没有冲突。两台机器修改同一条记录时，两个版本都会显示在这里。</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>当前显示</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>另一版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>事业部</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>公益项目</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Currency rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>%1 — %2 on device %3, %4</source>
        <translation>%1 — %2，设备 %3，%4</translation>
    </message>
    <message>
        <source>Deleted / edited</source>
        <translation>删除 / 修改</translation>
    </message>
    <message>
        <source>Edited on both</source>
        <translation>两边都修改了</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Resolved: kept %1</source>
        <translation>已解决：保留了%1</translation>
    </message>
    <message>
        <source>the version shown</source>
        <translation>当前显示的版本</translation>
    </message>
    <message>
        <source>the other</source>
        <translation>另一版本</translation>
    </message>
    <message>
        <source>Mine:</source>
        <translation>我的：</translation>
    </message>
    <message>
        <source>Theirs:</source>
        <translation>对方的：</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>{month} {year}</source>
        <extracomment>The metrics the month charts show; other metrics are not read month by month.</extracomment>
        <translation>{year}年{month}</translation>
    </message>
    <message>
        <source>vs {0}</source>
        <extracomment>Charts by unit or channel show this many and fold the rest into &quot;Other (k units)&quot;. Ids of the business units with figures in the period (GRI 413-1). The months compared with, when only part of the period has figures (&quot;Apr–May 2017&quot;); empty when the whole previous period of equal length is compared. Metric key → its name in the interface language (a built-in one translated, a user&apos;s by its names: 平台上的公益组织 in a Chinese interface).</extracomment>
        <translation>较{0}</translation>
    </message>
    <message>
        <source>vs previous period</source>
        <translation>较上一期间</translation>
    </message>
    <message>
        <source>{first}–{last} {year}</source>
        <translation>{year}年{first}–{last}</translation>
    </message>
    <message>
        <source>FY{0} ({1})</source>
        <translation>{0}财年（{1}）</translation>
    </message>
    <message>
        <source>Calendar year {0}</source>
        <translation>{0}自然年</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{year}年{month}{day}日</translation>
    </message>
    <message>
        <source>No comparison with the previous period: {0}</source>
        <translation>无法与上一期间比较：{0}</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>无渠道</translation>
    </message>
    <message>
        <source>Active programs</source>
        <extracomment>The groupings a dashboard reads: totals, by unit, donations by channel, the month charts. How many read results are kept per open database, least recently used dropped first: a filter&apos;s figures (:func:`_read_figures`) and its B4SI figures (:func:`keep_b4si`) are one each and share this, so about 8 filters are kept whole (a user going back and forth between a few years, units or currencies). Per open database (its connection object, weakly: a closed store&apos;s figures go with it): the change token they were read under and the figures by (scope, previous scope, currency).</extracomment>
        <translation>活跃公益项目</translation>
    </message>
    <message>
        <source>programs</source>
        <translation>个公益项目</translation>
    </message>
    <message>
        <source>{0} is a stock: the latest value in the period (summed across programs at their latest date), never a sum of months.</source>
        <translation>{0}为存量指标：取期间内的最新值（各公益项目按各自最新日期的值相加），绝不按月累加。</translation>
    </message>
    <message>
        <source>{0} is a distinct count: the largest figure entered in the period, never added across units or months (the same person may appear twice).</source>
        <translation>{0}为去重计数：取期间内录入的最大值，绝不跨事业部或跨月相加（同一人可能重复出现）。</translation>
    </message>
    <message>
        <source>Active programs: programs with at least one entry in the period.</source>
        <translation>活跃公益项目：期间内至少有一条记录的公益项目。</translation>
    </message>
    <message>
        <source>Figures per business unit count that unit&apos;s own programs; units nested under it are shown separately.</source>
        <translation>各事业部的数字只统计其自身的公益项目；其下级单位单独列示。</translation>
    </message>
    <message>
        <source>Stock: latest value in the period, not a sum of months.</source>
        <translation>存量：取期间内的最新值，而非各月之和。</translation>
    </message>
    <message>
        <source>Distinct count: the largest figure entered, never summed.</source>
        <translation>去重计数：取录入的最大值，绝不相加。</translation>
    </message>
    <message>
        <source>{0} by business unit</source>
        <translation>{0}（按事业部）</translation>
    </message>
    <message>
        <source>Donations by channel</source>
        <translation>捐赠（按渠道）</translation>
    </message>
    <message>
        <source>Other (1 unit)</source>
        <translation>其他（1 个事业部）</translation>
    </message>
    <message>
        <source>Other ({0} units)</source>
        <translation>其他（{0} 个事业部）</translation>
    </message>
    <message>
        <source>Hatched bars: colours repeat after {0} series; the hatching tells them apart (it does not mean an estimate).</source>
        <translation>斜线柱：超过 {0} 个系列后颜色会重复，以斜线区分（并不表示估计值）。</translation>
    </message>
    <message>
        <source>{0} more not shown: a distinct count cannot be added up into &quot;Other&quot;.</source>
        <translation>另有 {0} 项未显示：去重计数不能相加为“其他”。</translation>
    </message>
    <message>
        <source>Other (1 channel)</source>
        <translation>其他（1 个渠道）</translation>
    </message>
    <message>
        <source>Other ({0} channels)</source>
        <translation>其他（{0} 个渠道）</translation>
    </message>
    <message>
        <source>Donations per month (left axis)</source>
        <translation>每月捐赠（左轴）</translation>
    </message>
    <message>
        <source>Cumulative (right axis)</source>
        <translation>累计（右轴）</translation>
    </message>
    <message>
        <source>Target for the period (right axis, against the cumulative)</source>
        <translation>本期目标（右轴，对照累计值）</translation>
    </message>
    <message>
        <source>Donations per month and cumulative</source>
        <translation>每月捐赠及累计</translation>
    </message>
    <message>
        <source>Per month ({0})</source>
        <translation>每月（{0}）</translation>
    </message>
    <message>
        <source>Cumulative ({0})</source>
        <translation>累计（{0}）</translation>
    </message>
    <message>
        <source>Volunteer hours per month by business unit</source>
        <translation>各事业部每月志愿服务时长</translation>
    </message>
    <message>
        <source>Trees planted (cumulative)</source>
        <translation>植树（累计）</translation>
    </message>
    <message>
        <source>Target for the period</source>
        <translation>本期目标</translation>
    </message>
    <message>
        <source>Trees planted: cumulative against target</source>
        <translation>植树：累计与目标对比</translation>
    </message>
    <message>
        <source>Cumulative {0}</source>
        <translation>累计{0}</translation>
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
        <translation>仅勾选的事业部（及其下级单位）</translation>
    </message>
    <message>
        <source>Business units: all</source>
        <translation>事业部：全部</translation>
    </message>
    <message>
        <source>Only the checked programs</source>
        <translation>仅勾选的公益项目</translation>
    </message>
    <message>
        <source>Programs: all</source>
        <translation>公益项目：全部</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>币种(&amp;C)：</translation>
    </message>
    <message>
        <source>Reporting currency; amounts are converted with the rates table</source>
        <translation>报告币种；金额按汇率表换算</translation>
    </message>
    <message>
        <source>&amp;Metric by business unit:</source>
        <translation>按事业部查看指标(&amp;M)：</translation>
    </message>
    <message>
        <source>Show any metric per business unit</source>
        <translation>按事业部显示任一指标</translation>
    </message>
    <message>
        <source>&amp;Units named in charts:</source>
        <translation>图表中列名的事业部数(&amp;U)：</translation>
    </message>
    <message>
        <source>Charts by business unit show this many units by name and sum the rest as &quot;Other&quot;</source>
        <translation>按事业部的图表按名称显示这么多个事业部，其余合计为“其他”</translation>
    </message>
    <message>
        <source>Business units</source>
        <extracomment>Widest chart column before the grid takes another column (1920 px windows get three). where the page keeps its choices (the window&apos;s settings; the application&apos;s by default)</extracomment>
        <translation>事业部</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>公益项目</translation>
    </message>
    <message>
        <source>FY{0}</source>
        <extracomment>a refresh came due while another page was shown: it is made when this page is shown</extracomment>
        <translation>{0}财年</translation>
    </message>
    <message>
        <source>No entries in {0} for this selection. Choose another period or business unit, or add entries under Data.</source>
        <translation>{0}内没有符合此筛选的记录。请选择其他期间或事业部，或在“数据”中添加记录。</translation>
    </message>
    <message>
        <source>{0} · 1 entry · amounts in {2}</source>
        <translation>{0} · 1 条记录 · 金额单位 {2}</translation>
    </message>
    <message>
        <source>{0} · {1} entries · amounts in {2}</source>
        <translation>{0} · {1} 条记录 · 金额单位 {2}</translation>
    </message>
    <message>
        <source>changes compare the same months of the previous period ({0})</source>
        <translation>变化与上一期间的相同月份（{0}）比较</translation>
    </message>
    <message>
        <source>no figures for the previous period to compare with</source>
        <translation>上一期间没有可比较的数据</translation>
    </message>
    <message>
        <source>no figure for the previous period: {0}</source>
        <translation>上一期间无数据：{0}</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <source>Open database</source>
        <extracomment>Topics a demo load touches: every view refreshes.</extracomment>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>%1 already exists. Use File → Open database to open it, or choose another name.</source>
        <translation>%1 已存在。请使用“文件 → 打开数据库”打开它，或换一个文件名。</translation>
    </message>
    <message>
        <source>Remove missing files</source>
        <translation>移除不存在的文件</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>Save a backup copy</source>
        <translation>保存备份副本</translation>
    </message>
    <message>
        <source>Choose another file: a backup cannot replace the open database.</source>
        <translation>请选择其他文件：备份不能覆盖当前打开的数据库。</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>正在复制数据库…</translation>
    </message>
    <message>
        <source>Backup saved to %1</source>
        <translation>备份已保存到 %1</translation>
    </message>
    <message>
        <source>Saving a backup copy…</source>
        <translation>正在保存备份副本…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Replace everything in %1 with the contents of %2?

The current contents are kept beside it as %3.</source>
        <translation>用 %2 的内容替换 %1 中的全部内容吗？

当前内容将另存在旁边，文件名为 %3。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>正在检查并恢复备份…</translation>
    </message>
    <message>
        <source> The previous contents are in %1.</source>
        <translation> 之前的内容保存在 %1。</translation>
    </message>
    <message>
        <source>Restored 1 entry from %2.</source>
        <translation>已从 %2 恢复 1 条记录。</translation>
    </message>
    <message>
        <source>Restored %1 entries from %2.</source>
        <translation>已从 %2 恢复 %1 条记录。</translation>
    </message>
    <message>
        <source>Restoring from the backup…</source>
        <translation>正在从备份恢复…</translation>
    </message>
    <message>
        <source>Demo data loaded: 1 entry added, %2 already present.</source>
        <translation>演示数据已加载：新增 1 条记录，%2 条已存在。</translation>
    </message>
    <message>
        <source>Demo data loaded: %1 entries added, %2 already present.</source>
        <translation>演示数据已加载：新增 %1 条记录，%2 条已存在。</translation>
    </message>
    <message>
        <source>Loading demo data…</source>
        <translation>正在加载演示数据…</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>加载演示数据</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Record, import and report your organisation&apos;s philanthropy figures, offline.&lt;/p&gt;&lt;p&gt;Database: %3&lt;br&gt;Device id: %4&lt;br&gt;User: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;离线记录、导入并汇报贵组织的公益数据。&lt;/p&gt;&lt;p&gt;数据库：%3&lt;br&gt;设备 ID：%4&lt;br&gt;用户：%5&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Nonprofits on the platform</source>
        <extracomment>The group&apos;s Chinese names (the demo&apos;s names are English; the Chinese interface shows these). The demo&apos;s own metrics in both languages (key → (English, Chinese)); whichever the interface named it at loading time is its name, the other an alternative name.</extracomment>
        <translation>平台上的公益组织</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>家</translation>
    </message>
    <message>
        <source>Partner non-profit organisations (a level, not a flow).</source>
        <translation>合作的公益组织（存量，不是流量）。</translation>
    </message>
    <message>
        <source>Volunteering opportunities</source>
        <translation>志愿服务机会</translation>
    </message>
    <message>
        <source>opportunities</source>
        <translation>个</translation>
    </message>
    <message>
        <source>Opportunities offered on the volunteering platform.</source>
        <translation>志愿服务平台提供的机会。</translation>
    </message>
    <message>
        <source>Recycling facilities</source>
        <translation>回收设施</translation>
    </message>
    <message>
        <source>facilities</source>
        <translation>个</translation>
    </message>
    <message>
        <source>Facilities in operation at the end of the period.</source>
        <translation>期末在运营的设施。</translation>
    </message>
    <message>
        <source>Cities with recycling facilities</source>
        <translation>设有回收设施的城市</translation>
    </message>
    <message>
        <source>cities</source>
        <translation>座城市</translation>
    </message>
    <message>
        <source>Cities where the facilities operate.</source>
        <translation>设施所在的城市。</translation>
    </message>
    <message>
        <source>Cities on the environmental map</source>
        <translation>环境地图覆盖城市</translation>
    </message>
    <message>
        <source>Cities with air and water quality on the map.</source>
        <translation>地图上提供空气和水质信息的城市。</translation>
    </message>
    <message>
        <source>Group holding</source>
        <extracomment>CNY→USD for FY2018: Rmb 1.27bn reads about $184m, as in the article.</extracomment>
        <translation>集团总部</translation>
    </message>
    <message>
        <source>Online giving platform</source>
        <translation>网络募捐平台</translation>
    </message>
    <message>
        <source>Vendors donate a small share of their sales.</source>
        <translation>商家将一小部分销售额捐出。</translation>
    </message>
    <message>
        <source>People connected over the fiscal year; each person counted once.</source>
        <translation>本财年连接的人数；每人只计一次。</translation>
    </message>
    <message>
        <source>Active volunteers in the month.</source>
        <translation>当月活跃志愿者。</translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <source>This computer needs a name (e.g. &apos;Beijing office laptop&apos;).</source>
        <translation>这台电脑需要一个名称（例如“北京办公室笔记本”）。</translation>
    </message>
    <message>
        <source>A device name is at most {0} characters.</source>
        <translation>设备名称最多 {0} 个字符。</translation>
    </message>
    <message>
        <source>This database has no device row; reopen it to create one.</source>
        <translation>此数据库没有设备记录行；请重新打开以创建。</translation>
    </message>
</context>
<context>
    <name>Entries</name>
    <message>
        <source>An entry refers to a program or channel that does not exist.</source>
        <translation>某条记录引用了不存在的公益项目或渠道。</translation>
    </message>
    <message>
        <source>An entry with one of these ids is already stored (perhaps deleted); nothing was written. Check the file again before importing it.</source>
        <translation>已存有使用其中某个 ID 的记录（可能已删除）；未写入任何内容。请再次检查文件后再导入。</translation>
    </message>
    <message>
        <source>That entry was brought back meanwhile.</source>
        <translation>这条记录在此期间已被恢复。</translation>
    </message>
    <message>
        <source>{0} of these {1} entries were brought back meanwhile.</source>
        <translation>这 {1} 条记录中有 {0} 条在此期间已被恢复。</translation>
    </message>
    <message>
        <source>That entry no longer exists.</source>
        <extracomment>Stored text of the classification and origin enums (``.value`` is a slow descriptor). Triggers switched off by a row in ``rollup_pause`` (their WHEN clause reads it). Page cache while a bulk load that keeps the entries&apos; indexes runs (see :mod:`.page_cache`). A load of this many entries, into a store holding fewer than ``REBUILD_STORE_RATIO`` times as many, is inserted without the entries&apos; secondary indexes, which are then built again in one sorted pass each (same transaction): 100,000 entries into an empty store took about half as long again with them kept up row by row. Building them costs about 9.5 µs of CPU per entry of the whole store; keeping them up about 31 µs per new entry in a store of 150,000 (45 µs at 1,000,000): 100,000 rows of a long file into a 153,000-entry store took 6.0–6.6 s to write with the rebuild, 6.9–7.5 s keeping the indexes up.
----------
SQLite&apos;s row number: the last key of every sort (a page&apos;s position, never shown). Sort key → the ORDER BY terms (ascending) that define its order completely. The name sorts (business unit, program, metric, channel) are ordered by the names shown, in the interface language&apos;s collation, which SQLite cannot do: their terms are ranks (see entry_name_sort). The condition of a text that matches nothing. At most this many entries are sorted whole; a larger selection is read in the order of the sort&apos;s own index (or group by group) until a page is full. A one- or two-character text is searched as the trigrams it begins; beyond this many (a single common Latin letter in a large store), the notes are scanned instead. How many entries the notes matched (counted up to ``SMALL_SELECTION + 1``); None: no text. The conditions are on ids and dates only, which the roll-up can count. Text found both in notes and in names: (names condition, its parameters, notes condition, its parameters); the text&apos;s clause, the last, is the two OR-ed. Sorts read in the order of an index of their own (partial ones hold live entries only). Grouped sorts: (the groups in ascending order, the index of each group&apos;s entries, the condition selecting a group (``None``: entries without one), the group of an entry). A name sort&apos;s groups are put in order by entry_name_sort.ordered_groups. Groups not in their group&apos;s index (ENTRY_QUERY_INDEXES_SQL): read through the period index. Stored origins in SQLite&apos;s (binary) text order.</extracomment>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <source>{0} of these {1} entries no longer exist.</source>
        <translation>这 {1} 条记录中有 {0} 条已不存在。</translation>
    </message>
    <message>
        <source>Entries cannot be sorted by &apos;{0}&apos; (choose from {1}).</source>
        <extracomment>What entries can be sorted by (the table&apos;s columns, plus currency).</extracomment>
        <translation>记录不能按“{0}”排序（可选：{1}）。</translation>
    </message>
    <message>
        <source>There is no metric &apos;{0}&apos; (known: {1}).</source>
        <translation>没有指标“{0}”（现有：{1}）。</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <source>Period</source>
        <extracomment>Keyset paging (``after=`` the last row) keeps deep pages as cheap as the first; used when the entries listing offers it, OFFSET otherwise. Column → key of ``services.entry_list.SORT_KEYS``. Names in the interface language, read with each first page (not per cell).</extracomment>
        <translation>期间</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>事业部</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>公益项目</translation>
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
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Changed %1 by %2
Created %3</source>
        <translation>最后由 %2 修改于 %1
创建于 %3</translation>
    </message>
    <message>
        <source>an unknown file</source>
        <translation>未知文件</translation>
    </message>
    <message>
        <source>, sheet %1</source>
        <translation>，工作表 %1</translation>
    </message>
    <message>
        <source>, row %1</source>
        <translation>，第 %1 行</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>导入自 %1</translation>
    </message>
    <message>
        <source>Demo data (Help → Load demo data)</source>
        <translation>演示数据（帮助 → 加载演示数据）</translation>
    </message>
    <message>
        <source>Merged from another computer</source>
        <translation>从其他电脑合并</translation>
    </message>
    <message>
        <source>Typed in a form</source>
        <translation>在表单中录入</translation>
    </message>
</context>
<context>
    <name>EntriesPage</name>
    <message>
        <source>Only this business unit</source>
        <translation>仅显示此事业部</translation>
    </message>
    <message>
        <source>Business unit filter</source>
        <translation>事业部筛选</translation>
    </message>
    <message>
        <source>Only this program</source>
        <translation>仅显示此公益项目</translation>
    </message>
    <message>
        <source>Program filter</source>
        <translation>公益项目筛选</translation>
    </message>
    <message>
        <source>Only this metric</source>
        <translation>仅显示此指标</translation>
    </message>
    <message>
        <source>Metric filter</source>
        <translation>指标筛选</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>Entries whose period ends on or after this (a day, month, quarter or FY)</source>
        <translation>期间结束于此日期或之后的记录（可填某天、月、季度或财年）</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>Entries whose period ends on or before the end of this</source>
        <translation>期间结束于此期间末或之前的记录</translation>
    </message>
    <message>
        <source>Search notes and names…</source>
        <translation>搜索备注和名称…</translation>
    </message>
    <message>
        <source>Free-text search in notes, programs, business units, metrics and channels (Ctrl+F)</source>
        <translation>在备注、公益项目、事业部、指标和渠道中全文搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Show all entries again</source>
        <translation>重新显示所有记录</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>新建记录(&amp;N)…</translation>
    </message>
    <message>
        <source>Type a new figure in the entry form (Ctrl+N)</source>
        <translation>在记录表单中录入新数据（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected entry (Enter or double-click)</source>
        <translation>编辑所选记录（Enter 或双击）</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制记录(&amp;U)</translation>
    </message>
    <message>
        <source>Copy the selected entries as new ones (Ctrl+D)</source>
        <translation>将所选记录复制为新记录（Ctrl+D）</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected entries (Del; Ctrl+Z brings them back)</source>
        <translation>删除所选记录（Del；按 Ctrl+Z 可恢复）</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>&amp;Quick entry</source>
        <translation>快速录入(&amp;Q)</translation>
    </message>
    <message>
        <source>Show or hide the quick-entry panel</source>
        <translation>显示或隐藏快速录入面板</translation>
    </message>
    <message>
        <source>Delete entries</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Delete %n selected entries?

Edit → Undo (Ctrl+Z) brings them back.</source>
        <translation>要删除所选的 %n 条记录吗？

可通过“编辑 → 撤销”（Ctrl+Z）恢复。</translation>
    </message>
    <message>
        <source>&amp;Delete entries</source>
        <translation>删除记录(&amp;D)</translation>
    </message>
    <message>
        <source>All business units</source>
        <translation>全部事业部</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>全部指标</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>全部公益项目</translation>
    </message>
    <message>
        <source>%n entries</source>
        <translation>%n 条记录</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 条记录</translation>
    </message>
    <message>
        <source> (%1 loaded; scroll for more)</source>
        <translation>（已加载 %1 条，滚动可查看更多）</translation>
    </message>
    <message>
        <source>Searching… </source>
        <translation>正在搜索… </translation>
    </message>
</context>
<context>
    <name>EntryCommands</name>
    <message>
        <source>Edit entry</source>
        <translation>编辑记录</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Delete %n entries</source>
        <translation>删除 %n 条记录</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <source>Duplicate entry</source>
        <translation>复制记录</translation>
    </message>
    <message>
        <source>Duplicate %n entries</source>
        <translation>复制 %n 条记录</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Entry</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>公益项目(&amp;P)：</translation>
    </message>
    <message>
        <source>Type part of a business unit or program name to find it</source>
        <translation>输入事业部或公益项目名称的一部分进行查找</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a program (and its business unit) without leaving this form</source>
        <translation>不离开此表单即可新建公益项目（及其事业部）</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>指标(&amp;M)：</translation>
    </message>
    <message>
        <source>What is measured; it decides the unit and the B4SI defaults</source>
        <translation>统计的内容；它决定单位和 B4SI 默认分类</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>数值(&amp;V)：</translation>
    </message>
    <message>
        <source>e.g. 12,500 or 1.5万 or ¥3,000</source>
        <translation>例如 12,500、1.5万 或 ¥3,000</translation>
    </message>
    <message>
        <source>Thousands separators, 万 / 亿 and currency signs are understood</source>
        <translation>支持千位分隔符、万 / 亿 和币种符号</translation>
    </message>
    <message>
        <source>Currency the amount was given in</source>
        <translation>金额的原始币种</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>期间(&amp;E)：</translation>
    </message>
    <message>
        <source>2018-03-01, 2018-03, 2018-Q1, FY2018, 2018年3月</source>
        <translation>2018-03-01, 2018-03, 2018-Q1, FY2018, 2018年3月</translation>
    </message>
    <message>
        <source>A day, month, quarter, calendar year or fiscal year</source>
        <translation>某一天、月、季度、日历年或财年</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>Platform or channel the figure came through (optional)</source>
        <translation>数据来源的平台或渠道（可选）</translation>
    </message>
    <message>
        <source>&amp;Input type:</source>
        <translation>投入方式(&amp;I)：</translation>
    </message>
    <message>
        <source>B4SI input: how the company contributes (defaulted from the metric)</source>
        <translation>B4SI 投入方式：公司以何种方式投入（默认取自指标）</translation>
    </message>
    <message>
        <source>Mo&amp;tivation:</source>
        <translation>目的(&amp;T)：</translation>
    </message>
    <message>
        <source>B4SI motivation: why (defaulted from the metric)</source>
        <translation>B4SI 目的：为何投入（默认取自指标）</translation>
    </message>
    <message>
        <source>&amp;Funding source:</source>
        <translation>资金来源(&amp;F)：</translation>
    </message>
    <message>
        <source>Company&apos;s own money, or leverage raised from others (defaulted from the metric)</source>
        <translation>公司自有资金，或向他人募集的撬动资金（默认取自指标）</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Optional comment</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>编辑记录</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <source>%1. Last changed %2 by %3.</source>
        <translation>%1。最后由 %3 修改于 %2。</translation>
    </message>
    <message>
        <source>Entry not saved</source>
        <translation>记录未保存</translation>
    </message>
</context>
<context>
    <name>EntryFormController</name>
    <message>
        <source>Business unit › Program</source>
        <extracomment>build_entry&apos;s field name → (widget attribute, error label attribute). Every &quot;Unit › Program&quot; a program answers to (any of the unit&apos;s names with any of the program&apos;s), one a line: what typed text and the completer match besides the shown label. Quick entry: a field&apos;s problem shows once the user leaves it (or saves), not at its first characters.</extracomment>
        <translation>事业部 › 公益项目</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(not classified)</source>
        <translation>（未分类）</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation>（已归档）</translation>
    </message>
    <message>
        <source>Understood as %1</source>
        <translation>理解为 %1</translation>
    </message>
    <message>
        <source>Choose a metric.</source>
        <translation>请选择指标。</translation>
    </message>
    <message>
        <source>Type a value.</source>
        <translation>请输入数值。</translation>
    </message>
    <message>
        <source>%1 is archived: bring it back under Business units &amp; programs to add figures to it.</source>
        <translation>%1 已归档：请在“事业部 &amp; 公益项目”中恢复它，才能为其添加数据。</translation>
    </message>
    <message>
        <source>Understood as %1 (%2): in the future</source>
        <translation>识别为 %1（%2）：在将来</translation>
    </message>
    <message>
        <source>Understood as %1 (%2)</source>
        <translation>识别为 %1（%2）</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot export one sheet per metric to &apos;{0}&apos;: a CSV file holds one sheet; choose a .xlsx file name or one long sheet.</source>
        <extracomment>CSV only: ``&lt;stem&gt;.units.csv``, the business-unit tree (written when units sit under others). CSV only: ``&lt;stem&gt;.names.csv``, the alternative names of units, programs, channels and metrics. The business units of the rows written so far (the units list names them and their parents).</extracomment>
        <translation>无法将每个指标导出为一个工作表到“{0}”：CSV 文件只能包含一个工作表；请选择 .xlsx 文件名，或导出为一个长表。</translation>
    </message>
    <message>
        <source>Cannot export to &apos;{0}&apos;: choose a file name ending in .xlsx or .csv.</source>
        <translation>无法导出到“{0}”：请选择以 .xlsx 或 .csv 结尾的文件名。</translation>
    </message>
    <message>
        <source>Cannot write the template to &apos;{0}&apos;: use a .xlsx file name.</source>
        <translation>无法将模板写入“{0}”：请使用 .xlsx 文件名。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export entries</source>
        <translation>导出记录</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>导出(&amp;E)：</translation>
    </message>
    <message>
        <source>Entries as an Excel workbook (.xlsx)</source>
        <translation>记录（Excel 工作簿，.xlsx）</translation>
    </message>
    <message>
        <source>Entries as CSV (.csv)</source>
        <translation>记录（CSV 文件，.csv）</translation>
    </message>
    <message>
        <source>Empty import template (.xlsx)</source>
        <translation>空白导入模板（.xlsx）</translation>
    </message>
    <message>
        <source>Sheets:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>One &amp;long sheet</source>
        <translation>单个工作表（长表格式）(&amp;L)</translation>
    </message>
    <message>
        <source>One sheet per &amp;metric</source>
        <translation>每个指标一个工作表(&amp;M)</translation>
    </message>
    <message>
        <source>One sheet per metric, each with the same columns (Excel workbooks only).</source>
        <translation>每个指标一张工作表，列相同（仅限 Excel 工作簿）。</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Business unit:</source>
        <translation>事业部(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>指标(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Where to save</source>
        <translation>保存位置</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>全部期间</translation>
    </message>
    <message>
        <source>Fiscal year {year}</source>
        <translation>{year} 财年</translation>
    </message>
    <message>
        <source>All business units</source>
        <translation>全部事业部</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>全部指标</translation>
    </message>
    <message>
        <source>The import template is one sheet to fill in.</source>
        <translation>导入模板是一张待填写的工作表。</translation>
    </message>
    <message>
        <source>A CSV file holds one sheet: choose an Excel workbook (.xlsx) for one sheet per metric.</source>
        <translation>CSV 文件只有一张表：如需每个指标一张工作表，请选择 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>One sheet per metric, each with the same columns; importing reads them all.</source>
        <translation>每个指标一张工作表，列相同；导入时会全部读取。</translation>
    </message>
    <message>
        <source>An empty workbook with one column per metric and instructions.</source>
        <translation>空白工作簿，每个指标一列，并附填写说明。</translation>
    </message>
    <message>
        <source>1 entry will be exported, with its id, so importing the file elsewhere merges without duplicates.</source>
        <translation>将导出 1 条记录（含记录 ID），在其他地方导入该文件时会合并，不会产生重复。</translation>
    </message>
    <message>
        <source>{count} entries will be exported, with their ids, so importing the file elsewhere merges without duplicates.</source>
        <translation>将导出 {count} 条记录（含记录 ID），在其他地方导入该文件时会合并，不会产生重复。</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>已保存 {path}。</translation>
    </message>
    <message>
        <source>Exported 1 entry to {path}.</source>
        <translation>已将 1 条记录导出到 {path}。</translation>
    </message>
    <message>
        <source>Exported {count} entries to {path}.</source>
        <translation>已将 {count} 条记录导出到 {path}。</translation>
    </message>
    <message>
        <source>The currency rates ({count}) are in {path}: keep the two files together, importing the CSV reads both.</source>
        <translation>汇率（{count} 条）保存在 {path}：请将两个文件放在一起，导入 CSV 时会同时读取。</translation>
    </message>
    <message>
        <source>The targets ({count}) are in {path}: keep it with the CSV too.</source>
        <translation>目标（{count} 条）保存在 {path}：请同样与 CSV 文件放在一起。</translation>
    </message>
    <message>
        <source>Which business unit sits under which is in {path}: keep it with the CSV too.</source>
        <translation>事业部之间的上下级关系保存在 {path}：请同样与 CSV 文件放在一起。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <source>Figures to date</source>
        <translation>累计数据</translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation>正在汇总…</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>事业部</translation>
    </message>
    <message>
        <source>Part of:</source>
        <translation>隶属于：</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>公益项目</translation>
    </message>
    <message>
        <source>Business unit:</source>
        <translation>事业部：</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>(no start date)</source>
        <translation>（无开始日期）</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>this unit and its nested units</source>
        <translation>此事业部及其下级单位</translation>
    </message>
    <message>
        <source>this program</source>
        <translation>此公益项目</translation>
    </message>
    <message>
        <source>this channel</source>
        <translation>该渠道</translation>
    </message>
    <message>
        <source>No entries recorded yet for %1. Add them on the Entries page or import a spreadsheet.</source>
        <translation>%1 尚无任何记录。请在“记录”页面中添加，或导入电子表格。</translation>
    </message>
    <message>
        <source>Figures to date for %1 (1 entry)</source>
        <translation>%1 的累计数据（1 条记录）</translation>
    </message>
    <message>
        <source>Figures to date for %1 (%2 entries)</source>
        <translation>%1的累计数据（%2 条记录）</translation>
    </message>
    <message>
        <source>Money is shown in the reporting currency, %1.</source>
        <translation>金额以报告币种 %1 显示。</translation>
    </message>
</context>
<context>
    <name>FileRead</name>
    <message>
        <source>{0} is empty: it has no rows.</source>
        <extracomment>What the delimiter is sniffed on: the first lines of the file. The longest cell a CSV row may hold (Python&apos;s csv default); a longer one is nearly always an unclosed quote.</extracomment>
        <translation>{0} 是空的：没有任何行。</translation>
    </message>
    <message>
        <source>{0}: row {1} (line {2}) opens a quote (&quot;) that is never closed, so every line after it would be read as one cell; close the quote, or remove it.</source>
        <translation>{0}：第 {1} 行（文本第 {2} 行）有一个没有闭合的引号（&quot;），其后的所有行都会被读成一个单元格；请闭合或删除该引号。</translation>
    </message>
    <message>
        <source>{0} is not a well-formed CSV file: row {1} (line {2}) cannot be read ({3}).</source>
        <translation>{0} 不是格式正确的 CSV 文件：第 {1} 行（文本第 {2} 行）无法读取（{3}）。</translation>
    </message>
    <message>
        <source>{0}: row {1} (line {2}), column {3}: a cell longer than {4} characters: a quote (&quot;) opened there that does not close, or text that is not a figure; close the quote, or shorten the cell.</source>
        <extracomment>The longest physical line read: past it the line is refused before it is held whole (a 300 MB single line would otherwise be read into memory, several times over, before the csv module says a word). Quotes in the lines of the current record, and of the record before (the last one, at the end).</extracomment>
        <translation>{0}：第 {1} 行（文本第 {2} 行），{3} 列：单元格超过 {4} 个字符：可能是那里有一个没有闭合的引号（&quot;），或是一段并非数值的文字；请闭合引号或缩短该单元格。</translation>
    </message>
    <message>
        <source>{0}: row {1} (line {2}), column {3}: a cell longer than {4} characters, which is text, not a figure; shorten the cell or leave the column out.</source>
        <translation>{0}：第 {1} 行（文本第 {2} 行），{3} 列：单元格超过 {4} 个字符，是文字而非数值；请缩短该单元格或不导入该列。</translation>
    </message>
    <message>
        <source>{0} is damaged: it starts as {1} text but part of it cannot be read (the file may be cut short); save it again as CSV UTF-8.</source>
        <translation>{0} 已损坏：文件以 {1} 文本开头，但其中部分内容无法读取（文件可能不完整）；请重新另存为 CSV UTF-8。</translation>
    </message>
    <message>
        <source>{0} is not text in UTF-8 or GBK; save it as CSV UTF-8 and try again.</source>
        <translation>{0} 不是 UTF-8 或 GBK 编码的文本；请另存为 CSV UTF-8 后重试。</translation>
    </message>
    <message>
        <source>{0} cannot be read: {1}.</source>
        <translation>无法读取 {0}：{1}。</translation>
    </message>
    <message>
        <source>{0} is a zip archive but not an Excel workbook; choose an Excel workbook (.xlsx, .xlsm) or a CSV file.</source>
        <extracomment>A worksheet&apos;s XML: about 1 GiB is a million rows of twenty columns, more than Excel users send. Shared strings, styles, the workbook and the rest are read whole into memory by both readers. Sheet XML compresses 5–30× (repetitive sheets up to ~100×); zip bombs compress 1000×. Parts smaller than this are never refused for their ratio (a tiny part compresses oddly). The XML prolog (declaration, comments) before the root element; a DTD would sit here.</extracomment>
        <translation>{0} 是 zip 压缩包，而不是 Excel 工作簿；请选择 Excel 工作簿（.xlsx、.xlsm）或 CSV 文件。</translation>
    </message>
    <message>
        <source>{0} is damaged or incomplete (was it fully copied or downloaded?).</source>
        <translation>{0} 已损坏或不完整（是否已完整复制或下载？）。</translation>
    </message>
    <message>
        <source>{0} is an Excel binary workbook (.xlsb); open it in Excel and save it as Excel Workbook (.xlsx), then import that file.</source>
        <translation>{0} 是 Excel 二进制工作簿（.xlsb）；请在 Excel 中打开并另存为 Excel 工作簿（.xlsx），然后导入该文件。</translation>
    </message>
    <message>
        <source>{0} is an Apple Numbers document; open it in Numbers and choose File → Export To → Excel (.xlsx), then import that file.</source>
        <translation>{0} 是 Apple Numbers 文稿；请在 Numbers 中打开，选择“文件 → 导出为 → Excel (.xlsx)”，然后导入该文件。</translation>
    </message>
    <message>
        <source>{0} is an OpenDocument spreadsheet (.ods); open it in LibreOffice Calc or Excel and save it as Excel Workbook (.xlsx), then import that file.</source>
        <translation>{0} 是 OpenDocument 电子表格（.ods）；请在 LibreOffice Calc 或 Excel 中打开并另存为 Excel 工作簿（.xlsx），然后导入该文件。</translation>
    </message>
    <message>
        <source>{0} is refused: its part {1} would unpack to {2}, more than the {3} a workbook part may hold.</source>
        <translation>已拒绝 {0}：其部件 {1} 解压后为 {2}，超过工作簿部件允许的 {3}。</translation>
    </message>
    <message>
        <source>{0} is refused: its part {1} would unpack from {2} to {3} ({4}×), which only a zip bomb does.</source>
        <translation>已拒绝 {0}：其部件 {1} 会从 {2} 解压为 {3}（{4} 倍），只有 zip 炸弹才会这样。</translation>
    </message>
    <message>
        <source>{0} is damaged: its part {1} holds more compressed data ({2}) than it says it unpacks to ({3}).</source>
        <translation>{0} 已损坏：其部件 {1} 的压缩数据（{2}）多于其声明的解压大小（{3}）。</translation>
    </message>
    <message>
        <source>{0} is refused: it would unpack to {1}, more than the {2} a workbook may hold.</source>
        <translation>已拒绝 {0}：解压后为 {1}，超过工作簿允许的 {2}。</translation>
    </message>
    <message>
        <source>{0} is refused: its part {1} declares XML entities (a DTD), which Excel never writes and which can expand without limit.</source>
        <translation>已拒绝 {0}：其部件 {1} 声明了 XML 实体（DTD），Excel 从不写入这种内容，且它可以无限展开。</translation>
    </message>
    <message>
        <source>{0} is damaged: its part {1} has no XML element in its first {2} KB.</source>
        <translation>{0} 已损坏：其部件 {1} 的前 {2} KB 中没有任何 XML 元素。</translation>
    </message>
    <message>
        <source>{0} is damaged: its part {1} holds more data than its header says.</source>
        <translation>{0} 已损坏：其部件 {1} 的数据多于其头部声明的大小。</translation>
    </message>
    <message>
        <source>{0} has no sheets.</source>
        <translation>{0} 没有任何工作表。</translation>
    </message>
    <message>
        <source>{0} is a CSV file: it has one sheet, &apos;{1}&apos;, not &apos;{2}&apos;.</source>
        <translation>{0} 是 CSV 文件：它只有一个工作表“{1}”，而不是“{2}”。</translation>
    </message>
    <message>
        <source>{0} has no sheet named &apos;{1}&apos; (it has: {2}).</source>
        <translation>{0} 中没有名为“{1}”的工作表（现有：{2}）。</translation>
    </message>
    <message>
        <source>{0}: every sheet is hidden ({1}); unhide one in Excel or choose it by name.</source>
        <translation>{0}：所有工作表都已隐藏（{1}）；请在 Excel 中取消隐藏一个，或按名称选择。</translation>
    </message>
    <message>
        <source>{0} is empty: there are no rows in sheet &apos;{1}&apos;.</source>
        <translation>{0} 是空的：工作表“{1}”中没有任何行。</translation>
    </message>
    <message>
        <source>{0} is empty: there are no rows.</source>
        <translation>{0} 是空的：没有任何行。</translation>
    </message>
    <message>
        <source>sheet &apos;{0}&apos;</source>
        <translation>工作表“{0}”</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <source>sheets {0}</source>
        <translation>工作表 {0}</translation>
    </message>
    <message>
        <source>; hidden sheets were not looked at: {0}</source>
        <translation>；未查看隐藏的工作表：{0}</translation>
    </message>
    <message>
        <source>{0}: no header row found in {1} (looked at the first {2} rows for columns such as Program, Date and a metric like Donations, or map the columns yourself){3}.</source>
        <translation>{0}：在{1}中没有找到标题行（已在前 {2} 行中查找“公益项目”“日期”等列以及“捐赠”等指标列；也可以自行映射各列）{3}。</translation>
    </message>
    <message>
        <source>{0} in {1}</source>
        <translation>{1} 中的 {0}</translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation> 等，另有 {0} 个</translation>
    </message>
    <message>
        <source>{0}: sheet &apos;{1}&apos; has no values, only cells showing errors ({2}{3}); correct the formulas in Excel, save, and import again.</source>
        <translation>{0}：工作表“{1}”中没有数值，只有显示错误的单元格（{2}{3}）；请在 Excel 中更正公式并保存，然后重新导入。</translation>
    </message>
    <message>
        <source>{0} is damaged or incomplete: part {1} cannot be read ({2}).</source>
        <extracomment>8 million cells: about 256 MB in calamine (32 bytes a cell), whatever the sheet&apos;s shape.</extracomment>
        <translation>{0} 已损坏或不完整：无法读取部件 {1}（{2}）。</translation>
    </message>
    <message>
        <source>{0} is damaged: it has a cell at {1}, beyond Excel&apos;s last cell ({2}).</source>
        <translation>{0} 已损坏：其中有一个位于 {1} 的单元格，超出了 Excel 的最后一个单元格（{2}）。</translation>
    </message>
    <message>
        <source>{0} is damaged: a row has more than {1} cells, more than Excel allows.</source>
        <translation>{0} 已损坏：某一行有超过 {1} 个单元格，超出 Excel 的上限。</translation>
    </message>
    <message>
        <source>{0} is damaged or incomplete: sheet &apos;{1}&apos; cannot be read ({2}).</source>
        <extracomment>Cells showing an Excel error (``#REF!``, ``#N/A``): calamine reads them as empty.</extracomment>
        <translation>{0} 已损坏或不完整：无法读取工作表“{1}”（{2}）。</translation>
    </message>
    <message>
        <source>{0} is damaged or is not a readable Excel workbook ({1}).</source>
        <translation>{0} 已损坏或不是可读取的 Excel 工作簿（{1}）。</translation>
    </message>
    <message>
        <source>{0}: no such file.</source>
        <translation>{0}：文件不存在。</translation>
    </message>
    <message>
        <source>{0} is a folder, not a spreadsheet.</source>
        <translation>{0} 是文件夹，不是电子表格。</translation>
    </message>
    <message>
        <source>{0} is not a regular file (it is a pipe, socket or device); choose an Excel workbook (.xlsx, .xlsm) or a CSV file saved on disk.</source>
        <translation>{0} 不是普通文件（而是管道、套接字或设备）；请选择保存在磁盘上的 Excel 工作簿（.xlsx、.xlsm）或 CSV 文件。</translation>
    </message>
    <message>
        <source>{0} is empty (0 bytes).</source>
        <translation>{0} 是空文件（0 字节）。</translation>
    </message>
    <message>
        <source>{0} is password-protected; open it in Excel, remove the password (File → Info → Protect Workbook) and save it again.</source>
        <translation>{0} 受密码保护；请在 Excel 中打开，删除密码（“文件 → 信息 → 保护工作簿”）后重新保存。</translation>
    </message>
    <message>
        <source>{0} is an old-format Excel file (.xls); save it as .xlsx and try again.</source>
        <translation>{0} 是旧格式的 Excel 文件（.xls）；请另存为 .xlsx 后重试。</translation>
    </message>
    <message>
        <source>{0} is a web page or XML file saved under an Excel name: open it in Excel and save it as .xlsx.</source>
        <translation>{0} 是以 Excel 文件名保存的网页或 XML 文件：请在 Excel 中打开并另存为 .xlsx。</translation>
    </message>
    <message>
        <source>{0} is a text file (CSV), not an Excel workbook: rename it to .csv.</source>
        <translation>{0} 是文本文件（CSV），不是 Excel 工作簿：请将其扩展名改为 .csv。</translation>
    </message>
    <message>
        <source>{0} is not a spreadsheet; choose an Excel workbook (.xlsx, .xlsm) or a CSV file.</source>
        <translation>{0} 不是电子表格；请选择 Excel 工作簿（.xlsx、.xlsm）或 CSV 文件。</translation>
    </message>
    <message>
        <source>{0} has no sheet named &apos;{1}&apos;.</source>
        <extracomment>About 40 MB of worksheet XML ≈ 400k rows of 8 columns ≈ 280 MB held by calamine.</extracomment>
        <translation>{0} 中没有名为“{1}”的工作表。</translation>
    </message>
    <message>
        <source>{0} is damaged: sheet &apos;{1}&apos; has its row {2} out of place.</source>
        <translation>{0} 已损坏：工作表“{1}”的第 {2} 行位置错乱。</translation>
    </message>
    <message>
        <source>{0} is damaged: sheet &apos;{1}&apos; has a cell past Excel&apos;s last column (XFD).</source>
        <translation>{0} 已损坏：工作表“{1}”中有单元格超出了 Excel 的最后一列（XFD）。</translation>
    </message>
    <message>
        <source>{0} is password-protected; remove the password in Excel and save again.</source>
        <translation>{0} 受密码保护；请在 Excel 中删除密码后重新保存。</translation>
    </message>
</context>
<context>
    <name>FileWrite</name>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>您的磁盘配额已用完</translation>
    </message>
    <message>
        <source>the disk or folder is read-only</source>
        <translation>磁盘或文件夹是只读的</translation>
    </message>
    <message>
        <source>you are not allowed to write there</source>
        <translation>您没有在该位置写入的权限</translation>
    </message>
    <message>
        <source>the folder no longer exists</source>
        <translation>该文件夹已不存在</translation>
    </message>
    <message>
        <source>the file is too large for that disk</source>
        <translation>文件太大，该磁盘无法容纳</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>文件名太长</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>磁盘报告了输入/输出错误</translation>
    </message>
    <message>
        <source>the folder does not accept new files</source>
        <translation>该文件夹不接受新文件</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}.</source>
        <translation>无法写入 {0}：{1}。</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1} is a file, not a folder.</source>
        <translation>无法写入 {0}：{1} 是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>Cannot write {0}: the folder {1} does not exist.</source>
        <translation>无法写入 {0}：文件夹 {1} 不存在。</translation>
    </message>
    <message>
        <source>Cannot write {0}: it is a folder; give a file name.</source>
        <translation>无法写入 {0}：这是一个文件夹；请给出文件名。</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>该文件是只读的</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}.</source>
        <translation>无法写入 {0}：{1}。</translation>
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
        <source>Set up your organisation, its business units and programs, then enter figures</source>
        <translation>设置您的组织及其事业部和公益项目，然后录入数据</translation>
    </message>
    <message>
        <source>Name your organisation, its business units and programs (or read them from a spreadsheet), then enter figures by hand.</source>
        <translation>填写组织名称及其事业部和公益项目（或从电子表格读取），然后手动录入数据。</translation>
    </message>
    <message>
        <source>&amp;Start empty</source>
        <translation>从空白开始(&amp;S)</translation>
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
        <extracomment>Every topic the demo data touches, so every open view refreshes after loading it. The setup &quot;Start empty&quot; leads to (organisation, currency, fiscal year, first units and programs).</extracomment>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>The demo data could not be loaded:</source>
        <translation>无法加载演示数据：</translation>
    </message>
</context>
<context>
    <name>Hub</name>
    <message>
        <source>No hub to sync with: give one with --hub (or File → Team hub… in the app).</source>
        <extracomment>``progress(phase, done)``: phase is &quot;push&quot; or &quot;pull&quot;, done the rows so far.</extracomment>
        <translation>没有可同步的团队中心：请用 --hub 指定（或在应用中选择“文件 → 团队中心…”）。</translation>
    </message>
    <message>
        <source>Give the hub&apos;s server and database.</source>
        <translation>请给出团队中心的服务器和数据库。</translation>
    </message>
    <message>
        <source>{0} is not an Impact Desktop hub yet: run &apos;impact-desktop hub init&apos; on it first.</source>
        <translation>{0} 还不是 Impact Desktop 团队中心：请先对它运行“impact-desktop hub init”。</translation>
    </message>
    <message>
        <source>The hub&apos;s schema (version {0}) is newer than this Impact Desktop understands (version {1}); update the app.</source>
        <translation>团队中心的架构（版本 {0}）比此 Impact Desktop 能识别的（版本 {1}）更新；请更新应用。</translation>
    </message>
    <message>
        <source>The hub&apos;s schema (version {0}) is older than this app&apos;s; ask the administrator to run &apos;impact-desktop hub init&apos; to upgrade it.</source>
        <translation>团队中心的架构（版本 {0}）比此应用的旧；请管理员运行“impact-desktop hub init”进行升级。</translation>
    </message>
    <message>
        <source>The hub&apos;s schema (version {0}) is newer than this Impact Desktop understands (version {1}); nothing was changed. Update the app.</source>
        <translation>团队中心的架构（版本 {0}）比此 Impact Desktop 能识别的（版本 {1}）更新；未做任何更改。请更新应用。</translation>
    </message>
    <message>
        <source>Could not set up the hub: {0}.</source>
        <translation>无法设置团队中心：{0}。</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; cannot be a login name: use letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos; (at most 63).</source>
        <translation>“{0}”不能作为登录名：请使用字母、数字、“_”、“.”或“-”（最多 63 个）。</translation>
    </message>
    <message>
        <source>The password file is empty.</source>
        <translation>密码文件是空的。</translation>
    </message>
    <message>
        <source>Could not add {0}: {1}.</source>
        <translation>无法添加 {0}：{1}。</translation>
    </message>
    <message>
        <source>The PostgreSQL driver (psycopg) is not installed.</source>
        <translation>未安装 PostgreSQL 驱动程序（psycopg）。</translation>
    </message>
    <message>
        <source>No hub address given.</source>
        <translation>未给出团队中心地址。</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a PostgreSQL address ({1}).</source>
        <translation>“{0}”不是 PostgreSQL 地址（{1}）。</translation>
    </message>
    <message>
        <source>Cannot reach the hub {0}: {1}</source>
        <translation>无法连接团队中心 {0}：{1}</translation>
    </message>
    <message>
        <source>the user name or password was not accepted (give the password, or put it in ~/.pgpass)</source>
        <translation>用户名或密码未被接受（请给出密码，或将其写入 ~/.pgpass）</translation>
    </message>
    <message>
        <source>Could not read from the hub: {0}.</source>
        <extracomment>Chunks read ahead while the laptop writes: two keep the server busy, and hold at most two chunks more in memory. Entries come in the order the server finds them. A pull holds one version of each row and its watermark is kept only once all of them are written, so their order changes nothing here; sorting a million wide rows did (the server spilled the sort to disk and sent the first row only once it had sorted the last). For a unit-limited role the same rows row-level security lets through, said in the query so the planner reads them by unit (index rows_pull_unit) instead of filtering the whole table.</extracomment>
        <translation>无法从团队中心读取：{0}。</translation>
    </message>
    <message>
        <source>Reading from the hub stopped: {0}.</source>
        <translation>从团队中心读取中断：{0}。</translation>
    </message>
    <message>
        <source>The hub refused the changes: {0}.</source>
        <extracomment>Fields that say who wrote a row and where it came from, not what it says. All rows of a push in one statement: the row-level-security checks (the role&apos;s unit tree) are worked out once per statement, not once per row (1,000 rows: 3 s → a fraction).</extracomment>
        <translation>团队中心拒绝了这些更改：{0}。</translation>
    </message>
    <message>
        <source>A business unit row from the hub clashes with one here and cannot be merged ({0}).</source>
        <extracomment>A first chunk of at least this many entries, into a laptop without any, takes the first-load path. Page cache while a first load is written and its indexes built (KiB, as PRAGMA cache_size takes it). Rows changed here so far, and rows of a first load under way (written when it ends).</extracomment>
        <translation>来自团队中心的一个事业部与此处的一个冲突，无法合并（{0}）。</translation>
    </message>
    <message>
        <source>A program row from the hub clashes with one here and cannot be merged ({0}).</source>
        <translation>来自团队中心的一个公益项目与此处的一个冲突，无法合并（{0}）。</translation>
    </message>
    <message>
        <source>A channel row from the hub clashes with one here and cannot be merged ({0}).</source>
        <translation>来自团队中心的一个渠道与此处的一个冲突，无法合并（{0}）。</translation>
    </message>
    <message>
        <source>A metric row from the hub clashes with one here and cannot be merged ({0}).</source>
        <translation>来自团队中心的一个指标与此处的一个冲突，无法合并（{0}）。</translation>
    </message>
    <message>
        <source>A {0} row from the hub clashes with one here and cannot be merged ({1}).</source>
        <translation>来自团队中心的一行 {0} 与此处的一行冲突，无法合并（{1}）。</translation>
    </message>
    <message>
        <source>The password was not kept in the system keyring ({0}); it is used until the app closes.</source>
        <extracomment>How long anyone waits for keyring to find its backend (normally well under a second).</extracomment>
        <translation>密码未能保存到系统钥匙串（{0}）；在应用关闭前仍会使用它。</translation>
    </message>
    <message>
        <source>the password could not be read from the system keyring ({0}); give it again, or put it in ~/.pgpass</source>
        <translation>无法从系统钥匙串读取密码（{0}）；请重新输入，或将其写入 ~/.pgpass</translation>
    </message>
    <message>
        <source>The password could not be taken out of the system keyring ({0}).</source>
        <translation>无法从系统钥匙串中删除密码（{0}）。</translation>
    </message>
</context>
<context>
    <name>HubDialog</name>
    <message>
        <source>Team hub</source>
        <translation>团队中心</translation>
    </message>
    <message>
        <source>A team hub is a PostgreSQL database your IT department runs. This laptop keeps its own copy of everything, works offline, and sends and receives changes whenever it can reach the hub.</source>
        <translation>团队中心是由 IT 部门运行的 PostgreSQL 数据库。本机保存全部数据的副本，离线照常工作，能连上中心时收发更改。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>e.g. hub.example.org</source>
        <translation>例如 hub.example.org</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>e.g. impact</source>
        <translation>例如 impact</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>leave empty to use ~/.pgpass or PGPASSWORD</source>
        <translation>留空则使用 ~/.pgpass 或 PGPASSWORD</translation>
    </message>
    <message>
        <source>Remember the password in the system &amp;keyring</source>
        <translation>在系统钥匙串中记住密码(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>加密(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>CA 证书(&amp;C)：</translation>
    </message>
    <message>
        <source>the hub&apos;s CA file (.crt), for verify-full</source>
        <translation>中心的 CA 文件（.crt），用于 verify-full</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Automatic sync:</source>
        <translation>自动同步(&amp;A)：</translation>
    </message>
    <message>
        <source>every</source>
        <translation>每</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Connect and sync</source>
        <translation>连接并同步(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开(&amp;D)</translation>
    </message>
    <message>
        <source>Off (not encrypted)</source>
        <translation>关闭（不加密）</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>服务器支持时加密</translation>
    </message>
    <message>
        <source>Required, certificate not checked</source>
        <translation>必须加密，不检查证书</translation>
    </message>
    <message>
        <source>Required, certificate checked</source>
        <translation>必须加密，检查证书</translation>
    </message>
    <message>
        <source>Required, certificate and server name checked (recommended)</source>
        <translation>必须加密，检查证书和服务器名称（推荐）</translation>
    </message>
    <message>
        <source>Looking for a system keyring…</source>
        <translation>正在查找系统钥匙串…</translation>
    </message>
    <message>
        <source>No system keyring is available: a typed password is used until the app closes, or put it in ~/.pgpass</source>
        <translation>没有可用的系统钥匙串：输入的密码只在本次运行中使用，或将其写入 ~/.pgpass</translation>
    </message>
    <message>
        <source>The hub&apos;s CA certificate</source>
        <translation>中心的 CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>证书 (*.crt *.pem *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <source>Connected: the hub answers (schema version %1).</source>
        <translation>已连接：中心有响应（架构版本 %1）。</translation>
    </message>
    <message>
        <source>Keeping the password in the system keyring…</source>
        <translation>正在将密码保存到系统钥匙串…</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring.</source>
        <translation>密码已保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>No system keyring is available: the password is used until the app closes.</source>
        <translation>没有可用的系统钥匙串：在应用关闭前会使用该密码。</translation>
    </message>
</context>
<context>
    <name>HubFeature</name>
    <message>
        <source>Not connected to a team hub</source>
        <translation>未连接团队中心</translation>
    </message>
    <message>
        <source>Hub unreachable, changes kept</source>
        <translation>无法连接中心，更改已保留</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>刚刚同步</translation>
    </message>
    <message>
        <source>Synced %1 min ago</source>
        <translation>%1 分钟前已同步</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 项更改待发送</translation>
    </message>
    <message>
        <source>%1 changes waiting</source>
        <translation>%1 项更改待发送</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 个冲突</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 个冲突</translation>
    </message>
    <message>
        <source>%1 refused by the hub</source>
        <translation>%1 项被中心拒绝</translation>
    </message>
    <message>
        <source>Team &amp;hub…</source>
        <translation>团队中心(&amp;H)…</translation>
    </message>
    <message>
        <source>Connect this laptop to the team hub</source>
        <translation>将本机连接到团队中心</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Send your changes to the team hub and bring back everyone else&apos;s (F9)</source>
        <translation>发送你的更改到团队中心并取回其他人的更改（F9）</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>已发送 %1 条</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>已接收 %1 条</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>Import of {file}</source>
        <translation>导入 {file}</translation>
    </message>
    <message>
        <source>removing the import of {file}</source>
        <translation>移除 {file} 的导入</translation>
    </message>
</context>
<context>
    <name>ImportFigures</name>
    <message>
        <source>new</source>
        <extracomment>Column keys, in the table&apos;s order (also the ``entries`` keys of ``import --dry-run --json``).</extracomment>
        <translation>新增</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>held back</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>事业部</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>公益项目</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>As stored</source>
        <translation>将存储为</translation>
    </message>
    <message>
        <source>Currency or unit</source>
        <translation>币种或单位</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>The import cannot be brought back: a business unit, program or channel it created has been created again since under the same name. Rename or delete that one first.</source>
        <extracomment>Tables in the order they are restored (a program needs its unit); removal runs backwards. An alternative name a &quot;same as&quot; choice recorded always goes with the undo. Key of ``created_json`` holding target id → its ``updated_at`` when the batch added (or restored) it.</extracomment>
        <translation>无法恢复该导入：它创建的某个事业部、公益项目或渠道此后又以相同名称被重新创建。请先重命名或删除那一个。</translation>
    </message>
    <message>
        <source>Give at least the first 4 characters of the import batch id (see &apos;impact-desktop imports list&apos;).</source>
        <extracomment>Origins whose entries a re-sent file may correct. Stored entries the batch changed or replaced (what an undo gives back).</extracomment>
        <translation>请至少给出导入批次 ID 的前 4 个字符（参见“impact-desktop imports list”）。</translation>
    </message>
    <message>
        <source>There is no import batch &apos;{0}&apos; (see &apos;impact-desktop imports list&apos;).</source>
        <translation>没有导入批次“{0}”（参见“impact-desktop imports list”）。</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; matches {1} import batches; give more of the id.</source>
        <translation>“{0}”匹配 {1} 个导入批次；请给出更多的 ID 字符。</translation>
    </message>
    <message>
        <source>Import batch {0} ({1}) was already undone.</source>
        <extracomment>The batch&apos;s entries removed. Stored entries the batch had changed or replaced, given back. Business units, programs, channels and rates the batch created that nothing uses now, removed. Targets the batch added (and nobody edited since), removed.</extracomment>
        <translation>导入批次 {0}（{1}）已被撤销。</translation>
    </message>
    <message>
        <source>A mapping preset needs a name.</source>
        <extracomment>Above this many stored figures on a file&apos;s days per figure of the file, only the stored figures of the same program, metric and end day as one of the file&apos;s are read, each program and day looked up through ``ix_entries_program_end``. 100,000 rows of a CSV over 14 years into a store of a million: 865,000 stored figures on its days were read one by one, twice (duplicates, then corrections), for most of the import&apos;s 1.9 GB peak. Below it, reading every figure on the file&apos;s days is cheaper than one look-up per program and day. (metric key, metric ids, end dates) of every query made. A stored entry&apos;s fingerprint (the metric key the first parameter): as stored when it is one (32 lower-case hex digits), else worked out from its columns. Entries written by another tool or script may have none, and every import into such a store failed on them.</extracomment>
        <translation>映射预设必须有名称。</translation>
    </message>
    <message>
        <source>Could not save the preset &apos;{0}&apos;: {1}</source>
        <translation>无法保存预设“{0}”：{1}</translation>
    </message>
</context>
<context>
    <name>ImportHistoryPage</name>
    <message>
        <source>Every import, newest first. Undoing an import removes all of its entries in one step (Ctrl+Z brings them back).</source>
        <translation>所有导入，最新的在前。撤销导入会一次性删除该次导入的全部记录（按 Ctrl+Z 可恢复）。</translation>
    </message>
    <message>
        <source>Import a spreadsheet (Ctrl+I)</source>
        <translation>导入电子表格（Ctrl+I）</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Remove every entry of the selected import</source>
        <translation>删除所选导入的全部记录</translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation>撤销导入(&amp;U)…</translation>
    </message>
    <message>
        <source>No imports yet. Use File → Import… (Ctrl+I), or drop a spreadsheet on the window.</source>
        <translation>还没有导入。请使用“文件 → 导入…”（Ctrl+I），或将电子表格拖放到窗口中。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
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
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Entries now</source>
        <translation>现有记录</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>&amp;Remove the import</source>
        <translation>移除此次导入(&amp;R)</translation>
    </message>
    <message>
        <source>Undone {when}</source>
        <extracomment>Conflicts and corrections listed in the details of a batch (the rest are counted).</extracomment>
        <translation>已于 {when} 撤销</translation>
    </message>
    <message>
        <source>Imported</source>
        <comment>status of an import batch</comment>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Same file as the import of {when} on another laptop: counted once</source>
        <translation>与 {when} 在另一台电脑上的导入是同一文件：只计一次</translation>
    </message>
    <message>
        <source>Metric: {name}</source>
        <translation>指标：{name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt;, sheet {sheet}: 1 entry in the store from this import.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt;，工作表 {sheet}：数据库中有 1 条记录来自此次导入。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt;, sheet {sheet}: {count} entries in the store from this import.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt;，工作表 {sheet}：数据库中有 {count} 条记录来自此次导入。</translation>
    </message>
    <message>
        <source>Columns: {mapping}</source>
        <translation>列映射：{mapping}</translation>
    </message>
    <message>
        <source>File fingerprint: {short}… (SHA-256, tells a file sent again from a new one)</source>
        <translation>文件指纹：{short}…（SHA-256，用于区分重复发送的文件与新文件）</translation>
    </message>
    <message>
        <source>Mapping preset: {name}</source>
        <translation>映射方案：{name}</translation>
    </message>
    <message>
        <source>Rejected rows: {path}</source>
        <translation>被拒绝的行：{path}</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>事业部</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>公益项目</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Currency rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Alternative name</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Removed with the undo (nothing used it any more): {kind} {name}</source>
        <translation>随撤销一并删除（已无其他数据使用）：{kind} {name}</translation>
    </message>
    <message>
        <source>Removed with the undo: the target the import had added</source>
        <translation>随撤销一并删除：此次导入添加的 1 个目标</translation>
    </message>
    <message>
        <source>Removed with the undo: the {count} targets the import had added</source>
        <translation>随撤销一并删除：此次导入添加的 {count} 个目标</translation>
    </message>
    <message>
        <source>kept the file&apos;s</source>
        <translation>保留文件中的版本</translation>
    </message>
    <message>
        <source>kept the store&apos;s</source>
        <translation>保留库中的版本</translation>
    </message>
    <message>
        <source>kept both</source>
        <translation>两者都保留</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>{kind}, sheet {sheet} row {row}: {figure} — store {stored}, file {file}; {kept}. {why}</source>
        <translation>{kind}，工作表 {sheet} 第 {row} 行：{figure} — 库中 {stored}，文件中 {file}；{kept}。{why}</translation>
    </message>
    <message>
        <source>… and {count} more (see &apos;impact-desktop import --json&apos;).</source>
        <translation>… 另有 {count} 条（见“impact-desktop import --json”）。</translation>
    </message>
    <message>
        <source>Undo the import of {file} (sheet {sheet}) on {when}</source>
        <translation>撤销 {when} 从 {file}（工作表 {sheet}）的导入</translation>
    </message>
    <message>
        <source>Remove the entry imported from {file} (sheet {sheet}) on {when}</source>
        <translation>删除 {when} 从 {file}（工作表 {sheet}）导入的 1 条记录</translation>
    </message>
    <message>
        <source>Remove the {count} entries imported from {file} (sheet {sheet}) on {when}</source>
        <translation>删除 {when} 从 {file}（工作表 {sheet}）导入的 {count} 条记录</translation>
    </message>
    <message>
        <source>, and give the stored entry it changed or replaced its earlier version back</source>
        <translation>，并将此次导入更改或替换的 1 条已存记录恢复为之前的版本</translation>
    </message>
    <message>
        <source>, and give the {changed} stored entries it changed or replaced their earlier version back</source>
        <translation>，并将此次导入更改或替换的 {changed} 条已存记录恢复为之前的版本</translation>
    </message>
    <message>
        <source>?

Edit → Undo (Ctrl+Z) brings the import back.</source>
        <translation>？

编辑 → 撤销（Ctrl+Z）可恢复此次导入。</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
</context>
<context>
    <name>ImportInstall</name>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import figures from an Excel workbook or CSV file</source>
        <translation>从 Excel 工作簿或 CSV 文件导入数据</translation>
    </message>
    <message>
        <source>Import a spreadsheet (Ctrl+I)</source>
        <translation>导入电子表格（Ctrl+I）</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export entries to Excel or CSV, or save an import template</source>
        <translation>将记录导出为 Excel 或 CSV，或保存导入模板</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>导入历史</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Business unit</source>
        <translation>事业部</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>公益项目</translation>
    </message>
    <message>
        <source>Date or period</source>
        <translation>日期或期间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Metric (long layout)</source>
        <translation>指标（长表格式）</translation>
    </message>
    <message>
        <source>Value (long layout)</source>
        <translation>数值（长表格式）</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>B4SI input type</source>
        <translation>B4SI 投入类型</translation>
    </message>
    <message>
        <source>B4SI motivation</source>
        <translation>B4SI 目的</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Entry id (from an export)</source>
        <translation>记录 ID（来自导出文件）</translation>
    </message>
    <message>
        <source>Unit of the value</source>
        <translation>数值单位</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>期间开始</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>期间结束</translation>
    </message>
    <message>
        <source>Last changed (from an export)</source>
        <translation>最后修改时间（来自导出）</translation>
    </message>
    <message>
        <source>Metric key</source>
        <translation>指标代码</translation>
    </message>
    <message>
        <source>Metric aggregation</source>
        <translation>指标汇总方式</translation>
    </message>
    <message>
        <source>Metric kind</source>
        <translation>指标类型</translation>
    </message>
    <message>
        <source>Whole numbers only</source>
        <translation>仅限整数</translation>
    </message>
    <message>
        <source>Metric description</source>
        <translation>指标说明</translation>
    </message>
    <message>
        <source>Parent business unit</source>
        <translation>上级事业部</translation>
    </message>
    <message>
        <source>Leave out this column</source>
        <translation>不导入此列</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>（未映射）</translation>
    </message>
    <message>
        <source>Metric: {name}</source>
        <translation>指标：{name}</translation>
    </message>
    <message>
        <source>(column {number} has no header)</source>
        <translation>（第 {number} 列无表头）</translation>
    </message>
    <message>
        <source>What this column holds</source>
        <translation>此列的内容</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a field to map a column to (choose from: {1}).</source>
        <translation>“{0}”不是可映射列的字段（可选：{1}）。</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not in the form &quot;Header=field&quot;.</source>
        <translation>“{0}”不符合“标题=字段”（&quot;Header=field&quot;）的格式。</translation>
    </message>
    <message>
        <source>Sheet {0} has no column &apos;{1}&apos; (its columns: {2}).</source>
        <translation>工作表 {0} 中没有列“{1}”（其列为：{2}）。</translation>
    </message>
    <message>
        <source>Sheet {0}: no column is mapped to {1}.</source>
        <translation>工作表 {0}：没有列映射到 {1}。</translation>
    </message>
</context>
<context>
    <name>ImportNames</name>
    <message>
        <source>Business unit</source>
        <translation>事业部</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>公益项目</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Create it</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Same as {name}</source>
        <translation>即 {name}</translation>
    </message>
    <message>
        <source>On import: {name}</source>
        <translation>导入时：{name}</translation>
    </message>
</context>
<context>
    <name>ImportNote</name>
    <message>
        <source>No currency rates file ({rates_file}) was found next to {file}, and its figures include money in {currencies}: put that file next to it and import again, or add the rates to {reporting} on the Currency rates page.</source>
        <translation>在 {file} 旁边没有找到汇率文件（{rates_file}），而其中的数字包含以 {currencies} 计的金额：请把该文件放到它旁边后重新导入，或在“汇率”页面添加到 {reporting} 的汇率。</translation>
    </message>
    <message>
        <source>No business units file ({units_file}) was found next to {file}, and its rows place units under others: units without entries of their own may be missing from the tree; put that file next to it and import again.</source>
        <translation>在 {file} 旁边没有找到事业部文件（{units_file}），而其中的行把事业部放在其他事业部之下：没有自己记录的事业部可能不会出现在层级树中；请把该文件放到它旁边后重新导入。</translation>
    </message>
    <message>
        <source>No targets file ({targets_file}) was found next to {file}; if its export had targets, put that file next to it and import again.</source>
        <translation>在 {file} 旁边没有找到目标文件（{targets_file}）；如果导出时包含目标，请把该文件放到它旁边后重新导入。</translation>
    </message>
    <message>
        <source>{file} holds {size:,.0f} MB of sheet data, more than the fast reader takes at once; it is read row by row in bounded memory, which takes several minutes.</source>
        <translation>{file} 含有 {size:,.0f} MB 的工作表数据，超出快速读取器一次可处理的量；将在有限内存中逐行读取，需要几分钟。</translation>
    </message>
    <message>
        <source>Read sheet &apos;{sheet}&apos; and the sheets with the same columns: {sheets}.</source>
        <translation>已读取工作表“{sheet}”以及列相同的工作表：{sheets}。</translation>
    </message>
    <message>
        <source>Only sheet &apos;{sheet}&apos; was read. Sheets {sheets} have the same columns and were not read; choose every sheet with the same columns (--sheet &apos;*&apos;) to import them too.</source>
        <translation>只读取了工作表“{sheet}”。工作表 {sheets} 的列相同，但未被读取；如需一并导入，请选择所有列相同的工作表（--sheet &apos;*&apos;）。</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; is hidden and was not read; choose it by name to import it (--sheet &apos;{sheet}&apos;).</source>
        <translation>工作表“{sheet}”已隐藏，未被读取；如需导入，请按名称选择它（--sheet &apos;{sheet}&apos;）。</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; has figures in other columns and was not read; import it on its own (--sheet &apos;{sheet}&apos;).</source>
        <translation>工作表“{sheet}”的数字位于其他列中，未被读取；请单独导入它（--sheet &apos;{sheet}&apos;）。</translation>
    </message>
    <message>
        <source>1 more sheet ({sheets}) is hidden or has figures in other columns and was not read.</source>
        <translation>另有 1 个工作表（{sheets}）是隐藏的，或其数字在其他列中，未被读取。</translation>
    </message>
    <message>
        <source>{count} more sheets ({sheets}) are hidden or have figures in other columns and were not read.</source>
        <translation>另有 {count} 个工作表（{sheets}）是隐藏的，或其数字在其他列中，未被读取。</translation>
    </message>
    <message>
        <source>{sheets} and {count} more</source>
        <extracomment>Sheets named one by one in a note; the others are counted.</extracomment>
        <translation>{sheets} 等，另有 {count} 个</translation>
    </message>
    <message>
        <source>business units not read: {reason}</source>
        <translation>未读取事业部：{reason}</translation>
    </message>
    <message>
        <source>{where}: business unit &apos;{unit}&apos; cannot sit under itself; it is placed at the top</source>
        <translation>{where}：事业部“{unit}”不能位于自身之下；已将其放在顶层</translation>
    </message>
    <message>
        <source>Rows give business unit &apos;{unit}&apos; two parents, &apos;{first}&apos; and &apos;{other}&apos;; the first is used</source>
        <translation>多行为事业部“{unit}”给出了两个上级：“{first}”和“{other}”；使用第一个</translation>
    </message>
    <message>
        <source>Business unit &apos;{unit}&apos; would sit under itself through &apos;{parent}&apos;; it is created at the top</source>
        <translation>事业部“{unit}”会经由“{parent}”位于自身之下；已在顶层创建它</translation>
    </message>
    <message>
        <source>at the top</source>
        <translation>顶层</translation>
    </message>
    <message>
        <source>under &apos;{parent}&apos;</source>
        <translation>“{parent}”之下</translation>
    </message>
    <message>
        <source>Business unit &apos;{unit}&apos; is {there} in the file but {here} in this store; it was left where it is (move it on the Business units page if the file is right)</source>
        <translation>事业部“{unit}”在文件中位于{there}，但在此数据库中位于{here}；已保持原位（如果文件正确，请在“事业部”页面移动它）</translation>
    </message>
    <message>
        <source>{file}, row {row}</source>
        <translation>{file}，第 {row} 行</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, row {row}</source>
        <translation>{file}，工作表 {sheet}，第 {row} 行</translation>
    </message>
    <message>
        <source>{where}: rate not read ({reason})</source>
        <extracomment>Period starts/ends make a fiscal year exact even where the fiscal year starts in another month.</extracomment>
        <translation>{where}：未读取汇率（{reason}）</translation>
    </message>
    <message>
        <source>{where}: {rate} not added: the store already has {stored} for {source}→{target} in that period and keeps it</source>
        <translation>{where}：未添加 {rate}：数据库中该期间已有 {source}→{target} 的汇率 {stored}，予以保留</translation>
    </message>
    <message>
        <source>no targets read: {0}</source>
        <extracomment>Period starts/ends make a fiscal year exact even where the fiscal year starts in another month.</extracomment>
        <translation>未读取任何目标：{0}</translation>
    </message>
    <message>
        <source>{where}: target not read ({reason})</source>
        <translation>{where}：未读取目标（{reason}）</translation>
    </message>
    <message>
        <source>{where}: target not added: there is no metric &apos;{metric}&apos;</source>
        <translation>{where}：未添加目标：没有指标“{metric}”</translation>
    </message>
    <message>
        <source>{where}: target {target} not added: the store already has {stored} for it and keeps it</source>
        <translation>{where}：未添加目标 {target}：数据库中已有该目标的值 {stored}，予以保留</translation>
    </message>
    <message>
        <source>the program &apos;{0}&apos; has no business unit</source>
        <translation>公益项目“{0}”没有所属事业部</translation>
    </message>
    <message>
        <source>the metric key is empty</source>
        <translation>指标键为空</translation>
    </message>
    <message>
        <source>{0} is negative</source>
        <translation>{0} 是负数</translation>
    </message>
    <message>
        <source>Sheet {sheet}, row {row}: {figures} held back with the row&apos;s invalid cell (a row is imported whole or not at all).</source>
        <extracomment>Marks a cell that was the plain number stored.</extracomment>
        <translation>工作表 {sheet} 第 {row} 行：{figures} 因该行有无效单元格而暂缓导入（一行要么整行导入，要么都不导入）。</translation>
    </message>
    <message>
        <source>… and 1 more row with figures held back.</source>
        <translation>……另有 1 行的数值被暂缓。</translation>
    </message>
    <message>
        <source>… and {count} more rows with figures held back.</source>
        <translation>……另有 {count} 行的数值被暂缓。</translation>
    </message>
    <message>
        <source>alternative names not read: {reason}</source>
        <translation>未读取别名：{reason}</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, row {row}: not a kind, name and alternative name; left out</source>
        <translation>{file}，工作表 {sheet}，第 {row} 行：不是“类别、名称、别名”，已略过</translation>
    </message>
    <message>
        <source>Alternative name &apos;{name}&apos; of {kind} &apos;{owner}&apos; is not recorded: {reason}</source>
        <translation>{kind}“{owner}”的别名“{name}”未记录：{reason}</translation>
    </message>
    <message>
        <source>{0} does not start with the columns {1}.</source>
        <extracomment>The suffixes of every sidecar: a sidecar itself never has sidecars.</extracomment>
        <translation>{0} 的开头不是以下列：{1}。</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>{number} is not a number.</source>
        <extracomment>A number written plainly (&quot;48500.50&quot;, &quot;-12&quot;): what a CSV or a text cell holds most. It has no mark, magnitude, grouping or space, so the general reading below would only find that out. A number after a currency symbol (&quot;¥48,500.50&quot;, &quot;$1200&quot;), grouped by thousands or not: what a money column exported as text holds. The general reading finds the same mark and number (a test compares them). One of those symbols, as a regular expression group.</extracomment>
        <translation>{number} 不是数字。</translation>
    </message>
    <message>
        <source>{number} is too large.</source>
        <translation>{number} 太大。</translation>
    </message>
    <message>
        <source>the value is empty.</source>
        <translation>数值为空。</translation>
    </message>
    <message>
        <source>&apos;{start}…&apos; ({count} characters) is not a number: a figure has at most {limit} characters.</source>
        <extracomment>What :func:`simple_amount` reads: an optional currency symbol, digits (grouped or not), at most four decimals. Digits before the point a figure may have (10^18: more than any report holds; the store keeps ±9.2 × 10^14). No figure is written with more characters than this (¥ 1,234,567,890,123.45 亿 has 24). A number in scientific notation (&quot;1.23457E+11&quot;, &quot;1e3&quot;): refused with its own reason, never read, since the digits a spreadsheet dropped to write it so cannot be known.</extracomment>
        <translation>“{start}…”（{count} 个字符）不是数字：数值最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is in scientific notation, which can hide dropped digits (Excel writes long numbers so when it saves a CSV): write the number in full, or import the workbook (.xlsx) instead of its CSV.</source>
        <translation>&apos;{text}&apos; 是科学计数法，可能隐去了被舍掉的数字（Excel 将表格另存为 CSV 时会这样写较长的数字）：请写出完整的数字，或直接导入工作簿（.xlsx）而不是它的 CSV。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation>“{text}”不是数字。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is ambiguous: commas must separate thousands (12,500 or 12.5).</source>
        <translation>“{text}”有歧义：逗号只能用作千位分隔符（12,500 或 12.5）。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is too large to be a figure.</source>
        <translation>“{text}”太大，不可能是一个数值。</translation>
    </message>
    <message>
        <source>Choose a program.</source>
        <translation>请选择公益项目。</translation>
    </message>
    <message>
        <source>{metric} cannot be negative ({value}).</source>
        <translation>{metric}不能为负数（{value}）。</translation>
    </message>
    <message>
        <source>{metric} must be a whole number ({value}).</source>
        <translation>{metric}必须是整数（{value}）。</translation>
    </message>
    <message>
        <source>{metric} is counted in {unit}, not in money ({text}).</source>
        <extracomment>Other ways of writing the built-in units (compared after :func:`_fold`).</extracomment>
        <translation>{metric}以{unit}计，而不是金额（{text}）。</translation>
    </message>
    <message>
        <source>The value says {value_currency} but the currency is {currency}.</source>
        <translation>数值写的是 {value_currency}，但币种是 {currency}。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of: {allowed}.</source>
        <translation>“{text}”不在可选值之中：{allowed}。</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a currency code (three letters, e.g. CNY, USD).</source>
        <extracomment>Stored integers are SQLite&apos;s: below this in size. What one unit of the last of ``n`` decimals is in the stored integer (index ``n``, 0 … SCALE_DIGITS). Minor-unit digits of the currencies people in this field use most. Others are accepted (any three-letter ISO code) with two minor digits. How people write currencies in cells and headers, longest first so &quot;US$&quot; wins over &quot;$&quot;. Active ISO 4217 codes (and CNH, the offshore yuan): a typo such as &quot;CYN&quot; is refused, not stored.</extracomment>
        <translation>“{code}”不是币种代码（三个字母，例如 CNY、USD）。</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a known currency code (e.g. CNY, USD, HKD, EUR).</source>
        <translation>“{code}”不是已知的币种代码（例如 CNY、USD、HKD、EUR）。</translation>
    </message>
    <message>
        <source>{value} is too large to store.</source>
        <translation>{value} 太大，无法保存。</translation>
    </message>
    <message>
        <source>{value} has more than {digits} decimal places.</source>
        <translation>{value} 的小数位超过 {digits} 位。</translation>
    </message>
    <message>
        <source>{currency} amounts have at most {digits} decimal places; {value} has more.</source>
        <translation>{currency} 金额最多有 {digits} 位小数；{value} 超过了。</translation>
    </message>
    <message>
        <source>the period ends ({end}) before it starts ({start}).</source>
        <translation>期间的结束日期（{end}）早于开始日期（{start}）。</translation>
    </message>
    <message>
        <source>there is no quarter {number}; quarters are 1 to 4.</source>
        <translation>没有第 {number} 季度；季度为 1 到 4。</translation>
    </message>
    <message>
        <source>{year} is not a fiscal year (write it like 2018).</source>
        <translation>{year} 不是财年（请写成 2018 这样的形式）。</translation>
    </message>
    <message>
        <source>the fiscal year cannot start in month {month}.</source>
        <translation>财年不能从 {month} 月开始。</translation>
    </message>
    <message>
        <source>{period} is outside the years {first}–{last} that figures may fall in (a mistyped year, or a date cell that is not a date?).</source>
        <extracomment>The years a figure may fall in: anything else is a typing or conversion slip (0001-01, 9999-12-31).</extracomment>
        <translation>{period} 不在数值允许的年份 {first}–{last} 之内（年份输错了，或者日期单元格其实不是日期？）。</translation>
    </message>
    <message>
        <source>the date or period is empty.</source>
        <translation>日期或期间为空。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date or period.</source>
        <translation>“{text}”不是日期或期间。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: {reason}</source>
        <translation>“{text}”：{reason}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid date ({reason}).</source>
        <translation>“{text}”不是有效日期（{reason}）。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is ambiguous (day/month or month/day?); write it as {year}-MM-DD.</source>
        <translation>“{text}”有歧义（日/月还是月/日？）；请写成 {year}-MM-DD。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date or period (try 2018-03-01, 2018-03, 2018-Q1, FY2018).</source>
        <translation>“{text}”不是日期或期间（可写成 2018-03-01、2018-03、2018-Q1、FY2018）。</translation>
    </message>
    <message>
        <source>there is no month {number}.</source>
        <translation>没有 {number} 月。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a month name.</source>
        <translation>“{name}”不是月份名称。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date in the form YYYY-MM-DD.</source>
        <translation>“{text}”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>{serial} is not an Excel date.</source>
        <translation>{serial} 不是 Excel 日期。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a currency; {metric} is money (e.g. CNY, USD, 万元).</source>
        <translation>“{text}”不是币种；{metric}是金额（例如 CNY、USD、万元）。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a currency amount unit (e.g. CNY, USD m, 万元).</source>
        <translation>“{text}”不是金额单位（例如 CNY、USD m、万元）。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not the unit of {metric}, which is counted in {unit}.</source>
        <translation>“{text}”不是{metric}的单位，{metric}以{unit}计。</translation>
    </message>
    <message>
        <source>Entry id {entry}… is already in the store (the row comes from an Impact Desktop export).</source>
        <translation>记录编号 {entry}… 已在数据库中（该行来自 Impact Desktop 的导出文件）。</translation>
    </message>
    <message>
        <source>Repeats the entry id of sheet {sheet} row {row}.</source>
        <translation>与工作表 {sheet} 第 {row} 行的记录编号重复。</translation>
    </message>
    <message>
        <source>Repeats sheet {sheet} row {row} (same program, metric, period and value).</source>
        <translation>与工作表 {sheet} 第 {row} 行重复（公益项目、指标、期间和数值都相同）。</translation>
    </message>
    <message>
        <source>imported from {file} row {rows}</source>
        <translation>导入自 {file} 第 {rows} 行</translation>
    </message>
    <message>
        <source>imported from {file}</source>
        <translation>导入自 {file}</translation>
    </message>
    <message>
        <source>typed in a form</source>
        <translation>在表单中录入</translation>
    </message>
    <message>
        <source>from the demo data</source>
        <translation>来自演示数据</translation>
    </message>
    <message>
        <source>merged from another machine</source>
        <translation>从另一台电脑合并而来</translation>
    </message>
    <message>
        <source>Same program, metric, period, value, currency and channel as entry {entry}… already in the store ({where}).</source>
        <translation>与数据库中已有的记录 {entry}… 的公益项目、指标、期间、数值、币种和渠道都相同（{where}）。</translation>
    </message>
    <message>
        <source>There is no mapping preset named &apos;{0}&apos;.</source>
        <extracomment>``ImportOptions.sheet`` value meaning &quot;every sheet with the first sheet&apos;s header layout&quot;.</extracomment>
        <translation>没有名为“{0}”的映射预设。</translation>
    </message>
    <message>
        <source>This column has values but is not mapped, so they would be lost. Go Back and choose its field in the column mapping table (a metric or a field), or “Leave out this column” on purpose.</source>
        <translation>此列有数值但未映射，这些数值将会丢失。请返回并在列映射表中为它选择字段（某个指标或字段），或有意选择“不导入此列”。</translation>
    </message>
    <message>
        <source>This column has values but is not mapped, so they would be lost. Map it to a metric or field, or leave it out on purpose ({how}, FIELD a metric key or skip).</source>
        <translation>此列有数值但未映射，这些数值将会丢失。请把它映射到某个指标或字段，或有意将其略过（{how}，FIELD 为指标键或 skip）。</translation>
    </message>
    <message>
        <source>1 more column ({first}) has values but is not mapped; delete it from the file, or map it.</source>
        <translation>另外 1 列（{first}）有数值但未映射；请从文件中删除该列，或为它指定映射。</translation>
    </message>
    <message>
        <source>{count} more columns ({first} … {last}) have values but are not mapped; delete them from the file, or map them.</source>
        <translation>另外 {count} 列（{first} … {last}）有数值但未映射；请从文件中删除这些列，或为它们指定映射。</translation>
    </message>
    <message>
        <source>The cell holds the formula {formula} but no calculated value (the file was saved by a program that does not calculate formulas); open it in Excel or LibreOffice, save it and import again.</source>
        <extracomment>Unmapped columns named one by one in a preview; the others are counted in one more line. Columns whose merged cells are copied down to every row they span (never figures: they count once).</extracomment>
        <translation>该单元格包含公式 {formula}，但没有计算结果（保存该文件的程序不计算公式）；请在 Excel 或 LibreOffice 中打开并保存后重新导入。</translation>
    </message>
    <message>
        <source>The cell shows the spreadsheet error {error}; correct the formula or clear the cell.</source>
        <translation>该单元格显示电子表格错误 {error}；请更正公式或清空该单元格。</translation>
    </message>
    <message>
        <source>The file corrects {count} stored figure: choose whether its figures replace the stored ones, are added as new figures, or are left out; nothing was imported.</source>
        <translation>该文件更正了 {count} 个已保存的数字：请选择用文件中的数字替换已保存的数字、作为新数字添加，还是略过；未导入任何内容。</translation>
    </message>
    <message>
        <source>The file corrects {count} stored figures: choose whether its figures replace the stored ones, are added as new figures, or are left out; nothing was imported.</source>
        <translation>该文件更正了 {count} 个已保存的数字：请选择用文件中的数字替换已保存的数字、作为新数字添加，还是略过；未导入任何内容。</translation>
    </message>
    <message>
        <source>another machine</source>
        <extracomment>What differs besides the value (&quot;note &apos;a&apos; → &apos;b&apos;&quot;), or &quot;&quot;. When the entry was deleted here, for a row carrying the id of a deleted entry.</extracomment>
        <translation>另一台电脑</translation>
    </message>
    <message>
        <source>imported from {file} rows {rows}</source>
        <translation>导入自 {file} 第 {rows} 行</translation>
    </message>
    <message>
        <source>merged from {file}</source>
        <translation>合并自 {file}</translation>
    </message>
    <message>
        <source>merged from {file} row {rows}</source>
        <translation>合并自 {file} 第 {rows} 行</translation>
    </message>
    <message>
        <source>merged from {file} rows {rows}</source>
        <translation>合并自 {file} 第 {rows} 行</translation>
    </message>
    <message>
        <source>The file has no Updated time, so which version is newer cannot be told; the store&apos;s version was kept.</source>
        <translation>文件中没有 Updated（更新时间），无法判断哪个版本更新；已保留数据库中的版本。</translation>
    </message>
    <message>
        <source>The file&apos;s Updated value &apos;{updated}&apos; is not a date and time, so which version is newer cannot be told; the store&apos;s version was kept.</source>
        <translation>文件中的 Updated（更新时间）值“{updated}”不是日期时间，无法判断哪个版本更新；已保留数据库中的版本。</translation>
    </message>
    <message>
        <source>The file&apos;s version is newer (changed {file_time}, the store&apos;s {store_time}): the last change wins.</source>
        <translation>文件中的版本更新（修改于 {file_time}，数据库中的版本修改于 {store_time}）：以最后一次修改为准。</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>The store&apos;s version is newer or as new (changed {store_time}, the file&apos;s {file_time}): the last change wins.</source>
        <translation>数据库中的版本更新或同样新（修改于 {store_time}，文件中的版本修改于 {file_time}）：以最后一次修改为准。</translation>
    </message>
    <message>
        <source>The entry was deleted here and the file has no Updated time, so which is newer cannot be told; the deletion stands.</source>
        <translation>该记录已在本机删除，而文件中没有 Updated（更新时间），无法判断哪个更新；删除保持有效。</translation>
    </message>
    <message>
        <source>The entry was deleted here and the file has the Updated value &apos;{updated}&apos;, which is not a date and time, so which is newer cannot be told; the deletion stands.</source>
        <translation>该记录已在本机删除，而文件中的 Updated（更新时间）值“{updated}”不是日期时间，无法判断哪个更新；删除保持有效。</translation>
    </message>
    <message>
        <source>The file&apos;s version is newer than the deletion here (changed {file_time}, deleted {deleted_time}): the entry is brought back with the file&apos;s version.</source>
        <translation>文件中的版本比本机的删除更新（修改于 {file_time}，删除于 {deleted_time}）：该记录以文件中的版本恢复。</translation>
    </message>
    <message>
        <source>The entry was deleted here after the file&apos;s version (deleted {deleted_time}, the file&apos;s changed {file_time}): the deletion stands.</source>
        <translation>该记录在文件版本之后已在本机删除（删除于 {deleted_time}，文件中的版本修改于 {file_time}）：删除保持有效。</translation>
    </message>
    <message>
        <source>program {old} → {new}</source>
        <translation>公益项目 {old} → {new}</translation>
    </message>
    <message>
        <source>metric {old} → {new}</source>
        <translation>指标 {old} → {new}</translation>
    </message>
    <message>
        <source>period {old} → {new}</source>
        <translation>期间 {old} → {new}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>channel {old} → {new}</source>
        <translation>渠道 {old} → {new}</translation>
    </message>
    <message>
        <source>note &apos;{old}&apos; → &apos;{new}&apos;</source>
        <translation>备注“{old}”→“{new}”</translation>
    </message>
    <message>
        <source>The file&apos;s figures replace the stored ones (chosen before importing).</source>
        <extracomment>Origins of figures read from a file: without an id (import) or with one unknown here (merge).</extracomment>
        <translation>文件中的数字替换已保存的数字（导入前选择）。</translation>
    </message>
    <message>
        <source>The file&apos;s figures were added as new figures (chosen before importing).</source>
        <translation>文件中的数字已作为新数字添加（导入前选择）。</translation>
    </message>
    <message>
        <source>The file&apos;s rows were left out (chosen before importing).</source>
        <translation>文件中的这些行已略过（导入前选择）。</translation>
    </message>
    <message>
        <source>{start}… ({count} characters)</source>
        <extracomment>The row&apos;s &quot;Updated&quot; cell when it carries an entry id (an export&apos;s last-changed time). (column index, cell as written) of each draft; for an invalid row, of the figures it holds back. What people put in a cell to say &quot;no figure&quot;: counted as empty, never as a bad number. Longest cell text repeated in a problem; the rest is counted, not printed (a cell may hold 5 MB).</extracomment>
        <translation>{start}…（{count} 个字符）</translation>
    </message>
    <message>
        <source>A name is at most {count} characters; this one has more (is a note or another column&apos;s text in this cell?).</source>
        <translation>名称最多 {count} 个字符，这个名称超出了（这个单元格里是不是备注或其他列的文字？）。</translation>
    </message>
    <message>
        <source>The name holds a control character (such as NUL), which a name cannot hold; retype it.</source>
        <translation>名称中含有控制字符（例如 NUL），名称不能包含这类字符；请重新输入。</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>名称为空。</translation>
    </message>
    <message>
        <source>The metric is empty.</source>
        <extracomment>Distinct label cells remembered as never a total (a sheet&apos;s names, periods and metrics repeat). Cell types that never equal a text, so a total&apos;s label cannot hide behind one in a set. Distinct metric cells of a long sheet whose reading is remembered (a real sheet has a few). A long sheet&apos;s value, metric and metric key columns. Period cells such as 11/2/2017 and the rows they made invalid, until the column shows its order. program name (lower case) → business units the file names it under, for rows that leave the unit blank. Cells known to never make a row a total, and the getter of a row&apos;s first cell and labels (0 twice: itemgetter of one index gives the cell itself, not a tuple). (type, metric cell) → metric key or None: a long sheet names a handful of metrics on every row. Wide columns whose header gives at most a currency (&quot;Donation Amount (CNY)&quot;): the fast path. Columns nobody mapped: the first value seen in each, so it can be reported, never dropped.</extracomment>
        <translation>指标为空。</translation>
    </message>
    <message>
        <source>This store has no metric named &apos;{metric}&apos;; add it on the Metrics page first (an Impact Desktop export carries its metric definitions, so importing one creates them).</source>
        <translation>此数据库中没有名为“{metric}”的指标；请先在“指标”页面添加（Impact Desktop 的导出文件带有指标定义，导入时会自动创建）。</translation>
    </message>
    <message>
        <source>No column is mapped to Program.</source>
        <translation>没有列映射到“公益项目”。</translation>
    </message>
    <message>
        <source>The program is empty.</source>
        <translation>公益项目为空。</translation>
    </message>
    <message>
        <source>Program &apos;{program}&apos; is run by several business units; fill in the business unit.</source>
        <translation>公益项目“{program}”由多个事业部开展；请填写事业部。</translation>
    </message>
    <message>
        <source>Program &apos;{program}&apos; is not in the store yet and its business unit cell is empty; fill it in (a cell merged in Excel keeps its value only in its first row when saved as CSV).</source>
        <translation>公益项目“{program}”尚不在数据库中，且其事业部单元格为空；请填写（Excel 中的合并单元格另存为 CSV 时只在第一行保留其值）。</translation>
    </message>
    <message>
        <source>Program &apos;{program}&apos; is not in the store yet; add a Business unit column so it can be created.</source>
        <translation>公益项目“{program}”尚不在数据库中；请添加“事业部”列，以便创建该项目。</translation>
    </message>
    <message>
        <source>No column is mapped to Date or period.</source>
        <translation>没有列映射到“日期或期间”。</translation>
    </message>
    <message>
        <source>column {letters}</source>
        <translation>第 {letters} 列</translation>
    </message>
    <message>
        <source>Both the Unit column and the header &apos;{header}&apos; give a magnitude; keep one.</source>
        <extracomment>A number and nothing else (thousands separators, sign, brackets for negatives): safe to scale. What :meth:`ValueUnits.apply` returns when a figure cannot be read: (column index, reason).</extracomment>
        <translation>“单位”列和表头“{header}”都给出了数量级；请只保留一个。</translation>
    </message>
    <message>
        <source>The Unit column says {unit_currency} but the header says {header_currency}.</source>
        <translation>“单位”列写的是 {unit_currency}，但表头写的是 {header_currency}。</translation>
    </message>
    <message>
        <source>The currency column says {currency} but the unit is {unit_currency}.</source>
        <translation>币种列写的是 {currency}，但单位是 {unit_currency}。</translation>
    </message>
    <message>
        <source>{metric} is counted in {unit}, not in money.</source>
        <translation>{metric}以{unit}计，而不是金额。</translation>
    </message>
    <message>
        <source>The figure is in &apos;{unit}&apos; already, and the cell names its own unit or magnitude: write the plain number (e.g. 3.5 in a 万元 column), or put the figure in a column without a unit.</source>
        <translation>该数字已按“{unit}”计，而单元格又写了自己的单位或数量级：请只写数字（例如在万元列中写 3.5），或把该数字放到没有单位的列中。</translation>
    </message>
    <message>
        <source>The value says {value_currency} but the Unit column says {currency}.</source>
        <translation>数值写的是 {value_currency}，但“单位”列写的是 {currency}。</translation>
    </message>
    <message>
        <source>The value says {value_currency} but the column is in {currency}.</source>
        <translation>数值写的是 {value_currency}，但该列以 {currency} 计。</translation>
    </message>
</context>
<context>
    <name>ImportReview</name>
    <message>
        <source>File&apos;s version</source>
        <translation>文件中的版本</translation>
    </message>
    <message>
        <source>Store&apos;s version</source>
        <translation>库中的版本</translation>
    </message>
    <message>
        <source>File&apos;s version (entry brought back)</source>
        <translation>文件中的版本（记录已恢复）</translation>
    </message>
    <message>
        <source>The deletion</source>
        <translation>删除操作</translation>
    </message>
    <message>
        <source>Deleted (was {value})</source>
        <translation>已删除（原为 {value}）</translation>
    </message>
    <message>
        <source>The file corrects a stored figure: choose what to do with it before importing.</source>
        <translation>文件更正了一个已存数值：导入前请选择如何处理。</translation>
    </message>
    <message>
        <source>The file corrects {n} stored figures: choose what to do with them before importing.</source>
        <translation>文件更正了 {n} 个已存数值：导入前请选择如何处理。</translation>
    </message>
    <message>
        <source>The stored figures are removed and the file&apos;s added; undoing the import brings the stored ones back.</source>
        <translation>删除已存数值并加入文件中的数值；撤销此次导入会恢复已存数值。</translation>
    </message>
    <message>
        <source>The file&apos;s figures are added next to the stored ones (both count).</source>
        <translation>文件中的数值与已存数值并存（两者都计入）。</translation>
    </message>
    <message>
        <source>These rows are not imported; the stored figures stay.</source>
        <translation>这些行不导入；已存数值保持不变。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; conflict</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; 个冲突</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; conflicts</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; 个冲突</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; correction</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; 个更正</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; corrections</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; 个更正</translation>
    </message>
    <message>
        <source>Conflicts recorded with the import: {conflicts}; stored entries updated to the file&apos;s newer version: {updated}.</source>
        <translation>随导入记录的冲突：{conflicts}；更新为文件中较新版本的已存记录：{updated}。</translation>
    </message>
    <message>
        <source>Stored figures replaced by the file&apos;s corrections: {n}.</source>
        <translation>被文件更正替换的已存数值：{n}。</translation>
    </message>
    <message>
        <source>Corrections added as new figures: {n}.</source>
        <translation>作为新数值加入的更正：{n}。</translation>
    </message>
    <message>
        <source>Rows with corrections left out: {n}.</source>
        <translation>未导入的更正行：{n}。</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>The import of {0} ({1}) is in the store already; nothing was changed.</source>
        <extracomment>An import&apos;s undo removes entries, the targets it added and what only it used. The batch&apos;s entries removed. Stored entries the batch had changed or replaced, given back. Business units, programs, channels and rates it created that nothing uses now, removed. Targets it added (and nobody edited since), removed.</extracomment>
        <translation>{0}（{1}）的导入已在数据库中；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import spreadsheet</source>
        <translation>导入电子表格</translation>
    </message>
    <message>
        <source>1. Choose a file</source>
        <translation>1. 选择文件</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Path of an .xlsx, .xlsm or .csv file</source>
        <translation>.xlsx、.xlsm 或 .csv 文件的路径</translation>
    </message>
    <message>
        <source>Choose the spreadsheet to import</source>
        <translation>选择要导入的电子表格</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>Automatic: the first sheet with a recognisable header row</source>
        <translation>自动：第一个含可识别表头行的工作表</translation>
    </message>
    <message>
        <source>Excel workbooks (.xlsx, .xlsm) and CSV files (UTF-8 or GBK) in English or Chinese. Titles, notes and blank rows above the header are skipped, and so are Total / 合计 rows. Nothing is written before you confirm the preview.</source>
        <translation>支持英文或中文的 Excel 工作簿（.xlsx、.xlsm）和 CSV 文件（UTF-8 或 GBK）。表头上方的标题、说明和空行会被跳过，Total / 合计 行也会被跳过。确认预览之前不会写入任何数据。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>映射方案(&amp;P)：</translation>
    </message>
    <message>
        <source>Saved column mappings</source>
        <translation>已保存的列映射</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Use the chosen preset&apos;s mapping</source>
        <translation>使用所选映射方案的列映射</translation>
    </message>
    <message>
        <source>Name for this mapping</source>
        <translation>此映射方案的名称</translation>
    </message>
    <message>
        <source>Sa&amp;ve preset</source>
        <translation>保存映射方案(&amp;V)</translation>
    </message>
    <message>
        <source>Save this mapping; it is applied automatically when the same columns come again</source>
        <translation>保存此列映射；以后遇到相同的列时会自动应用</translation>
    </message>
    <message>
        <source>Invalid rows</source>
        <translation>无效行</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Already in the store</source>
        <translation>数据库中已有</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Why it was recognised</source>
        <translation>识别依据</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Rows carrying the id of an entry stored here with other content: the version changed last is kept, the other is recorded with the import</source>
        <translation>带有本库中某条记录编号但内容不同的行：保留最后修改的版本，另一版本随导入记录</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>In the store</source>
        <translation>库中</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>文件中</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Figures the file sends again with another value (same program, metric, period, channel and currency as imported ones)</source>
        <translation>文件再次发送、数值不同的数据（项目、指标、期间、渠道和币种与已导入的相同）</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Stored figures came from</source>
        <translation>已存数值来自</translation>
    </message>
    <message>
        <source>What will be stored</source>
        <translation>将存储的数据</translation>
    </message>
    <message>
        <source>Every figure as written in the file and as it will be stored (unit and magnitude applied)</source>
        <translation>每个数值在文件中的写法及其将存储的值（已换算单位和数量级）</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <source>New names</source>
        <translation>新名称</translation>
    </message>
    <message>
        <source>Business units, programs and channels the file names that this store does not know: create them, or say which existing one they are</source>
        <translation>文件中出现而数据库中没有的事业部、公益项目和渠道：新建，或指明它们是哪个已有的</translation>
    </message>
    <message>
        <source>Names the store does not know are created, unless you choose “Same as …”: the file&apos;s name is then kept as another name of that one (undoing the import removes it), and the preview is checked again.</source>
        <translation>数据库中没有的名称将被新建，除非您选择“即 …”：文件中的名称将作为该项的别名保存（撤销导入时一并删除），并立即重新检查预览。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>文件中的名称</translation>
    </message>
    <message>
        <source>On import</source>
        <translation>导入时</translation>
    </message>
    <message>
        <source>C&amp;orrections:</source>
        <translation>更正(&amp;O)：</translation>
    </message>
    <message>
        <source>The file sends figures that are already stored with another value: say what to do with them</source>
        <translation>文件发送的数值已以其他值存储：请说明如何处理</translation>
    </message>
    <message>
        <source>Choose what to do with the corrections…</source>
        <translation>选择如何处理更正…</translation>
    </message>
    <message>
        <source>Replace the stored figures</source>
        <translation>替换已存数值</translation>
    </message>
    <message>
        <source>Add as new figures</source>
        <translation>作为新数值加入</translation>
    </message>
    <message>
        <source>Leave these rows out</source>
        <translation>不导入这些行</translation>
    </message>
    <message>
        <source>The rejected rows are written, with their reasons, to an error workbook next to the file</source>
        <translation>被拒绝的行及其原因会写入原文件旁的错误工作簿</translation>
    </message>
    <message>
        <source>Import &amp;valid rows only (rejected rows go to an error workbook next to the file)</source>
        <translation>仅导入有效行（被拒绝的行会写入原文件旁的错误工作簿）(&amp;V)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Every figure</source>
        <translation>全部数值</translation>
    </message>
    <message>
        <source>2. Match the columns</source>
        <translation>2. 匹配列</translation>
    </message>
    <message>
        <source>3. Check before importing</source>
        <translation>3. 导入前检查</translation>
    </message>
    <message>
        <source>4. Import</source>
        <translation>4. 导入</translation>
    </message>
    <message>
        <source>Some columns have values but are not mapped: go Back and choose what they hold, or “Leave out this column”.</source>
        <translation>有些列含有数值但尚未映射：请返回并选择这些列的内容，或选择“不导入此列”。</translation>
    </message>
    <message>
        <source>Some rows are invalid: fix the file, or tick “Import valid rows only”.</source>
        <translation>部分行无效：请修改文件，或勾选“仅导入有效行”。</translation>
    </message>
    <message>
        <source>The file corrects stored figures: choose what to do with them first.</source>
        <translation>文件更正了已存数值：请先选择如何处理。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.xlsm *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>(automatic: first sheet with a header)</source>
        <translation>（自动：第一个含表头的工作表）</translation>
    </message>
    <message>
        <source>(every sheet with the same columns)</source>
        <translation>（所有列相同的工作表）</translation>
    </message>
    <message>
        <source>Reading the header…</source>
        <translation>正在读取表头…</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, header on row {row}. Check what each column holds; columns set to “Leave out this column” are not imported.</source>
        <translation>工作表“{sheet}”，表头在第 {row} 行。请核对每一列的内容；设为“不导入此列”的列不会导入。</translation>
    </message>
    <message>
        <source>No header row was recognised in sheet “{sheet}”; row {row} is used as the header. Choose what each column holds.</source>
        <translation>未在工作表“{sheet}”中识别到表头行，将使用第 {row} 行作为表头。请选择每列的内容。</translation>
    </message>
    <message>
        <source>The saved mapping “{name}” was applied.</source>
        <translation>已应用保存的映射方案“{name}”。</translation>
    </message>
    <message>
        <source>No saved mappings yet</source>
        <translation>尚无已保存的映射方案</translation>
    </message>
    <message>
        <source>Type a name for this mapping first.</source>
        <translation>请先为此映射方案输入名称。</translation>
    </message>
    <message>
        <source>Saved the mapping “{name}”; it is applied automatically to files with these columns.</source>
        <translation>已保存映射方案“{name}”；以后导入含有这些列的文件时会自动应用。</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <source>{shown} of 1 figure</source>
        <translation>显示 {shown} / 共 1 个数值</translation>
    </message>
    <message>
        <source>{shown} of {total} figures</source>
        <translation>显示 {shown} / 共 {total} 个数值</translation>
    </message>
    <message>
        <source>What will be stored ({count})</source>
        <translation>将存储的数据（{count}）</translation>
    </message>
    <message>
        <source>New names ({count})</source>
        <translation>新名称（{count}）</translation>
    </message>
    <message>
        <source>{0} new entry</source>
        <translation>{0} 条新记录</translation>
    </message>
    <message>
        <source>{0} new entries</source>
        <translation>{0} 条新记录</translation>
    </message>
    <message>
        <source>{0} already in the store</source>
        <translation>{0} 条已在库中</translation>
    </message>
    <message>
        <source>{0} invalid row</source>
        <translation>{0} 行无效</translation>
    </message>
    <message>
        <source>{0} invalid rows</source>
        <translation>{0} 行无效</translation>
    </message>
    <message>
        <source>{0} skipped row</source>
        <translation>{0} 行已跳过</translation>
    </message>
    <message>
        <source>{0} skipped rows</source>
        <translation>{0} 行已跳过</translation>
    </message>
    <message>
        <source> (blank {blank}, totals {totals}, without figures {empty})</source>
        <translation>（空行 {blank}，合计行 {totals}，无数据 {empty}）</translation>
    </message>
    <message>
        <source>New business units</source>
        <translation>新事业部</translation>
    </message>
    <message>
        <source>New programs</source>
        <translation>新公益项目</translation>
    </message>
    <message>
        <source>New channels</source>
        <translation>新渠道</translation>
    </message>
    <message>
        <source>New metrics</source>
        <translation>新指标</translation>
    </message>
    <message>
        <source>New currency rates</source>
        <translation>新增汇率</translation>
    </message>
    <message>
        <source>New targets</source>
        <translation>新增目标</translation>
    </message>
    <message>
        <source>currency rates read from {file}</source>
        <translation>汇率读取自 {file}</translation>
    </message>
    <message>
        <source>targets read from {file}</source>
        <translation>目标读取自 {file}</translation>
    </message>
    <message>
        <source>Created on import — </source>
        <translation>导入时将新建 — </translation>
    </message>
    <message>
        <source>Note: </source>
        <translation>注意：</translation>
    </message>
    <message>
        <source>row {row} ({label})</source>
        <translation>第 {row} 行（{label}）</translation>
    </message>
    <message>
        <source>Skipped as total rows: {rows}</source>
        <translation>作为合计行跳过：{rows}</translation>
    </message>
    <message>
        <source>Columns with values that are not mapped: {columns}. Go Back and choose what they hold, or “Leave out this column”; nothing is imported until then.</source>
        <translation>含有数值但未映射的列：{columns}。请返回并选择这些列的内容，或选择“不导入此列”；在此之前不会导入任何内容。</translation>
    </message>
    <message>
        <source>Invalid rows ({count})</source>
        <translation>无效行（{count}）</translation>
    </message>
    <message>
        <source>Already in the store ({count})</source>
        <translation>数据库中已有（{count}）</translation>
    </message>
    <message>
        <source>Conflicts ({count})</source>
        <translation>冲突（{count}）</translation>
    </message>
    <message>
        <source>Corrections ({count})</source>
        <translation>更正（{count}）</translation>
    </message>
    <message>
        <source>Importing 1 entry…</source>
        <translation>正在导入 1 条记录…</translation>
    </message>
    <message>
        <source>Importing {count} entries…</source>
        <translation>正在导入 {count} 条记录…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Imported &lt;b&gt;{new}&lt;/b&gt; entries from {file} (sheet {sheet}).</source>
        <translation>已从 {file}（工作表 {sheet}）导入 &lt;b&gt;{new}&lt;/b&gt; 条记录。</translation>
    </message>
    <message>
        <source>{dup} already in the store, {invalid} invalid, {skipped} skipped.</source>
        <translation>{dup} 条已在数据库中，{invalid} 行无效，{skipped} 行已跳过。</translation>
    </message>
    <message>
        <source>Rejected rows and their reasons: {path}</source>
        <translation>被拒绝的行及其原因：{path}</translation>
    </message>
    <message>
        <source>Undo it any time under Import history.</source>
        <translation>可随时在“导入历史”中撤销此次导入。</translation>
    </message>
</context>
<context>
    <name>InlineCatalog</name>
    <message>
        <source>Add business unit “%1”</source>
        <translation>添加事业部“%1”</translation>
    </message>
    <message>
        <source>Add program “%1”</source>
        <translation>添加公益项目“%1”</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>{0}: no entries in this period</source>
        <translation>{0}：本期间没有记录</translation>
    </message>
    <message>
        <source>{0}: {1} {2}</source>
        <translation>{0}：{1} {2}</translation>
    </message>
    <message>
        <source>vs previous period</source>
        <translation>较上一期间</translation>
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
        <translation>本期间有记录的公益项目</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Impact Desktop</source>
        <translation>Impact Desktop</translation>
    </message>
    <message>
        <source>Pages (Ctrl+1 … Ctrl+9)</source>
        <translation>页面（Ctrl+1 … Ctrl+9）</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new, empty database file and switch to it</source>
        <translation>创建一个新的空数据库文件并切换到该文件</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open another Impact Desktop database (Ctrl+O)</source>
        <translation>打开另一个 Impact Desktop 数据库（Ctrl+O）</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Save a &amp;backup copy…</source>
        <translation>保存备份副本(&amp;B)…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Write a consistent copy of the open database to another file (safe while working)</source>
        <translation>将当前数据库一致地复制到另一个文件（工作时也可安全使用）</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace this database&apos;s contents with a backup copy; the current contents are kept beside the file</source>
        <translation>用备份副本替换此数据库的内容；当前内容会另存在文件旁边</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>加载演示数据(&amp;D)</translation>
    </message>
    <message>
        <source>Add the FY2018 figures of the sample philanthropy report to this database</source>
        <translation>将示例公益报告的 2018 财年（FY2018）数据添加到此数据库</translation>
    </message>
    <message>
        <source>&amp;About Impact Desktop</source>
        <translation>关于 Impact Desktop(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>Where the window keeps its size, layout and last page (the composition root passes the app&apos;s settings; by default the application&apos;s per-user QSettings). Refreshes the pages when another program (the command line, a second window) writes the file.</extracomment>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (read-only)</source>
        <translation>%1 — %2（只读）</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <source>The open database file</source>
        <translation>当前打开的数据库文件</translation>
    </message>
    <message>
        <source>The open database file; it cannot be changed here: %1</source>
        <translation>当前打开的数据库文件；此处无法修改它：%1</translation>
    </message>
    <message>
        <source>Last saved %1</source>
        <translation>上次保存于 %1</translation>
    </message>
    <message>
        <source>Nothing saved yet</source>
        <translation>尚未保存任何内容</translation>
    </message>
    <message>
        <source>Every change is written to the database file at once</source>
        <translation>每次修改都会立即写入数据库文件</translation>
    </message>
    <message>
        <source>%n entries</source>
        <translation>%n 条记录</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 条记录</translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <source>Donations</source>
        <translation>捐赠</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>志愿服务时长</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Trees planted</source>
        <translation>植树</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <source>trees</source>
        <translation>棵</translation>
    </message>
</context>
<context>
    <name>MetricCheck</name>
    <message>
        <source>&apos;{0}&apos; is not a valid metric key (lower-case letters, digits and _).</source>
        <translation>“{0}”不是有效的指标键（只能包含小写字母、数字和 _）。</translation>
    </message>
    <message>
        <source>A metric needs a name.</source>
        <translation>指标必须有名称。</translation>
    </message>
    <message>
        <source>A metric name is at most {0} characters, without control characters.</source>
        <translation>指标名称最多 {0} 个字符，且不能包含控制字符。</translation>
    </message>
    <message>
        <source>A money metric must be a flow: amounts add up over time.</source>
        <translation>金额指标必须是流量：金额随时间累加。</translation>
    </message>
    <message>
        <source>A metric needs a unit (hours, trees, people, currency...).</source>
        <translation>指标必须有单位（小时、棵、人、币种……）。</translation>
    </message>
    <message>
        <source>A metric name is at most {0} characters.</source>
        <translation>指标名称最多 {0} 个字符。</translation>
    </message>
</context>
<context>
    <name>MetricDialog</name>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>How the metric is called in forms and reports</source>
        <translation>指标在表单和报告中显示的名称</translation>
    </message>
    <message>
        <source>e.g. Recycling facilities</source>
        <translation>例如 回收设施</translation>
    </message>
    <message>
        <source>Other na&amp;mes:</source>
        <translation>其他名称(&amp;M)：</translation>
    </message>
    <message>
        <source>Other names of this metric, separated by semicolons: imports recognise them as column headers and metric names.</source>
        <translation>此指标的其他名称，用分号分隔：导入时可识别为列标题和指标名称。</translation>
    </message>
    <message>
        <source>e.g. 回收设施; Recycling stations</source>
        <translation>例如 Recycling facilities; 回收站</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>What one counts: facilities, hours, people, trees… (money metrics use the entry&apos;s currency)</source>
        <translation>计量单位：个、小时、人、棵…（金额类指标使用记录的币种）</translation>
    </message>
    <message>
        <source>e.g. facilities</source>
        <translation>例如 个</translation>
    </message>
    <message>
        <source>&amp;Kind of value:</source>
        <translation>数值类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Money keeps the currency each amount was given in; a quantity is a plain number</source>
        <translation>金额会保留每笔款项的原始币种；数量则是普通数字</translation>
    </message>
    <message>
        <source>&amp;Adds up as:</source>
        <translation>汇总方式(&amp;A)：</translation>
    </message>
    <message>
        <source>How totals over time and across units are formed</source>
        <translation>跨时间和跨事业部计算合计的方式</translation>
    </message>
    <message>
        <source>Refuse fractions such as 2.5 trees</source>
        <translation>拒绝小数，例如 2.5 棵树</translation>
    </message>
    <message>
        <source>Whole numbers only</source>
        <translation>仅限整数</translation>
    </message>
    <message>
        <source>&amp;B4SI input:</source>
        <translation>B4SI 投入方式(&amp;B)：</translation>
    </message>
    <message>
        <source>Default B4SI input type for new entries of this metric (how the company contributes)</source>
        <translation>此指标新记录的默认 B4SI 投入方式（公司以何种方式投入）</translation>
    </message>
    <message>
        <source>M&amp;otivation:</source>
        <translation>目的(&amp;O)：</translation>
    </message>
    <message>
        <source>Default B4SI motivation for new entries (why)</source>
        <translation>新记录的默认 B4SI 目的（为何投入）</translation>
    </message>
    <message>
        <source>&amp;Funding source:</source>
        <translation>资金来源(&amp;F)：</translation>
    </message>
    <message>
        <source>Default funding source: the company&apos;s own money, or leverage raised from others</source>
        <translation>默认资金来源：公司自有资金，或向他人募集的撬动资金</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Optional: what exactly is counted</source>
        <translation>可选：具体统计的内容</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Edit metric</source>
        <translation>编辑指标</translation>
    </message>
    <message>
        <source>New metric</source>
        <translation>新建指标</translation>
    </message>
    <message>
        <source>Quantity (a plain number)</source>
        <translation>数量（普通数字）</translation>
    </message>
    <message>
        <source>Money (keeps its currency)</source>
        <translation>金额（保留币种）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Fixed once the metric exists: it defines what figures already entered mean.</source>
        <translation>指标创建后不可更改：它决定了已录入数据的含义。</translation>
    </message>
    <message>
        <source>A metric needs a name.</source>
        <translation>指标必须有名称。</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>Adds up over months and across units: money, hours, trees planted.</source>
        <extracomment>The stored unit of money metrics (as the built-in Donations): data, not a display text.</extracomment>
        <translation>跨月份和事业部累加：金额、小时数、植树数量。</translation>
    </message>
    <message>
        <source>A level at a point in time: a period shows its latest value, never a sum of months
(facilities in operation, cities covered, partner non-profits).</source>
        <translation>某一时点的水平：期间显示其最新值，绝不按月累加
（运营中的设施、覆盖的城市、合作公益组织）。</translation>
    </message>
    <message>
        <source>People or things counted once: never added across units or periods,
reported as entered for the period (volunteers).</source>
        <translation>只计一次的人或事物：绝不跨事业部或跨期间相加，
按该期间录入的数值报告（志愿者）。</translation>
    </message>
</context>
<context>
    <name>MetricsPage</name>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>What is measured, in which unit, and how it adds up. Built-in metrics can be renamed but not deleted; a metric of your own can be deleted while no entry or target uses it.</source>
        <translation>统计什么、使用什么单位以及如何汇总。内置指标可以重命名但不能删除；自定义指标在没有任何记录或目标使用时可以删除。</translation>
    </message>
    <message>
        <source>Add a new row (Ins)</source>
        <translation>添加新行（Ins）</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit the selected row (Enter)</source>
        <translation>编辑所选行（Enter）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete the selected rows (Del); Undo brings them back</source>
        <translation>删除所选行（Del）；可通过撤销恢复</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The metric catalogue; Enter edits the selected metric</source>
        <translation>指标目录；按 Enter 编辑所选指标</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>How it adds up</source>
        <translation>汇总方式</translation>
    </message>
    <message>
        <source>Whole numbers</source>
        <translation>仅限整数</translation>
    </message>
    <message>
        <source>B4SI input</source>
        <translation>B4SI 投入方式</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>No metrics.</source>
        <translation>没有指标。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>currency of each entry</source>
        <translation>各记录的币种</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Add metric “%1”</source>
        <translation>添加指标“%1”</translation>
    </message>
    <message>
        <source>Edit metric “%1”</source>
        <translation>编辑指标“%1”</translation>
    </message>
    <message>
        <source>Delete metric</source>
        <translation>删除指标</translation>
    </message>
    <message>
        <source>Delete %1 metrics</source>
        <translation>删除 %1 个指标</translation>
    </message>
</context>
<context>
    <name>Month</name>
    <message>
        <source>Jan</source>
        <extracomment>Hatch patterns, one per round of the twelve colours (&quot;&quot; = solid fill); the legend explains them whenever a chart needs them. How many units a chart shows before folding the rest into &quot;Other (k units)&quot;. Category charts with more bars than this are drawn as horizontal bars sorted by value. Lines drawn against the right-hand axis (e.g. a cumulative total next to monthly bars). Bars along y, one category per row, sorted by value (many categories, long names). Print the value on each bar (single-series category charts). Words under the legend that explain it (hatching, &quot;Other&quot;, which axis). For month axes: yyyymm of each category, so axes can label months or quarters. One style per category for single-series bars (each business unit its own colour).</extracomment>
        <translation>1月</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
</context>
<context>
    <name>NameCheck</name>
    <message>
        <source>A business unit needs a name.</source>
        <extracomment>Longest name of a business unit, program, channel or metric: it must fit a report table. Characters no name may hold: control characters (NUL…) and lone surrogates (not storable text).</extracomment>
        <translation>事业部必须有名称。</translation>
    </message>
    <message>
        <source>A business unit name is at most {0} characters.</source>
        <translation>事业部名称最多 {0} 个字符。</translation>
    </message>
    <message>
        <source>A business unit name cannot hold control characters such as NUL.</source>
        <translation>事业部名称不能包含 NUL 等控制字符。</translation>
    </message>
    <message>
        <source>A program needs a name.</source>
        <translation>公益项目必须有名称。</translation>
    </message>
    <message>
        <source>A program name is at most {0} characters.</source>
        <translation>公益项目名称最多 {0} 个字符。</translation>
    </message>
    <message>
        <source>A program name cannot hold control characters such as NUL.</source>
        <translation>公益项目名称不能包含 NUL 等控制字符。</translation>
    </message>
    <message>
        <source>A channel needs a name.</source>
        <translation>渠道必须有名称。</translation>
    </message>
    <message>
        <source>A channel name is at most {0} characters.</source>
        <translation>渠道名称最多 {0} 个字符。</translation>
    </message>
    <message>
        <source>A channel name cannot hold control characters such as NUL.</source>
        <translation>渠道名称不能包含 NUL 等控制字符。</translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <source>A name is at most {0} characters.</source>
        <translation>名称最多 {0} 个字符。</translation>
    </message>
    <message>
        <source>A name cannot hold control characters such as NUL.</source>
        <translation>名称不能包含 NUL 等控制字符。</translation>
    </message>
    <message>
        <source>{0} (&apos;{1}&apos;)</source>
        <extracomment>Stored unit id → its parent&apos;s id (None at the top). New unit id → the id of the unit it is created under (see :mod:`import_hierarchy`). Unit name key → (name, parent name or &quot;&quot; for the top) as the file&apos;s rows give it. Units whose rows name more than one parent: (name, first parent, other parent). Every id of a unit, program or channel stored (deleted ones too): a new row&apos;s id must differ. The user&apos;s &quot;same as&quot; choices, by kind then name key. Alternative names the import records (a &quot;same as&quot; that a row used): (kind, target id, key) → name. Stored program id → its unit&apos;s id.</extracomment>
        <translation>{0}（“{1}”）</translation>
    </message>
</context>
<context>
    <name>OpenFailure</name>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>The file has not been changed. You can open another database, create a new one, or quit.</source>
        <translation>该文件未被更改。您可以打开其他数据库、新建数据库或退出。</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>打开其他数据库…</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>That file has not been changed, and the current database stays open.</source>
        <translation>该文件未被更改，当前数据库仍保持打开。</translation>
    </message>
    <message>
        <source>Impact Desktop databases (*.db *.sqlite *.sqlite3 *.impact);;All files (*)</source>
        <translation>Impact Desktop 数据库 (*.db *.sqlite *.sqlite3 *.impact);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>&lt;h2&gt;Overview&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;概览&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>Which fiscal year the totals cover</source>
        <translation>合计所涵盖的财年</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No figures yet&lt;/h3&gt;&lt;p&gt;Impact Desktop totals what your business units do for society.&lt;br&gt;To get started:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;add a business unit and a program under &lt;b&gt;Business units &amp;amp; programs&lt;/b&gt;,&lt;/li&gt;&lt;li&gt;type figures on the &lt;b&gt;Entries&lt;/b&gt; page (Ctrl+N), or import a spreadsheet from the &lt;b&gt;Data&lt;/b&gt; menu,&lt;/li&gt;&lt;li&gt;or explore with the sample report&apos;s figures: &lt;b&gt;Help → Load demo data&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;h3&gt;还没有数据&lt;/h3&gt;&lt;p&gt;Impact Desktop 汇总贵公司各事业部为社会所做的贡献。&lt;br&gt;开始使用：&lt;/p&gt;&lt;ol&gt;&lt;li&gt;在&lt;b&gt;事业部 &amp;amp; 公益项目&lt;/b&gt;中添加一个事业部和一个公益项目，&lt;/li&gt;&lt;li&gt;在&lt;b&gt;记录&lt;/b&gt;页面中录入数据（Ctrl+N），或从&lt;b&gt;数据&lt;/b&gt;菜单导入电子表格，&lt;/li&gt;&lt;li&gt;或者用示例报告的数据体验本程序：&lt;b&gt;帮助 → 加载演示数据&lt;/b&gt;。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>新建记录…</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>加载演示数据</translation>
    </message>
    <message>
        <source>&lt;b&gt;Totals&lt;/b&gt;</source>
        <translation>&lt;b&gt;合计&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;By business unit&lt;/b&gt;</source>
        <translation>&lt;b&gt;按事业部&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Computing totals…</source>
        <translation>正在计算合计…</translation>
    </message>
    <message>
        <source>FY%1 (%2 – %3)</source>
        <translation>%1 财年（%2 – %3）</translation>
    </message>
    <message>
        <source>All data</source>
        <translation>全部数据</translation>
    </message>
    <message>
        <source>%1 to %2 · 1 entry · money in %4</source>
        <translation>%1 至 %2 · 1 条记录 · 金额单位 %4</translation>
    </message>
    <message>
        <source>%1 to %2 · %3 entries · money in %4</source>
        <translation>%1 至 %2 · %3 条记录 · 金额单位 %4</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>达成率</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Overview</source>
        <extracomment>Data → New entry… (Ctrl+N from any page). File → Import… and Export…, the import history page.</extracomment>
        <translation>概览</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>新建记录(&amp;N)…</translation>
    </message>
    <message>
        <source>Type a new figure (Ctrl+N)</source>
        <translation>录入新数据（Ctrl+N）</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
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
        <translation>公益项目</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>The program&apos;s name, unique within its business unit</source>
        <translation>公益项目名称，在所属事业部内必须唯一</translation>
    </message>
    <message>
        <source>e.g. Ant Forest</source>
        <translation>例如 蚂蚁森林</translation>
    </message>
    <message>
        <source>Other na&amp;mes:</source>
        <translation>其他名称(&amp;M)：</translation>
    </message>
    <message>
        <source>Other names of this program, separated by semicolons: its name in the other language, abbreviations, former names. Imports recognise every one of them.</source>
        <translation>此公益项目的其他名称，用分号分隔：另一种语言的名称、简称、曾用名。导入时每个名称都能识别。</translation>
    </message>
    <message>
        <source>e.g. 蚂蚁森林</source>
        <translation>例如 Ant Forest</translation>
    </message>
    <message>
        <source>&amp;Business unit:</source>
        <translation>事业部(&amp;B)：</translation>
    </message>
    <message>
        <source>The business unit that runs this program</source>
        <translation>负责运营此公益项目的事业部</translation>
    </message>
    <message>
        <source>Ne&amp;w…</source>
        <translation>新建(&amp;W)…</translation>
    </message>
    <message>
        <source>Create a business unit without leaving this dialog</source>
        <translation>不离开此对话框即可新建事业部</translation>
    </message>
    <message>
        <source>&amp;Cause area:</source>
        <translation>公益领域(&amp;C)：</translation>
    </message>
    <message>
        <source>What the program is for (B4SI “what”); pick one or type your own</source>
        <translation>公益项目的用途（B4SI 中的“什么”）；可从列表选择或自行输入</translation>
    </message>
    <message>
        <source>&amp;Geography:</source>
        <translation>覆盖地区(&amp;G)：</translation>
    </message>
    <message>
        <source>Where the program runs (B4SI “where”)</source>
        <translation>公益项目的开展地区（B4SI 中的“哪里”）</translation>
    </message>
    <message>
        <source>e.g. 364 cities in China</source>
        <translation>例如 中国 364 个城市</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>First day of the program, e.g. 2017-04-01 or 1 April 2017 (optional)</source>
        <translation>公益项目的第一天，例如 2017-04-01 或 2017年4月1日（可选）</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation>YYYY-MM-DD（可选）</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>结束日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Last day of the program (optional; leave empty while it runs)</source>
        <translation>公益项目的最后一天（可选；项目进行期间请留空）</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Planned, active or completed</source>
        <translation>计划中、进行中或已完成</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Optional notes about this program</source>
        <translation>关于此公益项目的备注（可选）</translation>
    </message>
    <message>
        <source>Edit program</source>
        <translation>编辑公益项目</translation>
    </message>
    <message>
        <source>New program</source>
        <translation>新建公益项目</translation>
    </message>
    <message>
        <source>No business unit yet: create one with New…</source>
        <translation>还没有事业部：用“新建…”创建一个</translation>
    </message>
    <message>
        <source>Choose the business unit that runs this program (create one first if the list is empty).</source>
        <translation>请选择负责运营此公益项目的事业部（如果列表为空，请先创建事业部）。</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>The program ends (%1) before it starts (%2).</source>
        <translation>公益项目的结束日期（%1）早于开始日期（%2）。</translation>
    </message>
</context>
<context>
    <name>QuickEntryPanel</name>
    <message>
        <source>Quick entry: program, metric and period stay after each save, so you can type value after value</source>
        <translation>快速录入：每次保存后公益项目、指标和期间保持不变，可以连续录入多个数值</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quick entry&lt;/b&gt;</source>
        <translation>&lt;b&gt;快速录入&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Program (type to search)</source>
        <translation>公益项目（输入以搜索）</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>公益项目</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Create a program (and its business unit) without leaving the quick entry</source>
        <translation>不离开快速录入即可新建公益项目（及其事业部）</translation>
    </message>
    <message>
        <source>New program</source>
        <translation>新建公益项目</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>2018-03-01, 2018-03, 2018-Q1, FY2018, 2018年3月</source>
        <translation>2018-03-01, 2018-03, 2018-Q1, FY2018, 2018年3月</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>e.g. 12,500 or 1.5万 or ¥3,000; Enter saves</source>
        <translation>例如 12,500、1.5万 或 ¥3,000；按 Enter 保存</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Save this entry (Enter)</source>
        <translation>保存此记录（Enter）</translation>
    </message>
    <message>
        <source>Pick a program, a metric and a period, then type values and press Enter after each one.</source>
        <translation>选择公益项目、指标和期间，然后逐个输入数值，每输入一个按一次 Enter。</translation>
    </message>
    <message>
        <source>%1 is in the future: press Enter again to save it there.</source>
        <translation>%1 在将来：再按一次 Enter 即保存到该期间。</translation>
    </message>
    <message>
        <source>Saved %1 for %2 (Ctrl+Z undoes).</source>
        <translation>已为 %2 保存 %1（按 Ctrl+Z 撤销）。</translation>
    </message>
</context>
<context>
    <name>RateCheck</name>
    <message>
        <source>Missing currency rate {0}→{1} for {2}: add it under Currency rates (or with a rate covering that month).</source>
        <translation>缺少 {2} 的 {0}→{1} 汇率：请在“汇率”中添加（或添加一个覆盖该月的汇率）。</translation>
    </message>
    <message>
        <source>A currency rate must be positive, not {0}.</source>
        <translation>汇率必须为正数，而不是 {0}。</translation>
    </message>
    <message>
        <source>A rate needs two different currencies.</source>
        <translation>汇率需要两种不同的币种。</translation>
    </message>
    <message>
        <source>&apos;{0}…&apos; is not a rate (write it like 0.1449).</source>
        <extracomment>What one unit of any currency can be worth in another: beyond this a rate is a typing slip (1E+308).</extracomment>
        <translation>“{0}…”不是汇率（请写成 0.1449 这样的形式）。</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a rate (write it like 0.1449).</source>
        <translation>“{0}”不是汇率（请写成 0.1449 这样的形式）。</translation>
    </message>
    <message>
        <source>A currency rate must be a positive number, not {0}.</source>
        <translation>汇率必须是正数，而不是 {0}。</translation>
    </message>
    <message>
        <source>A currency rate of {0} cannot be right: rates lie between {1} and {2}.</source>
        <translation>汇率 {0} 不可能正确：汇率应介于 {1} 与 {2} 之间。</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is in scientific notation, which can hide dropped digits: write the rate in full (like 1000 or 0.1449).</source>
        <translation>&apos;{0}&apos; 是科学计数法，可能隐去了被舍掉的数字：请写出完整的汇率（如 1000 或 0.1449）。</translation>
    </message>
    <message>
        <source>There is already a rate {source}→{target} for {period} ({rate}): edit that one instead.</source>
        <translation>{period} 已有 {source}→{target} 的汇率（{rate}）：请编辑该汇率。</translation>
    </message>
    <message>
        <source>There is already a rate {source}→{target} for {period} ({rate}); a {target}→{source} rate for the same period would contradict it: edit that one instead.</source>
        <translation>{period} 已有 {source}→{target} 的汇率（{rate}）；同一期间的 {target}→{source} 汇率会与之矛盾：请编辑该汇率。</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <source>Currency rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>源币种(&amp;F)：</translation>
    </message>
    <message>
        <source>The currency converted from (three letters, e.g. CNY)</source>
        <translation>换算前的币种（三个字母，例如 CNY）</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>目标币种(&amp;T)：</translation>
    </message>
    <message>
        <source>The currency converted to (three letters, e.g. USD)</source>
        <translation>换算后的币种（三个字母，例如 USD）</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>When the rate applies: FY2018, 2018, 2018-Q1 or 2018-03; a monthly rate overrides a yearly one</source>
        <translation>汇率适用的期间：FY2018、2018、2018-Q1 或 2018-03；月度汇率优先于年度汇率</translation>
    </message>
    <message>
        <source>e.g. FY2018 or 2018-03</source>
        <translation>例如 FY2018 或 2018-03</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>汇率(&amp;R)：</translation>
    </message>
    <message>
        <source>How many units of To one unit of From is worth, exactly as published</source>
        <translation>1 单位源币种可兑换多少单位目标币种，请按公布值精确填写</translation>
    </message>
    <message>
        <source>e.g. 0.1449</source>
        <translation>例如 0.1449</translation>
    </message>
    <message>
        <source>Edit currency rate</source>
        <translation>编辑汇率</translation>
    </message>
    <message>
        <source>New currency rate</source>
        <translation>新建汇率</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>期间：%1</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3, so 1 %3 ≈ %4 %1</source>
        <translation>1 %1 = %2 %3，即 1 %3 ≈ %4 %1</translation>
    </message>
</context>
<context>
    <name>RatesPage</name>
    <message>
        <source>Currency rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Add a new row (Ins)</source>
        <translation>添加新行（Ins）</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit the selected row (Enter)</source>
        <translation>编辑所选行（Enter）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete the selected rows (Del); Undo brings them back</source>
        <translation>删除所选行（Del）；可通过撤销恢复</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>List every currency and month the current data needs a rate for and does not have</source>
        <translation>列出当前数据需要但尚未设置汇率的所有币种和月份</translation>
    </message>
    <message>
        <source>Check missing rates</source>
        <translation>检查缺失的汇率</translation>
    </message>
    <message>
        <source>Every rate: 1 unit of From is worth Rate units of To over the period</source>
        <translation>所有汇率：在该期间内，1 单位源币种可兑换“汇率”单位的目标币种</translation>
    </message>
    <message>
        <source>From</source>
        <translation>源币种</translation>
    </message>
    <message>
        <source>To</source>
        <translation>目标币种</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>No currency rates yet.

Click “Add…” to enter one, for example 1 CNY = 0.1449 USD for FY2018. Totals need a rate for every currency other than the reporting currency.</source>
        <translation>还没有汇率。

点击“添加…”录入汇率，例如为 FY2018 录入 1 CNY = 0.1449 USD。报告币种以外的每种币种都需要汇率才能计算合计。</translation>
    </message>
    <message>
        <source>Rates the current data still needs:</source>
        <translation>当前数据仍需要的汇率：</translation>
    </message>
    <message>
        <source>Each missing rate, by currency pair and month; add a rate covering it</source>
        <translation>按币种对和月份列出的每个缺失汇率；请添加涵盖它的汇率</translation>
    </message>
    <message>
        <source>Totals are converted into the reporting currency, &lt;b&gt;%1&lt;/b&gt; (change it in Settings). A rate says 1 &lt;i&gt;From&lt;/i&gt; = &lt;i&gt;Rate&lt;/i&gt; &lt;i&gt;To&lt;/i&gt; over a period; a monthly rate overrides a yearly one, and a pair also works the other way round.</source>
        <translation>合计会换算为报告币种 &lt;b&gt;%1&lt;/b&gt;（可在“设置”中修改）。汇率表示在某一期间内 1 &lt;i&gt;源币种&lt;/i&gt; = &lt;i&gt;汇率&lt;/i&gt; &lt;i&gt;目标币种&lt;/i&gt;；月度汇率优先于年度汇率，且同一币种对也可反向换算。</translation>
    </message>
    <message>
        <source>Nothing missing: every amount can be converted to %1.</source>
        <translation>没有缺失：所有金额都可以换算为 %1。</translation>
    </message>
    <message>
        <source>%1 → %2 for %3: no rate covers this month (double-click to add one)</source>
        <translation>%1 → %2（%3）：没有涵盖该月份的汇率（双击添加）</translation>
    </message>
    <message>
        <source>%1 → %2 for %3: %4 rates contradict each other; keep one (double-click to select them)</source>
        <translation>%1 → %2（%3）：%4 个汇率相互矛盾，请只保留一个（双击选中它们）</translation>
    </message>
    <message>
        <source>%1 for %2: totals use only one of them. Change or delete all but one.</source>
        <translation>%1（%2）：合计只会使用其中一个。请修改或删除其余汇率，只保留一个。</translation>
    </message>
    <message>
        <source>Add rate %1→%2</source>
        <translation>添加汇率 %1→%2</translation>
    </message>
    <message>
        <source>Edit rate %1→%2</source>
        <translation>编辑汇率 %1→%2</translation>
    </message>
    <message>
        <source>Delete rate</source>
        <translation>删除汇率</translation>
    </message>
    <message>
        <source>Delete %1 rates</source>
        <translation>删除 %1 个汇率</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Delete rows</source>
        <translation>删除行</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected rows? Edit → Undo brings them back.</source>
        <translation>
            <numerusform>要删除所选的 %n 行吗？可通过“编辑 → 撤销”恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete rows</source>
        <translation>删除行(&amp;D)</translation>
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
        <translation>{0}内没有符合此筛选的记录，无可打印内容。请在仪表板上选择其他期间或事业部。</translation>
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
        <source>The report is a PDF file: choose a name ending in .pdf, not “{0}”.</source>
        <translation>报告是 PDF 文件：请选择以 .pdf 结尾的文件名，而不是“{0}”。</translation>
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
    <name>ReportFile</name>
    <message>
        <source>The report is a PDF file: give a name ending in .pdf, not &apos;{0}&apos;.</source>
        <translation>报告是 PDF 文件：请给出以 .pdf 结尾的文件名，而不是“{0}”。</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>How these figures add up</source>
        <translation>这些数字如何汇总</translation>
    </message>
    <message>
        <source>About these B4SI figures</source>
        <translation>关于这些 B4SI 数据</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>The company contribution counts only what the company funds itself: cash, employees&apos; time in paid hours, in-kind goods and services at cost, and the management costs of the programs. Money mobilised from employees, customers, platform users and partners is leverage, reported beside it and never added in.</source>
        <translation>公司贡献只计算公司自行出资的部分：现金、员工带薪工时、按成本计的实物与服务，以及项目的管理成本。从员工、客户、平台用户和合作伙伴动员的资金属于撬动资金，与之并列报告，绝不计入公司贡献。</translation>
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
        <translation>事业部：{0}</translation>
    </message>
    <message>
        <source>Generated {0} {1}</source>
        <translation>生成于 {0} {1}</translation>
    </message>
    <message>
        <source>No entries in the period</source>
        <translation>本期间没有记录</translation>
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
        <translation>流量指标（金额、时长、树木…）按期间内各月份和各事业部累加。</translation>
    </message>
    <message>
        <source>Stocks, shown as the latest value in the period and never summed over months: {0}.</source>
        <translation>存量指标显示期间内的最新值，从不按月累加：{0}。</translation>
    </message>
    <message>
        <source>Distinct counts, shown as the largest figure entered and never added across units or months: {0}.</source>
        <translation>去重计数，取录入的最大值，绝不跨事业部或跨月相加：{0}。</translation>
    </message>
    <message>
        <source>The period is not over (or its figures stop early): Change compares the same months of the previous period ({0}); Achieved is the value as a share of the target set for the whole period.</source>
        <translation>本期间尚未结束（或数据提前截止）：“变化”与上一期间的相同月份（{0}）比较；“达成率”为数值占整个期间目标的比例。</translation>
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
        <translation>全部公益项目</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>公益项目</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>事业部</translation>
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
        <translation>金额以原始币种保存，并按以下汇率逐月换算为 {0}：</translation>
    </message>
    <message>
        <source>{0}: a flow, summed over time and units.</source>
        <translation>{0}：流量指标，按时间和事业部累加。</translation>
    </message>
    <message>
        <source>Aggregation rules</source>
        <translation>汇总规则</translation>
    </message>
    <message>
        <source>1 entry in the period.</source>
        <translation>本期间共 1 条记录。</translation>
    </message>
    <message>
        <source>{0} entries in the period.</source>
        <translation>本期间共 {0} 条记录。</translation>
    </message>
    <message>
        <source>imported from spreadsheets</source>
        <translation>从电子表格导入</translation>
    </message>
    <message>
        <source>typed in, demo data or merged from another computer</source>
        <translation>手动录入、演示数据或从其他电脑合并</translation>
    </message>
    <message>
        <source>{0}: {1} entries</source>
        <translation>{0}：{1} 条记录</translation>
    </message>
    <message>
        <source>{0}: 1 entry</source>
        <translation>{0}：1 条记录</translation>
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
    <name>ReportTable</name>
    <message>
        <source>{0} (continued)</source>
        <extracomment>May be narrowed (and its text elided) when the table is too wide; numbers never are. Rows the column widths are measured on (default: ``rows``); tables that share them line up.</extracomment>
        <translation>{0}（续）</translation>
    </message>
</context>
<context>
    <name>Scope</name>
    <message>
        <source>Give either a fiscal year or a date range, not both.</source>
        <translation>请给出财年或日期范围，不能同时给出两者。</translation>
    </message>
    <message>
        <source>The range ends ({0}) before it starts ({1}).</source>
        <translation>范围的结束日期（{0}）早于开始日期（{1}）。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>There is no business unit named &apos;{0}&apos; (known: {1}).</source>
        <translation>没有名为“{0}”的事业部（现有：{1}）。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The fiscal year starts in a month from 1 to 12.</source>
        <extracomment>What one hour of employee volunteering costs the company (in the reporting currency), so that B4SI can value time; ``None``: hours are reported without a value.</extracomment>
        <translation>财年的起始月份必须在 1 到 12 之间。</translation>
    </message>
    <message>
        <source>The cost of a volunteer hour cannot be negative.</source>
        <translation>每志愿服务小时的成本不能为负数。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>This database (the same for everyone who uses the file)</source>
        <translation>此数据库（对使用该文件的所有人相同）</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <source>The organisation&apos;s name, printed on reports</source>
        <translation>组织名称，将打印在报告上</translation>
    </message>
    <message>
        <source>e.g. Alibaba Group</source>
        <translation>例如 阿里巴巴集团</translation>
    </message>
    <message>
        <source>&amp;Reporting currency:</source>
        <translation>报告币种(&amp;R)：</translation>
    </message>
    <message>
        <source>Totals, charts and reports convert every amount into this currency (three letters, e.g. CNY)</source>
        <translation>合计、图表和报告会将所有金额换算为此币种（三个字母，例如 CNY）</translation>
    </message>
    <message>
        <source>&amp;Fiscal year starts in:</source>
        <translation>财年起始月份(&amp;F)：</translation>
    </message>
    <message>
        <source>The first month of the fiscal year; a fiscal year is named after the calendar year it ends in</source>
        <translation>财年的第一个月；财年以其结束所在的日历年命名</translation>
    </message>
    <message>
        <source>Cost of a volunteer &amp;hour:</source>
        <translation>每志愿小时成本(&amp;H)：</translation>
    </message>
    <message>
        <source>What one hour of employee volunteering costs the company, in the reporting currency; B4SI values time with it. Leave empty to report hours only.</source>
        <translation>员工志愿服务一小时给公司带来的成本（以报告货币计）；B4SI 据此为时间投入估值。留空则只报告小时数。</translation>
    </message>
    <message>
        <source>not set: time reported in hours only</source>
        <translation>未设置：时间仅以小时报告</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>此电脑</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>设备名称(&amp;D)：</translation>
    </message>
    <message>
        <source>How this computer is named when databases from several machines are merged</source>
        <translation>合并来自多台电脑的数据库时，用于标识此电脑的名称</translation>
    </message>
    <message>
        <source>e.g. Hangzhou office laptop</source>
        <translation>例如 杭州办公室笔记本</translation>
    </message>
    <message>
        <source>De&amp;fault database:</source>
        <translation>默认数据库(&amp;F)：</translation>
    </message>
    <message>
        <source>The database opened when Impact Desktop starts without one; leave empty for the standard location</source>
        <translation>Impact Desktop 启动时未指定数据库则打开此数据库；留空表示使用标准位置</translation>
    </message>
    <message>
        <source>standard location</source>
        <translation>标准位置</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>选择数据库文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Default database</source>
        <translation>默认数据库</translation>
    </message>
    <message>
        <source>Impact Desktop databases (*.db *.sqlite);;All files (*)</source>
        <translation>Impact Desktop 数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>FY%1 runs from %2 to %3.</source>
        <translation>%1 财年为 %2 至 %3。</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a database file.</source>
        <translation>%1 是文件夹，请选择数据库文件。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The cost of a volunteer hour is a number of at least 0, e.g. 150.</source>
        <translation>每志愿小时成本须为不小于 0 的数字，例如 150。</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>更改设置</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>Line {0} (&apos;{1}&apos;) has a program but no business unit before the &apos;/&apos;.</source>
        <extracomment>The first program created (an entry form can start on it).</extracomment>
        <translation>第 {0} 行（“{1}”）有公益项目，但“/”之前没有事业部。</translation>
    </message>
    <message>
        <source>Type your organisation&apos;s name.</source>
        <translation>请输入您的组织名称。</translation>
    </message>
    <message>
        <source>Choose the first month of the fiscal year.</source>
        <translation>请选择财年的第一个月。</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up Impact Desktop</source>
        <translation>设置 Impact Desktop</translation>
    </message>
    <message>
        <source>A few details, and the business units and programs your figures belong to. Everything can be changed later (Settings, Business units &amp; programs).</source>
        <translation>填写几项基本信息，以及数据所属的事业部和公益项目。以后都可以修改（设置、事业部与公益项目）。</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <source>e.g. Alibaba Group</source>
        <translation>例如 阿里巴巴集团</translation>
    </message>
    <message>
        <source>Shown on the dashboard and the report&apos;s title page</source>
        <translation>显示在仪表板和报告封面上</translation>
    </message>
    <message>
        <source>Reporting &amp;currency:</source>
        <translation>报告币种(&amp;C)：</translation>
    </message>
    <message>
        <source>Totals are converted to this currency (amounts keep the currency they were given in)</source>
        <translation>合计换算为此币种（每笔金额保留其原始币种）</translation>
    </message>
    <message>
        <source>&amp;Fiscal year starts in:</source>
        <translation>财年起始月份(&amp;F)：</translation>
    </message>
    <message>
        <source>The first month of your fiscal year (April for the group&apos;s FY2018: April 2017 – March 2018)</source>
        <translation>财年的第一个月（集团 FY2018 为四月：2017 年 4 月至 2018 年 3 月）</translation>
    </message>
    <message>
        <source>&amp;Units and programs:</source>
        <translation>事业部和公益项目(&amp;U)：</translation>
    </message>
    <message>
        <source>One per line: Business unit / Program. A line without “/” is a unit on its own; “Ant Financial = 蚂蚁金服” gives a name in the other language.</source>
        <translation>每行一个：事业部 / 公益项目。没有“/”的行只是一个事业部；“蚂蚁金服 = Ant Financial”可给出另一种语言的名称。</translation>
    </message>
    <message>
        <source>Ant Financial = 蚂蚁金服 / Ant Forest = 蚂蚁森林
Cainiao / Green logistics recycling</source>
        <translation>蚂蚁金服 = Ant Financial / 蚂蚁森林 = Ant Forest
菜鸟 / 绿色物流回收</translation>
    </message>
    <message>
        <source>&amp;Read them from a spreadsheet…</source>
        <translation>从电子表格读取(&amp;R)…</translation>
    </message>
    <message>
        <source>A sheet with Business unit, Other name of the unit, Program, Other name of the program, Parent unit, Cause area and Geography columns</source>
        <translation>包含事业部、事业部其他名称、公益项目、项目其他名称、上级单位、公益领域和地区列的工作表</translation>
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation>保存模板(&amp;T)…</translation>
    </message>
    <message>
        <source>An Excel file with those columns and two example rows</source>
        <translation>包含这些列和两行示例的 Excel 文件</translation>
    </message>
    <message>
        <source>&amp;Save and start</source>
        <extracomment>Topics every view refreshes on after the setup.</extracomment>
        <translation>保存并开始(&amp;S)</translation>
    </message>
    <message>
        <source>Type at least one business unit and its program (Business unit / Program), or read them from a spreadsheet.</source>
        <translation>请至少输入一个事业部及其公益项目（事业部 / 公益项目），或从电子表格读取。</translation>
    </message>
    <message>
        <source>Units and programs</source>
        <translation>事业部和公益项目</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.xlsm *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Read 1 row; check it below, then save.</source>
        <translation>已读取 1 行；请在下方检查后保存。</translation>
    </message>
    <message>
        <source>Read {count} rows; check them below, then save.</source>
        <translation>已读取 {count} 行；请在下方检查后保存。</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>units-and-programs.xlsx</source>
        <translation>事业部和公益项目.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved the template to {path}: fill it in, then read it here.</source>
        <translation>模板已保存到 {path}：填写后在此读取。</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot read {0}: {1}.</source>
        <translation>无法读取 {0}：{1}。</translation>
    </message>
    <message>
        <source>{0} already exists; nothing was written.</source>
        <extracomment>Copy every page in one step: one read snapshot, so writers elsewhere (never blocked in WAL mode) cannot make the copy start over again and again, as they would between small steps.</extracomment>
        <translation>{0} 已存在；未写入任何内容。</translation>
    </message>
    <message>
        <source>The copy failed its integrity check ({0}); nothing was written.</source>
        <translation>副本未通过完整性检查（{0}）；未写入任何内容。</translation>
    </message>
    <message>
        <source>{0} was not upgraded: the copy kept before upgrading could not be written ({1}); nothing was changed.</source>
        <translation>{0} 未升级：无法写入升级前保留的副本（{1}）；未做任何更改。</translation>
    </message>
    <message>
        <source>Cannot write the copy {0}: {1}.</source>
        <translation>无法写入副本 {0}：{1}。</translation>
    </message>
    <message>
        <source>No such database file: {0}</source>
        <translation>数据库文件不存在：{0}</translation>
    </message>
    <message>
        <source>{0} is an empty file (0 bytes), not an Impact Desktop database; it was left as it was.</source>
        <translation>{0} 是空文件（0 字节），不是 Impact Desktop 数据库；已保持原样。</translation>
    </message>
    <message>
        <source>Cannot open {0}: {1}.</source>
        <translation>无法打开 {0}：{1}。</translation>
    </message>
    <message>
        <source>{0} was written by an older version and needs an upgrade, which cannot be written here ({1}); open it once where it can be written.</source>
        <translation>{0} 由旧版本写入，需要升级，但在此处无法写入（{1}）；请在可写入的位置打开一次。</translation>
    </message>
    <message>
        <source>Cannot create {0}: {1}.</source>
        <translation>无法创建 {0}：{1}。</translation>
    </message>
    <message>
        <source>Cannot create {0}: {1}; no file was made.</source>
        <translation>无法创建 {0}：{1}；未创建任何文件。</translation>
    </message>
    <message>
        <source>Cannot create {0}: the file system does not support SQLite&apos;s WAL journal.</source>
        <translation>无法创建 {0}：该文件系统不支持 SQLite 的 WAL 日志。</translation>
    </message>
    <message>
        <source>{0} is an empty file (0 bytes), not an Impact Desktop database.</source>
        <translation>{0} 是空文件（0 字节），不是 Impact Desktop 数据库。</translation>
    </message>
    <message>
        <source>{0} is not an Impact Desktop database (it is not an SQLite file).</source>
        <translation>{0} 不是 Impact Desktop 数据库（它不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>{0} is damaged and cannot be opened ({1}).</source>
        <extracomment>Files up to this size get a full ``quick_check`` before opening (~30 ms per 30 MB); larger ones only a structural probe, so a million-entry database still opens in well under a second. Damage found later surfaces as a StoreError from the operation.</extracomment>
        <translation>{0} 已损坏，无法打开（{1}）。</translation>
    </message>
    <message>
        <source>{0} is an SQLite database but not an Impact Desktop one (it has tables {1}).</source>
        <translation>{0} 是 SQLite 数据库，但不是 Impact Desktop 数据库（其中的表为 {1}）。</translation>
    </message>
    <message>
        <source>{0} was written by a newer version of Impact Desktop (schema step {1}); update the app to open it.</source>
        <translation>{0} 由更新版本的 Impact Desktop 写入（架构步骤 {1}）；请更新应用后再打开。</translation>
    </message>
    <message>
        <source>Cannot create {0}: the folder {1} does not exist.</source>
        <translation>无法创建 {0}：文件夹 {1} 不存在。</translation>
    </message>
    <message>
        <source>Cannot create {0}: the folder {1} is read-only.</source>
        <translation>无法创建 {0}：文件夹 {1} 是只读的。</translation>
    </message>
    <message>
        <source>{0} is a folder, not a database file.</source>
        <extracomment>Reads map the file instead of copying its pages: a row looked up through an index (a filtered page of the entries table, the dashboard&apos;s observations) costs a half to a third as much at a million entries.</extracomment>
        <translation>{0} 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>the file or its folder cannot be written (read-only or no permission)</source>
        <translation>该文件或其所在文件夹无法写入（只读或没有权限）</translation>
    </message>
    <message>
        <source>it is on a read-only file system</source>
        <extracomment>A temporary file of ours older than this was left by a program that was killed: removed.</extracomment>
        <translation>它位于只读文件系统上</translation>
    </message>
    <message>
        <source>its folder {0} is read-only</source>
        <translation>其所在文件夹 {0} 是只读的</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>该文件是只读的</translation>
    </message>
    <message>
        <source>{0} cannot be changed: {1}. Nothing was saved.</source>
        <extracomment>How long a writer tries quietly before saying that it waits (a normal save takes a few ms). Why this file cannot be written (a sentence&apos;s middle), or None when it can.</extracomment>
        <translation>无法更改 {0}：{1}。未保存任何内容。</translation>
    </message>
    <message>
        <source>Another program kept writing to {0} for more than {1} seconds, so nothing was saved; try again when it has finished (${2} sets how long to wait).</source>
        <translation>另一个程序持续写入 {0} 超过 {1} 秒，因此未保存任何内容；请在它完成后重试（${2} 可设置等待时长）。</translation>
    </message>
    <message>
        <source>Cannot save to {0}: {1}; nothing was saved.</source>
        <translation>无法保存到 {0}：{1}；未保存任何内容。</translation>
    </message>
    <message>
        <source>the disk is full (free some space and try again)</source>
        <translation>磁盘已满（请释放一些空间后重试）</translation>
    </message>
    <message>
        <source>the file or its folder is read-only (no permission to write)</source>
        <translation>该文件或其所在文件夹是只读的（没有写入权限）</translation>
    </message>
    <message>
        <source>the file, its folder or its disk is read-only</source>
        <translation>该文件、其所在文件夹或磁盘是只读的</translation>
    </message>
    <message>
        <source>another program is writing to it and did not let go</source>
        <translation>另一个程序正在写入它且未释放</translation>
    </message>
    <message>
        <source>the disk reported an input/output error (it may be full, removed or failing)</source>
        <translation>磁盘报告了输入/输出错误（可能已满、已移除或出现故障）</translation>
    </message>
    <message>
        <source>it was opened for reading only</source>
        <translation>它以只读方式打开</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>{0} is a distinct count: the largest figure entered in the period, never summed across units or months.</source>
        <extracomment>Metric key → the name shown (:class:`NameBook`: the interface&apos;s or ``--language``&apos;s).</extracomment>
        <translation>{0}为去重计数：取期间内录入的最大值，绝不跨事业部或跨月相加。</translation>
    </message>
    <message>
        <source>{0} is a stock: the latest value in the period, not a sum of months.</source>
        <translation>{0}为存量指标：取期间内的最新值，而非各月之和。</translation>
    </message>
</context>
<context>
    <name>TargetCheck</name>
    <message>
        <source>There is already a target for this metric, scope and period ({value}): edit that one instead.</source>
        <translation>该指标、适用范围和期间已有目标（{value}）：请编辑该目标。</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>指标(&amp;M)：</translation>
    </message>
    <message>
        <source>What the target counts</source>
        <translation>目标所统计的指标</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>适用范围(&amp;F)：</translation>
    </message>
    <message>
        <source>The whole group, one business unit (with its nested units) or one program</source>
        <translation>整个集团、某个事业部（含其下级单位）或某个公益项目</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>The period the target covers: FY2018, 2018, 2018-Q1, 2018-03 or a range like 2018-01..2018-06</source>
        <translation>目标涵盖的期间：FY2018、2018、2018-Q1、2018-03，或 2018-01..2018-06 这样的区间</translation>
    </message>
    <message>
        <source>e.g. FY2018, 2018-Q1, 2018-03</source>
        <translation>例如 FY2018、2018-Q1、2018-03</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>目标(&amp;T)：</translation>
    </message>
    <message>
        <source>The value aimed for; 12,500, 1.5万, 12.7亿 and ¥3,000 are understood</source>
        <translation>目标值；支持 12,500、1.5万、12.7亿 和 ¥3,000 等写法</translation>
    </message>
    <message>
        <source>e.g. 1,000,000 or 12.7亿</source>
        <translation>例如 1,000,000 或 12.7亿</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>币种(&amp;C)：</translation>
    </message>
    <message>
        <source>Currency of a money target (three letters, e.g. CNY)</source>
        <translation>金额类目标的币种（三个字母，例如 CNY）</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Optional: where the target comes from</source>
        <translation>可选：目标的来源</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Edit target</source>
        <translation>编辑目标</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>新建目标</translation>
    </message>
    <message>
        <source>money</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>The whole group</source>
        <translation>整个集团</translation>
    </message>
    <message>
        <source>Program: %1 / %2</source>
        <translation>公益项目：%1 / %2</translation>
    </message>
    <message>
        <source>Choose a metric.</source>
        <translation>请选择指标。</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>期间：%1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>目标不能为负数。</translation>
    </message>
    <message>
        <source>%1 are counted in whole numbers, not %2.</source>
        <translation>%1 只能为整数，不能是 %2。</translation>
    </message>
    <message>
        <source>The target is written in %1 but the currency says %2.</source>
        <translation>目标值按 %1 书写，但所选币种为 %2。</translation>
    </message>
    <message>
        <source>%1 is not money; leave the currency sign out.</source>
        <translation>%1 不是金额，请去掉币种符号。</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>A target cannot be negative.</source>
        <translation>目标不能为负数。</translation>
    </message>
    <message>
        <source>A target is for a business unit or for a program, not both.</source>
        <translation>目标只能针对事业部或公益项目，不能同时针对两者。</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>A target is what the whole group, a business unit or a program aims for on one metric in one period (FY2018, 2018-Q1, 2018-03…). Charts and reports show actual figures against it.</source>
        <translation>目标是整个集团、某个事业部或某个公益项目在某一期间（FY2018、2018-Q1、2018-03…）内某个指标要达到的数值。图表和报告会显示实际数据与目标的对比。</translation>
    </message>
    <message>
        <source>Add a new row (Ins)</source>
        <translation>添加新行（Ins）</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit the selected row (Enter)</source>
        <translation>编辑所选行（Enter）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete the selected rows (Del); Undo brings them back</source>
        <translation>删除所选行（Del）；可通过撤销恢复</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Every target; Enter edits the selected one, Del deletes it</source>
        <translation>所有目标；按 Enter 编辑所选目标，按 Del 删除</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>For</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No targets yet.

Click “Add…” to set one, for example 1,000,000 trees planted by Ant Forest in FY2018.</source>
        <translation>还没有目标。

点击“添加…”设置目标，例如蚂蚁森林 FY2018 植树 1,000,000 棵。</translation>
    </message>
    <message>
        <source>(deleted program)</source>
        <translation>（已删除的公益项目）</translation>
    </message>
    <message>
        <source>Program: %1 / %2</source>
        <translation>公益项目：%1 / %2</translation>
    </message>
    <message>
        <source>(deleted business unit)</source>
        <translation>（已删除的事业部）</translation>
    </message>
    <message>
        <source>The whole group</source>
        <translation>整个集团</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <source>Edit target</source>
        <translation>编辑目标</translation>
    </message>
    <message>
        <source>Delete target</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <source>Delete %1 targets</source>
        <translation>删除 %1 个目标</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>“{what}” was made in another database, which is no longer open; nothing was changed.</source>
        <translation>“{what}”是在另一个数据库中做的，该数据库已不再打开；未做任何更改。</translation>
    </message>
    <message>
        <source>Could not undo or redo “{what}”: {reason}</source>
        <translation>无法撤销或重做“{what}”：{reason}</translation>
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
<context>
    <name>WriteWaitIndicator</name>
    <message>
        <source>Waiting for another program that is writing to %1…</source>
        <translation>正在等待另一个程序完成对 %1 的写入…</translation>
    </message>
</context>
</TS>
