<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ecplanner/ui/about_dialog.py" line="87"/>
        <source>About ecplanner</source>
        <translation>关于 ecplanner</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/about_dialog.py" line="108"/>
        <source>Plans and the demo plan</source>
        <translation>计划文件与示例计划</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/about_dialog.py" line="109"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/about_dialog.py" line="110"/>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/about_dialog.py" line="111"/>
        <source>Where your files are</source>
        <translation>你的文件在哪里</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/about_dialog.py" line="111"/>
        <source>Libraries</source>
        <translation>所用的库</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/about_dialog.py" line="112"/>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/about_dialog.py" line="112"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/about_dialog.py" line="112"/>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/about_dialog.py" line="116"/>
        <source>Plan an online store&apos;s year: platform events, launches, clearance and budget. ecplanner is free software under the MIT licence.</source>
        <translation>规划网店的一年：平台活动、上新、清仓与投入产出。ecplanner 是采用 MIT 许可证的自由软件。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/about_dialog.py" line="118"/>
        <source>Built on Qt %1, PySide6 %2 and Python %3.</source>
        <translation>基于 Qt %1、PySide6 %2 和 Python %3。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/about_dialog.py" line="121"/>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License version 3 (LGPL-3.0). They are the shared libraries in ecplanner&apos;s folder, and you may replace them with versions you build yourself. Their source code: %1 (PySide6) and %2 (Qt), version %3.</source>
        <translation>Qt 和 PySide6 依据 GNU 宽通用公共许可证第 3 版（LGPL-3.0）使用。它们是 ecplanner 文件夹中的共享库，你可以用自己构建的版本替换它们。源代码：%1（PySide6）和 %2（Qt），版本 %3。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/about_dialog.py" line="127"/>
        <source>The licence texts are in %1; each library&apos;s own is in its metadata folder beside it.</source>
        <translation>许可证全文在 %1；各个库自己的许可证在其旁边的元数据文件夹中。</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ecplanner/ui/actions.py" line="43"/>
        <source>&amp;New Plan…</source>
        <translation>新建计划(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/actions.py" line="44"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/actions.py" line="45"/>
        <source>Save a &amp;Copy As…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/actions.py" line="46"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/actions.py" line="47"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/actions.py" line="48"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/actions.py" line="49"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/actions.py" line="50"/>
        <source>Add the &amp;Platform Calendar</source>
        <translation>添加平台大促日历(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/actions.py" line="51"/>
        <source>Team &amp;Task Templates…</source>
        <translation>团队分工模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/actions.py" line="52"/>
        <source>Store and Plan &amp;Settings…</source>
        <translation>店铺与计划设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/actions.py" line="55"/>
        <source>Show the &amp;Log Folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/actions.py" line="56"/>
        <source>&amp;About ecplanner</source>
        <translation>关于 ecplanner(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/actions.py" line="53"/>
        <source>&amp;Weekly Report…</source>
        <translation>周报(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/actions.py" line="54"/>
        <source>&amp;Monthly Report…</source>
        <translation>月报(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>AdsPreviewModel</name>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="124"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="124"/>
        <source>Ad spend</source>
        <translation>推广花费</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="124"/>
        <source>Clicks</source>
        <translation>点击量</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="125"/>
        <source>Attributed GMV</source>
        <translation>推广成交额</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="125"/>
        <source>ROI</source>
        <translation>投产比</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="140"/>
        <source>The plan already has this channel&apos;s day; importing replaces it.</source>
        <translation>计划中已有该渠道这一天的数据，导入后将被替换。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="138"/>
        <source>The plan already has this channel&apos;s day with the same figures.</source>
        <translation>计划中已有该渠道这一天的相同数据。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ecplanner/app.py" line="132"/>
        <source>Cannot create plan</source>
        <translation>无法创建计划</translation>
    </message>
</context>
<context>
    <name>AxisStrip</name>
    <message>
        <location filename="../../ecplanner/ui/products/timeline_margins.py" line="56"/>
        <source>%1 %2</source>
        <comment>month name, year</comment>
        <translation>%2年%1</translation>
    </message>
</context>
<context>
    <name>Budget</name>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="31"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="32"/>
        <source>Traffic and sales</source>
        <translation>流量与销售</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="33"/>
        <source>Ad spend by channel</source>
        <translation>分渠道推广费</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="34"/>
        <source>Costs</source>
        <translation>成本费用</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="35"/>
        <source>Results</source>
        <translation>利润核算</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="41"/>
        <source>Annual GMV target</source>
        <translation>年度 GMV 目标</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="42"/>
        <source>Seasonality weight</source>
        <translation>月度权重</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="43"/>
        <source>Monthly target</source>
        <translation>月度目标</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="44"/>
        <source>Base visitors (UV)</source>
        <translation>日常访客数(UV)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="45"/>
        <source>Event uplift ×</source>
        <translation>活动流量系数 ×</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="46"/>
        <source>Planned visitors</source>
        <translation>计划访客数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="47"/>
        <source>Conversion rate (CVR)</source>
        <translation>转化率(CVR)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="48"/>
        <location filename="../../ecplanner/ui/budget/texts.py" line="255"/>
        <source>Average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="49"/>
        <location filename="../../ecplanner/ui/budget/texts.py" line="252"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="50"/>
        <source>Planned GMV</source>
        <translation>计划 GMV</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="51"/>
        <source>Gap to target</source>
        <translation>与目标差额</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="52"/>
        <source>Search ads</source>
        <translation>直通车</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="53"/>
        <source>Search cost per click</source>
        <translation>直通车点击单价</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="54"/>
        <source>Display ads</source>
        <translation>引力魔方·万相台</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="55"/>
        <source>Affiliate commission rate</source>
        <translation>淘宝客佣金比例</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="56"/>
        <source>GMV share via affiliates</source>
        <translation>淘宝客成交占比</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="57"/>
        <source>Affiliate commission</source>
        <translation>淘宝客佣金</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="58"/>
        <source>Live / influencers</source>
        <translation>直播/达人</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="59"/>
        <location filename="../../ecplanner/ui/budget/texts.py" line="270"/>
        <source>Off-site ads</source>
        <translation>站外推广</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="60"/>
        <source>Other spend</source>
        <translation>其他推广费</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="61"/>
        <source>Total spend</source>
        <translation>推广费合计</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="62"/>
        <source>Spend as % of GMV</source>
        <translation>推广费占比</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="63"/>
        <source>Cost of goods rate</source>
        <translation>货品成本率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="64"/>
        <source>Cost of goods</source>
        <translation>货品成本</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="65"/>
        <source>Shipping per order</source>
        <translation>单均运费</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="66"/>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="67"/>
        <source>Platform commission rate</source>
        <translation>平台扣点</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="68"/>
        <source>Platform commission</source>
        <translation>平台佣金</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="69"/>
        <source>Payment fee rate</source>
        <translation>支付手续费率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="70"/>
        <source>Payment fees</source>
        <translation>支付手续费</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="71"/>
        <source>Refund rate</source>
        <translation>退款率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="72"/>
        <location filename="../../ecplanner/ui/budget/texts.py" line="257"/>
        <source>Refunds</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="73"/>
        <source>Fixed costs</source>
        <translation>固定费用</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="74"/>
        <source>Net sales</source>
        <translation>净销售额</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="75"/>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="76"/>
        <source>Gross margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="78"/>
        <source>Net margin</source>
        <translation>净利率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="80"/>
        <source>Break-even ROI</source>
        <translation>保本投产比</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="81"/>
        <source>ROI clears break-even</source>
        <translation>投产比过保本线</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="99"/>
        <source>Held by the courier shutdown</source>
        <translation>春节停运顺延发货占比</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="100"/>
        <source>Orders shipped next month</source>
        <translation>顺延至次月发货订单数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="122"/>
        <source>The year&apos;s GMV target. The months share it by their weights.</source>
        <translation>全年 GMV 目标，按各月权重分解到月。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="123"/>
        <source>The month&apos;s share of the annual target. Weights are scaled to add up to 100%, so the monthly targets always add up to the annual target.</source>
        <translation>该月占全年目标的比重。权重会按比例换算成合计 100%，因此各月目标之和始终等于年度目标。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="125"/>
        <source>Monthly target = annual target × weight ÷ sum of weights</source>
        <translation>月度目标 = 年度目标 × 权重 ÷ 权重合计</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="126"/>
        <source>Visitors the store gets in the month without any event.</source>
        <translation>不做活动时店铺当月的访客数。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="128"/>
        <source>Planned visitors = base visitors × event uplift</source>
        <translation>计划访客数 = 日常访客数 × 活动流量系数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="131"/>
        <source>Gap = planned GMV − monthly target (below zero: the plan falls short)</source>
        <translation>差额 = 计划 GMV − 月度目标（小于 0 表示计划未达标）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="132"/>
        <source>Used by “Fill search spend”: spend = visitors from search ads × cost per click.</source>
        <translation>供“填充直通车费用”使用：费用 = 直通车带来的访客数 × 点击单价。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="136"/>
        <source>The share of GMV that affiliates bring.</source>
        <translation>淘宝客带来的成交额占 GMV 的比例。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="139"/>
        <source>Total spend = search + display + affiliate + live + off-site + other</source>
        <translation>推广费合计 = 直通车 + 引力魔方·万相台 + 淘宝客 + 直播/达人 + 站外 + 其他</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="141"/>
        <source>Spend as % of GMV = total spend ÷ GMV</source>
        <translation>推广费占比 = 推广费合计 ÷ GMV</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="145"/>
        <source>Commission = rate × net sales (refunded orders get it back)</source>
        <translation>平台佣金 = 扣点 × 净销售额（退款订单佣金退回）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="146"/>
        <source>Payment fees = rate × GMV</source>
        <translation>支付手续费 = 费率 × GMV</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="147"/>
        <source>Refunds = GMV × refund rate</source>
        <translation>退款金额 = GMV × 退款率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="148"/>
        <source>Net sales = GMV − refunds</source>
        <translation>净销售额 = GMV − 退款金额</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="151"/>
        <source>Gross margin = gross profit ÷ net sales</source>
        <translation>毛利率 = 毛利 ÷ 净销售额</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="153"/>
        <source>Net margin = net profit ÷ net sales</source>
        <translation>净利率 = 净利润 ÷ 净销售额</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="156"/>
        <source>Yes when the month&apos;s ad spend is covered by its gross profit, i.e. ROI ≥ break-even ROI.</source>
        <translation>当月毛利能覆盖推广费即为“是”，即投产比 ≥ 保本投产比。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="172"/>
        <source>The share of the month&apos;s shippable orders taken during the Spring Festival courier shutdown that ship in a later month: those days&apos; visitors ÷ the month&apos;s (from the calendar).</source>
        <translation>本月应发货订单中，春节快递停运期间下单、顺延到下个月才发货的占比：停运那几天的访客 ÷ 全月访客（来自日历）。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="175"/>
        <source>Orders shipped next month = orders × (1 − refund rate × refunds before dispatch) × held by the courier shutdown</source>
        <translation>顺延至次月发货订单数 = 订单数 × (1 − 退款率 × 未发货退款占比) × 春节停运顺延发货占比</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="177"/>
        <source>Orders shipped = orders × (1 − refund rate × refunds before dispatch) − orders shipped next month + last month&apos;s orders shipped next month</source>
        <translation>发货订单数 = 订单数 × (1 − 退款率 × 未发货退款占比) − 顺延至次月发货订单数 + 上月顺延到本月发货的订单数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="211"/>
        <source>Event uplift: a month&apos;s visitors are multiplied by 1 + Σ (event uplift − 1) × days of the event in the month ÷ days in the month. A 3-day event with uplift 3.0 in a 30-day month gives 1 + 2 × 3/30 = 1.2. Overlapping events add up; moving an event on the calendar moves its traffic between months.</source>
        <translation>活动流量系数：当月访客数乘以 1 + Σ（活动系数 − 1）× 活动在当月的天数 ÷ 当月天数。例如 30 天的月份里有一个为期 3 天、系数 3.0 的活动：1 + 2 × 3/30 = 1.2。重叠的活动效果叠加；在日历上挪动活动，它带来的流量也随之在月份间转移。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="217"/>
        <source>The Spring Festival courier shutdown counts the same way, each of its days at the traffic set in Store and Plan Settings.</source>
        <translation>春节快递停运也按同样方式计入：停运的每一天按“店铺与计划设置”中设定的流量比例计算。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="231"/>
        <source>a value is needed (type 0 for none)</source>
        <translation>需要填写数值（没有请填 0）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="232"/>
        <source>this is not a percentage like 3.5%</source>
        <translation>不是 3.5% 这样的百分比</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="233"/>
        <source>this is not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="234"/>
        <source>it cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="235"/>
        <source>it must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="236"/>
        <source>a rate cannot be more than 100%</source>
        <translation>比例不能超过 100%</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="243"/>
        <source>Not changed — %1, %2: “%3”: %4.</source>
        <translation>未修改 — %1，%2：“%3”：%4。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="249"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="250"/>
        <source>Visitors (UV)</source>
        <translation>访客数(UV)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="82"/>
        <location filename="../../ecplanner/ui/budget/texts.py" line="251"/>
        <source>Buyers</source>
        <translation>支付买家数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="77"/>
        <source>Net profit before VAT</source>
        <translation>净利润（扣增值税前）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="79"/>
        <source>Store-wide ROI (= ROAS)</source>
        <translation>全店投产比（ROAS）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="83"/>
        <source>Orders per buyer</source>
        <translation>人均订单数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="84"/>
        <source>Search ads ROI (expected)</source>
        <translation>直通车投产比（预期）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="85"/>
        <source>GMV from search ads</source>
        <translation>直通车成交额</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="86"/>
        <source>Display ads ROI (expected)</source>
        <translation>引力魔方/万相台投产比（预期）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="87"/>
        <source>GMV from display ads</source>
        <translation>引力魔方/万相台成交额</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="88"/>
        <source>Affiliate orders refunded</source>
        <translation>淘宝客订单退款率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="89"/>
        <source>Affiliate GMV confirmed</source>
        <translation>淘宝客确认收货成交额</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="90"/>
        <source>Affiliate network fee (of commission)</source>
        <translation>阿里妈妈服务费率（占佣金）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="91"/>
        <source>GMV via affiliates</source>
        <translation>淘宝客成交额</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="92"/>
        <source>Affiliate ROI</source>
        <translation>淘宝客投产比</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="93"/>
        <source>Live / influencers ROI (expected)</source>
        <translation>直播/达人投产比（预期）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="94"/>
        <source>GMV from live / influencers</source>
        <translation>直播/达人成交额</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="95"/>
        <source>Off-site ads ROI (expected)</source>
        <translation>站外推广投产比（预期）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="96"/>
        <source>GMV from off-site ads</source>
        <translation>站外推广成交额</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="97"/>
        <source>GMV from paid channels</source>
        <translation>付费推广成交额合计</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="98"/>
        <source>Organic GMV (the rest)</source>
        <translation>自然成交额（其余）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="101"/>
        <source>Orders shipped</source>
        <translation>发货订单数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="102"/>
        <source>Refunds before dispatch</source>
        <translation>未发货退款占比</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="103"/>
        <source>Refunds without return (after dispatch)</source>
        <translation>发货后仅退款占比</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="104"/>
        <source>Returns not sellable again</source>
        <translation>退货不可二次销售占比</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="105"/>
        <source>Goods lost on refunds</source>
        <translation>退款货损</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="106"/>
        <source>Orders returned</source>
        <translation>退货订单数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="107"/>
        <source>Return shipping per return</source>
        <translation>每笔退货运费/运费险</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="108"/>
        <source>Return shipping</source>
        <translation>退货运费/运费险</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="109"/>
        <source>VAT rate (in prices)</source>
        <translation>增值税率（含在售价中）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="110"/>
        <source>VAT payable</source>
        <translation>应交增值税</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="111"/>
        <source>Net profit after VAT</source>
        <translation>扣除增值税后净利润</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="118"/>
        <source>The GMV the channel is expected to bring per unit spent (its 投产比, as the ad platform reports it). 0 attributes nothing to the channel.</source>
        <translation>该渠道每花 1 元预计带来的成交额（即推广后台报告的投产比）。填 0 表示不把成交归到该渠道。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="120"/>
        <source>Channel GMV = the channel&apos;s spend × its expected ROI</source>
        <translation>渠道成交额 = 该渠道花费 × 预期投产比</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="129"/>
        <source>Orders = buyers × orders per buyer</source>
        <translation>订单数 = 支付买家数 × 人均订单数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="130"/>
        <source>GMV = buyers × average order value (客单价, per buyer)</source>
        <translation>GMV = 支付买家数 × 客单价（按买家计）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="134"/>
        <source>Commission paid to affiliates (淘宝客) on the confirmed (确认收货) orders they bring.</source>
        <translation>按淘宝客带来的确认收货订单支付的佣金比例。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="137"/>
        <source>Affiliate commission = confirmed affiliate GMV × commission rate × (1 + network fee)</source>
        <translation>淘宝客佣金 = 淘宝客确认收货成交额 × 佣金率 × (1 + 阿里妈妈服务费率)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="142"/>
        <source>Cost of goods = rate × net sales: the goods buyers keep (refunded goods come back as stock, unless lost below)</source>
        <translation>商品成本 = 商品成本率 × 净销售额：买家留下的商品（退款商品回到库存，退款货损除外）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="144"/>
        <source>Shipping = orders shipped × shipping per order</source>
        <translation>运费 = 发货订单数 × 每单运费</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="149"/>
        <source>Gross profit = net sales − cost of goods − goods lost on refunds − shipping − return shipping − commission − payment fees</source>
        <translation>毛利 = 净销售额 − 商品成本 − 退款货损 − 运费 − 退货运费/运费险 − 平台佣金 − 支付手续费</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="152"/>
        <source>Net profit before VAT = gross profit − total spend − fixed costs</source>
        <translation>扣增值税前净利润 = 毛利 − 推广费合计 − 固定费用</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="158"/>
        <source>Buyers (支付买家数) = planned visitors × conversion rate</source>
        <translation>支付买家数 = 计划访客数 × 转化率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="159"/>
        <source>Orders each buyer pays for in the month (1.05: one buyer in twenty pays twice). Shipping and returns are counted per order.</source>
        <translation>每位买家当月支付的订单数（1.05：每 20 位买家有 1 位付款两次）。运费和退货按订单计算。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="161"/>
        <source>The share of affiliate GMV that is refunded: no commission is paid on it.</source>
        <translation>淘宝客成交中退款的比例：退款部分不付佣金。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="163"/>
        <source>Affiliate GMV confirmed = GMV × share via affiliates × (1 − affiliate orders refunded)</source>
        <translation>淘宝客确认收货成交额 = GMV × 淘宝客成交占比 × (1 − 淘宝客订单退款率)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="165"/>
        <source>The affiliate network&apos;s service fee (阿里妈妈), as a share of the commission.</source>
        <translation>阿里妈妈收取的软件服务费，按佣金的比例计。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="167"/>
        <source>GMV via affiliates = GMV × share via affiliates</source>
        <translation>淘宝客成交额 = GMV × 淘宝客成交占比</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="168"/>
        <source>Affiliate ROI = GMV via affiliates ÷ affiliate commission</source>
        <translation>淘宝客投产比 = 淘宝客成交额 ÷ 淘宝客佣金</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="169"/>
        <source>GMV from paid channels = search + display + affiliates + live + off-site</source>
        <translation>付费推广成交额合计 = 直通车 + 引力魔方/万相台 + 淘宝客 + 直播/达人 + 站外</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="170"/>
        <source>Organic GMV = GMV − GMV from paid channels. Below zero, the channels&apos; ROIs claim more than the month sells.</source>
        <translation>自然成交额 = GMV − 付费推广成交额合计。为负数时，说明各渠道的投产比加起来超过了当月的成交额。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="180"/>
        <source>Of the refunds, the share cancelled before dispatch: nothing is shipped or lost.</source>
        <translation>退款中未发货就退款的比例：不产生运费，也没有货损。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="182"/>
        <source>Of the refunds after dispatch, the share refunded without a return (仅退款): the buyer keeps the goods.</source>
        <translation>发货后退款中仅退款的比例：买家不退货，商品收不回来。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="184"/>
        <source>Of the goods sent back, the share that cannot be sold again (soiled, damaged).</source>
        <translation>退回的商品中无法二次销售的比例（污损、破损）。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="186"/>
        <source>Goods lost = refunds × (1 − before dispatch) × (without return + (1 − without return) × not sellable) × cost of goods rate</source>
        <translation>退款货损 = 退款金额 × (1 − 未发货退款占比) × (仅退款占比 + (1 − 仅退款占比) × 不可二次销售占比) × 商品成本率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="188"/>
        <source>Orders returned = orders × refund rate × (1 − before dispatch) × (1 − without return)</source>
        <translation>退货订单数 = 订单数 × 退款率 × (1 − 未发货退款占比) × (1 − 仅退款占比)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="190"/>
        <source>What a returned order costs the store: return shipping it pays, or its 运费险 (return-shipping insurance).</source>
        <translation>每笔退货店铺承担的费用：退货运费或运费险。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="192"/>
        <source>Return shipping = orders returned × return shipping per return</source>
        <translation>退货运费/运费险 = 退货订单数 × 每笔退货运费/运费险</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="193"/>
        <source>VAT (consumption tax in Japan) included in prices: China 13% general, 1–3% small-scale; Japan 10%. US sales tax is not the store&apos;s income: 0.</source>
        <translation>售价中包含的增值税率：一般纳税人 13%，小规模纳税人 1%–3%；日本消费税 10%。美国销售税不属于店铺收入：填 0。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="195"/>
        <source>VAT payable = (net sales − cost of goods) × rate ÷ (1 + rate): tax on what buyers kept, less the tax paid on those goods</source>
        <translation>应交增值税 = (净销售额 − 商品成本) × 税率 ÷ (1 + 税率)：买家留下部分的销项税减去这些商品的进项税</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="197"/>
        <source>Net profit after VAT = net profit before VAT − VAT payable</source>
        <translation>扣除增值税后净利润 = 扣增值税前净利润 − 应交增值税</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="222"/>
        <source>Store-wide ROI (全店投产比) = all GMV ÷ all ad spend; elsewhere this is called ROAS. Each channel&apos;s ROI is the GMV it brings ÷ its spend, as the ad platforms report it.
Break-even ROI (保本投产比) = GMV ÷ gross profit: at that ROI the ad spend uses up all the gross profit. A month or a channel whose ROI is below it loses money on its ads.</source>
        <translation>全店投产比 = 全店 GMV ÷ 全部推广费（海外称 ROAS）。各渠道的投产比 = 该渠道带来的成交额 ÷ 该渠道花费，与推广后台的口径一致。
保本投产比 = GMV ÷ 毛利：在这个投产比下，推广费正好用完全部毛利。投产比低于它的月份或渠道，推广是亏钱的。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="253"/>
        <source>GMV (sales)</source>
        <translation>GMV(成交额)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="254"/>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="256"/>
        <source>Ad spend</source>
        <translation>推广费</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="277"/>
        <source>This kind of file cannot be read. Save it as .xlsx or CSV (.xls is not supported).</source>
        <translation>无法读取此类文件。请另存为 .xlsx 或 CSV（不支持 .xls）。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="279"/>
        <source>The file cannot be opened or is damaged.</source>
        <translation>文件无法打开或已损坏。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="280"/>
        <source>The file&apos;s text encoding is not recognised (UTF-8, GBK and Shift_JIS are).</source>
        <translation>无法识别文件的文字编码（支持 UTF-8、GBK 和 Shift_JIS）。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="282"/>
        <source>The file has no rows.</source>
        <translation>文件中没有数据行。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="286"/>
        <source>not a date</source>
        <translation>不是日期</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="287"/>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="288"/>
        <source>not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="289"/>
        <source>negative</source>
        <translation>为负数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="290"/>
        <source>more than 100%</source>
        <translation>超过 100%</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="291"/>
        <source>this day appears twice</source>
        <translation>该日期重复出现</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="283"/>
        <source>No table was found near the top of the file: no row has a date, visitors or sales heading, or two or more columns.</source>
        <translation>文件开头未找到表格：没有一行含有日期、访客数或销售额的表头，也没有两列以上的行。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="285"/>
        <source>This is not a text (CSV) file. Save the data as CSV or .xlsx.</source>
        <translation>这不是文本（CSV）文件。请将数据另存为 CSV 或 .xlsx。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="293"/>
        <source>not a finite number</source>
        <translation>不是有限的数字</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="294"/>
        <source>too large for a day&apos;s figures</source>
        <translation>作为一天的数据过大</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="295"/>
        <source>not a day between 2000 and 2100</source>
        <translation>不是 2000 至 2100 年之间的日期</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="296"/>
        <source>holds characters in another encoding than the rest of the file</source>
        <translation>含有与文件其余部分编码不同的字符</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="297"/>
        <source>the buyers or sales worked out from it are out of range</source>
        <translation>据此推算出的买家数或销售额超出范围</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="298"/>
        <source>a cell on this line is longer than 131,072 characters</source>
        <translation>此行有单元格超过 131,072 个字符</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="299"/>
        <source>this line is longer than a million characters</source>
        <translation>此行超过一百万个字符</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="215"/>
        <source>Events on a platform the store does not sell on (Store and Plan Settings) are not counted.</source>
        <translation>本店未销售的平台上的活动（见“店铺与计划设置”）不计入。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="258"/>
        <source>Clicks</source>
        <translation>点击量</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="259"/>
        <source>ROI (ROAS)</source>
        <translation>投产比（ROAS）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="260"/>
        <source>Campaign (its rows added up by day)</source>
        <translation>推广计划（按天合计）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="267"/>
        <source>Search ads (直通车, RPP, Sponsored Products)</source>
        <translation>直通车（搜索推广）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="268"/>
        <source>Display ads (引力魔方, 万相台)</source>
        <translation>引力魔方·万相台（展示推广）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="269"/>
        <source>Live / influencers (千川)</source>
        <translation>直播/达人（千川）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="300"/>
        <source>This is a channel&apos;s ad report (clicks or ROI, no visitors or buyers): choose “an ad report” above to import it.</source>
        <translation>这是推广渠道的报表（有点击量或投产比，没有访客数或买家数）：请在上方选择“推广报表”后再导入。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="292"/>
        <source>this product&apos;s day appears twice</source>
        <translation>该商品的这一天出现了两次</translation>
    </message>
</context>
<context>
    <name>BudgetCharts</name>
    <message>
        <location filename="../../ecplanner/ui/budget/charts.py" line="60"/>
        <source>GMV by month: target, plan and actual</source>
        <translation>月度 GMV：目标、计划与实际</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/charts.py" line="61"/>
        <source>Ad spend: plan and actual</source>
        <translation>推广费：计划与实际</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/charts.py" line="62"/>
        <source>ROI (GMV ÷ spend) and break-even ROI</source>
        <translation>投产比（GMV ÷ 推广费）与保本投产比</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/charts.py" line="70"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/charts.py" line="71"/>
        <location filename="../../ecplanner/ui/budget/charts.py" line="76"/>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/charts.py" line="72"/>
        <location filename="../../ecplanner/ui/budget/charts.py" line="77"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/charts.py" line="78"/>
        <source>Planned ROI</source>
        <translation>计划投产比</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/charts.py" line="79"/>
        <source>Actual ROI</source>
        <translation>实际投产比</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/charts.py" line="80"/>
        <source>Break-even ROI</source>
        <translation>保本投产比</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/charts.py" line="176"/>
        <source>Target: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/charts.py" line="177"/>
        <source>Planned GMV: %1</source>
        <translation>计划 GMV：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/charts.py" line="178"/>
        <source>Actual GMV: %1</source>
        <translation>实际 GMV：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/charts.py" line="179"/>
        <source>Planned spend: %1</source>
        <translation>计划推广费：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/charts.py" line="180"/>
        <source>Actual spend: %1</source>
        <translation>实际推广费：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/charts.py" line="181"/>
        <source>Planned ROI: %1</source>
        <translation>计划投产比：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/charts.py" line="182"/>
        <source>Actual ROI: %1</source>
        <translation>实际投产比：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/charts.py" line="183"/>
        <source>Break-even ROI: %1</source>
        <translation>保本投产比：%1</translation>
    </message>
</context>
<context>
    <name>BudgetCommands</name>
    <message>
        <location filename="../../ecplanner/ui/budget/commands.py" line="49"/>
        <source>Edit %1, %2</source>
        <translation>修改 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/commands.py" line="61"/>
        <source>Edit %1, every month</source>
        <translation>修改%1（全部月份）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/commands.py" line="66"/>
        <source>Edit annual target</source>
        <translation>修改年度目标</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/commands.py" line="72"/>
        <source>Fill visitors from targets</source>
        <translation>按目标倒推访客数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/commands.py" line="81"/>
        <source>Fill search spend from cost per click</source>
        <translation>按点击单价填充直通车费用</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/commands.py" line="92"/>
        <source>Fill %1 spend from its ROI</source>
        <translation>按投产比填充%1花费</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/commands.py" line="102"/>
        <source>Cost of goods rate from the product mix</source>
        <translation>按商品结构计算货品成本率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/commands.py" line="111"/>
        <source>Fees from %1</source>
        <translation>按 %1 填入费率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/commands.py" line="130"/>
        <source>Import %n days of actuals</source>
        <translation>导入 %n 天实际数据</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/commands.py" line="124"/>
        <source>Import %n days of ad reports</source>
        <translation>导入 %n 天推广报表数据</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/commands.py" line="118"/>
        <source>Seasonality from last year</source>
        <translation>按去年数据设置季节权重</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="113"/>
        <source>This plan has no budget yet: the sheet shows the default seasonality. Your first edit saves all twelve months.</source>
        <translation>本计划还没有预算：表中显示的是默认季节分布。第一次修改时会保存全部 12 个月。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="131"/>
        <source>Loading the charts…</source>
        <translation>正在加载图表…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="139"/>
        <source>Input-output sheet</source>
        <translation>投入产出表</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="140"/>
        <source>Plan vs actual</source>
        <translation>计划与实际</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="143"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="154"/>
        <source>Fill visitors from targets</source>
        <translation>按目标倒推访客数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="156"/>
        <source>Set each month&apos;s base visitors so that planned GMV meets the monthly target at its conversion rate, order value and event uplift.</source>
        <translation>按各月的转化率、客单价和活动流量系数，倒推出让计划 GMV 达到月度目标所需的日常访客数。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="163"/>
        <source>Share of planned visitors that arrive through search-ad clicks (直通车).</source>
        <translation>计划访客中通过直通车点击进店的比例。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="164"/>
        <source>Fill search spend</source>
        <translation>填充直通车费用</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="166"/>
        <source>Search spend = planned visitors × search share × cost per click, for every month with a cost per click.</source>
        <translation>直通车费用 = 计划访客数 × 直通车流量占比 × 点击单价（仅限填了点击单价的月份）。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="169"/>
        <source>Cost of goods from products</source>
        <translation>按商品算成本率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="171"/>
        <source>Set each month&apos;s cost of goods rate from the products on sale that month: unit cost ÷ list price, weighted by first order quantity.</source>
        <translation>按当月在售商品设置各月货品成本率：单件成本 ÷ 吊牌价，以首单数量加权。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="177"/>
        <source>Platform fees</source>
        <translation>平台费率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="178"/>
        <source>Fill every month&apos;s commission, payment fee and affiliate rates from a fee profile of the store&apos;s platforms; type over any of them afterwards.</source>
        <translation>按店铺所在平台的费率方案填入每个月的平台佣金率、支付手续费率和推广佣金相关费率；之后可逐格修改。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="189"/>
        <source>Fill channel spend</source>
        <translation>按渠道填充推广费</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="190"/>
        <source>Set a paid channel&apos;s spend from the share of GMV it should bring at its expected ROI.</source>
        <translation>按渠道应带来的成交占比和预期投产比，设置该渠道的推广费。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="195"/>
        <source>Import Daily Actuals…</source>
        <translation>导入每日数据…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="199"/>
        <source>Search share </source>
        <translation>直通车流量占比 </translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="223"/>
        <source>Budget %1 · amounts in %2 (%3)</source>
        <translation>%1 年预算 · 金额单位：%2（%3）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="254"/>
        <source>No daily actuals for %1 yet. Import a daily export (File ▸ Import Daily Actuals…) to compare the plan with what happened.</source>
        <translation>还没有 %1 年的每日数据。导入后台导出的日报（文件 ▸ 导入每日数据…），即可对比计划与实际。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="261"/>
        <source>%n days of actuals up to %1. Year to date: %2 of a %3 target (%4).</source>
        <translation>已有截至 %1 的 %n 天实际数据。年初至今：%2，目标 %3（完成 %4）。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="303"/>
        <source>Nothing to fill: each month needs a conversion rate and an order value above zero.</source>
        <translation>无法填充：每个月都需要大于 0 的转化率和客单价。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="309"/>
        <source>Type a search cost per click first: months without one keep their search spend.</source>
        <translation>请先填写直通车点击单价；没有填写的月份保持原有直通车费用。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="336"/>
        <source>Nothing to fill: type the channel&apos;s expected ROI first; months without one keep their spend.</source>
        <translation>无可填充：请先填写该渠道的预期投产比；未填写的月份保留原花费。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="342"/>
        <source>Nothing to fill: no product with a launch date and a list price is on sale in the plan year, or the rates already match.</source>
        <translation>无需填充：计划年度内没有既有上新日期又有吊牌价的在售商品，或成本率已经一致。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="362"/>
        <source>%1 (rates of %2)</source>
        <translation>%1（%2 的费率）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="370"/>
        <source>No fee profile for the store&apos;s platforms</source>
        <translation>店铺所在平台暂无费率方案</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="376"/>
        <source>The months&apos; fees already match %1.</source>
        <translation>各月费率已与 %1 一致。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="401"/>
        <source>Imported %n days of actuals.</source>
        <translation>已导入 %n 天实际数据。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="396"/>
        <source>Imported %n days of ad reports.</source>
        <translation>已导入 %n 天推广报表数据。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="142"/>
        <source>Forecast</source>
        <translation>销售预测</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../ecplanner/ui/calendar/painting.py" line="277"/>
        <source>Work</source>
        <translation>班</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/style.py" line="104"/>
        <source>MMM d</source>
        <translation>M月d日</translation>
    </message>
</context>
<context>
    <name>CalendarCommands</name>
    <message>
        <location filename="../../ecplanner/ui/calendar/commands.py" line="45"/>
        <source>Move “%1”</source>
        <translation>移动“%1”</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/commands.py" line="55"/>
        <source>Change the dates of “%1”</source>
        <translation>修改“%1”的日期</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/commands.py" line="75"/>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/commands.py" line="83"/>
        <source>Use last year&apos;s uplifts</source>
        <translation>采用去年实际流量系数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/commands.py" line="88"/>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/commands.py" line="93"/>
        <source>Store promotion</source>
        <translation>店铺活动</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/commands.py" line="94"/>
        <location filename="../../ecplanner/ui/calendar/commands.py" line="112"/>
        <source>Add “%1”</source>
        <translation>添加“%1”</translation>
    </message>
</context>
<context>
    <name>CalendarDays</name>
    <message numerus="yes">
        <location filename="../../ecplanner/ui/calendar/style.py" line="119"/>
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1（%n 天）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarEventEditor</name>
    <message>
        <location filename="../../ecplanner/ui/calendar/dialogs.py" line="114"/>
        <source>Add phase</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/dialogs.py" line="115"/>
        <source>Remove phase</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/dialogs.py" line="122"/>
        <source>Phases</source>
        <translation>活动阶段</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/dialogs.py" line="134"/>
        <source>Featured products</source>
        <translation>主推商品</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/dialogs.py" line="156"/>
        <source>Main sale</source>
        <translation>正式</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/dialogs.py" line="188"/>
        <source>Every phase needs a name</source>
        <translation>每个阶段都需要名称</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/dialogs.py" line="190"/>
        <source>Phase “%1” lies outside the event&apos;s dates</source>
        <translation>阶段“%1”超出了活动日期</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../ecplanner/ui/calendar/export_image.py" line="100"/>
        <source>%1 — events calendar %2</source>
        <translation>%1 — %2 年活动日历</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/export_image.py" line="102"/>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/export_image.py" line="104"/>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/export_image.py" line="106"/>
        <source>Public holidays of %1 are provisional until announced</source>
        <translation>%1 年法定节假日以官方公布为准</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/export_image.py" line="103"/>
        <source>%1 — events calendar, %2</source>
        <translation>%1 — %2活动日历</translation>
    </message>
</context>
<context>
    <name>CalendarFrame</name>
    <message>
        <location filename="../../ecplanner/ui/calendar/frame.py" line="62"/>
        <source>W%1</source>
        <translation>第%1周</translation>
    </message>
</context>
<context>
    <name>CalendarLegend</name>
    <message>
        <location filename="../../ecplanner/ui/calendar/legend.py" line="66"/>
        <source>Weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/legend.py" line="67"/>
        <source>Public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/legend.py" line="68"/>
        <source>Make-up workday</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/legend.py" line="69"/>
        <source>Couriers stop (Spring Festival)</source>
        <translation>春节快递停运</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/legend.py" line="70"/>
        <source>Last day to ship</source>
        <translation>最后发货日</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/legend.py" line="71"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/legend.py" line="72"/>
        <source>Registration deadline</source>
        <translation>报名截止</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/legend.py" line="73"/>
        <source>Has warnings</source>
        <translation>有提醒</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/legend.py" line="74"/>
        <source>Warm-up</source>
        <translation>预热</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/legend.py" line="75"/>
        <source>Presale</source>
        <translation>预售</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/legend.py" line="76"/>
        <source>Balance</source>
        <translation>尾款</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/legend.py" line="77"/>
        <source>Main sale</source>
        <translation>正式</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/legend.py" line="78"/>
        <source>Encore</source>
        <translation>返场</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../ecplanner/ui/calendar/view.py" line="84"/>
        <source>Event catalog</source>
        <translation>活动库</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/view.py" line="85"/>
        <source>Warnings</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/view.py" line="107"/>
        <source>Export Calendar Image…</source>
        <translation>导出日历图片…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/view.py" line="109"/>
        <source>Uplifts from Last Year…</source>
        <translation>按去年实际设流量系数…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/view.py" line="166"/>
        <source>Loading public holidays…</source>
        <translation>正在加载法定节假日…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/view.py" line="168"/>
        <source>Public holidays and make-up workdays of %1 are provisional until the government announces them.</source>
        <translation>%1 年的法定节假日和调休安排为预估，以国务院办公厅公布为准。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/view.py" line="190"/>
        <source>Warnings (%1)</source>
        <translation>提醒 (%1)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/view.py" line="304"/>
        <source>Not changed</source>
        <translation>未修改</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/view.py" line="323"/>
        <source>Uplifts from Last Year</source>
        <translation>按去年实际设流量系数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/view.py" line="324"/>
        <source>No event of %1 could be measured: import last year&apos;s daily data first (File ▸ Import Daily Actuals…).</source>
        <translation>%1 年的活动都无法衡量：请先导入去年的每日数据（文件 ▸ 导入每日数据…）。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/view.py" line="345"/>
        <source>Export calendar image</source>
        <translation>导出日历图片</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/view.py" line="347"/>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG 图片 (*.png);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/view.py" line="353"/>
        <source>Image not saved</source>
        <translation>图片未保存</translation>
    </message>
</context>
<context>
    <name>CalendarToolbar</name>
    <message>
        <location filename="../../ecplanner/ui/calendar/toolbar.py" line="92"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/toolbar.py" line="92"/>
        <source>Weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/toolbar.py" line="93"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/toolbar.py" line="103"/>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/toolbar.py" line="112"/>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/toolbar.py" line="114"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/toolbar.py" line="118"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>缩小（Ctrl+滚轮）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/toolbar.py" line="120"/>
        <source>Fit</source>
        <translation>适应宽度</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/toolbar.py" line="121"/>
        <source>Fit the days to the window&apos;s width</source>
        <translation>让日期铺满窗口宽度</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/toolbar.py" line="124"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>放大（Ctrl+滚轮）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/toolbar.py" line="127"/>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/toolbar.py" line="128"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/toolbar.py" line="129"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>CalendarWarnings</name>
    <message>
        <location filename="../../ecplanner/ui/calendar/texts.py" line="39"/>
        <source>Overlaps “%1” on the same platform</source>
        <translation>与同平台的“%1”时间重叠</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/texts.py" line="43"/>
        <source>Registration closed on %1 and the store is not registered</source>
        <translation>报名已于 %1 截止，店铺尚未报名</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/texts.py" line="49"/>
        <source>Register today (deadline %1)</source>
        <translation>今天报名截止（%1）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/texts.py" line="50"/>
        <source>Register by %1: %n day(s) left</source>
        <translation>请在 %1 前报名：还剩 %n 天</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/texts.py" line="52"/>
        <source>Runs during the Spring Festival shipping shutdown (%1 – %2)</source>
        <translation>处于春节快递停运期间（%1 – %2）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/texts.py" line="64"/>
        <source>Price change of “%1” %n day(s) before the sale sets the price the discount is checked against</source>
        <translation>“%1”在活动前 %n 天改价，会影响活动价格校验的基准价</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/texts.py" line="83"/>
        <source>Register by %1</source>
        <translation>报名截止 %1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/texts.py" line="34"/>
        <location filename="../../ecplanner/ui/calendar/texts.py" line="56"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/texts.py" line="36"/>
        <source>Overlaps %n sales on the same platform: %1</source>
        <translation>与同平台的 %n 场大促时间重叠：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/texts.py" line="58"/>
        <source>Price changes of %n products before the sale set the prices the discount is checked against: %1</source>
        <translation>%n 个商品在活动前改价，会影响活动价格校验的基准价：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/texts.py" line="71"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <location filename="../../ecplanner/ui/calendar/catalog_panel.py" line="92"/>
        <source>Find an event…</source>
        <translation>搜索活动…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/catalog_panel.py" line="95"/>
        <source>Drag an event onto the day it should start.</source>
        <translation>把活动拖到开始日期上即可添加。</translation>
    </message>
</context>
<context>
    <name>ChannelSpendDialog</name>
    <message>
        <location filename="../../ecplanner/ui/budget/channel_spend_dialog.py" line="26"/>
        <source>Fill %1 spend</source>
        <translation>填充%1花费</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/channel_spend_dialog.py" line="28"/>
        <source>Each month&apos;s spend is set so that %1 brings this share of the month&apos;s planned GMV at its expected ROI: spend = planned GMV × share ÷ ROI. Months without an expected ROI keep their spend.</source>
        <translation>按预期投产比设置每月花费，使%1带来当月计划 GMV 的这一占比：花费 = 计划 GMV × 占比 ÷ 投产比。未填写预期投产比的月份保留原花费。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/channel_spend_dialog.py" line="36"/>
        <source>Share of GMV</source>
        <translation>成交占比</translation>
    </message>
</context>
<context>
    <name>ClearableDateEdit</name>
    <message>
        <location filename="../../ecplanner/ui/products/delegates.py" line="59"/>
        <source>Delete clears the date</source>
        <translation>按 Delete 键清除日期</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../ecplanner/ui/overview/commands.py" line="19"/>
        <source>Add “%1”</source>
        <translation>添加“%1”</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/commands.py" line="25"/>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/commands.py" line="32"/>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/commands.py" line="33"/>
        <source>Delete %n events</source>
        <translation>删除 %n 个活动</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_commands.py" line="16"/>
        <source>Add the platform calendar</source>
        <translation>添加平台大促日历</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../ecplanner/ui/crash.py" line="30"/>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/crash.py" line="31"/>
        <source>ecplanner hit an error and stopped that action. Your plan is saved as of the last completed edit.

%1

The details are in the log file:
%2</source>
        <translation>ecplanner 遇到错误，已停止该操作。计划已保存到最后一次完成的修改。

%1

详细信息见日志文件：
%2</translation>
    </message>
</context>
<context>
    <name>DatedValuesModel</name>
    <message>
        <location filename="../../ecplanner/ui/inventory/ladder_model.py" line="72"/>
        <source>From</source>
        <translation>起始日</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/ladder_model.py" line="72"/>
        <source>Arrives</source>
        <translation>到货日</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/ladder_model.py" line="73"/>
        <source>Discount</source>
        <translation>降幅</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/ladder_model.py" line="73"/>
        <source>Units</source>
        <translation>数量</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../../ecplanner/ui/common/event_editor.py" line="42"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/event_editor.py" line="49"/>
        <source>Title</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/event_editor.py" line="54"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/event_editor.py" line="60"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/event_editor.py" line="63"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/event_editor.py" line="64"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/event_editor.py" line="73"/>
        <source>Registration deadline</source>
        <translation>报名截止</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/event_editor.py" line="77"/>
        <source>Traffic uplift</source>
        <translation>流量系数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/event_editor.py" line="82"/>
        <source>Count its uplift in the budget anyway</source>
        <translation>仍将其流量提升计入预算</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/event_editor.py" line="93"/>
        <source>Discount depth</source>
        <translation>折扣力度</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/event_editor.py" line="97"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/event_editor.py" line="99"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/event_editor.py" line="102"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/event_editor.py" line="129"/>
        <source>This store does not sell on %1: the budget leaves its uplift out.</source>
        <translation>本店未在%1开店：预算不计入该活动的流量提升。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/event_editor.py" line="131"/>
        <source>Add %1 to the store&apos;s platforms</source>
        <translation>将%1加入本店平台</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/event_editor.py" line="153"/>
        <source>Event colour</source>
        <translation>活动颜色</translation>
    </message>
</context>
<context>
    <name>EventReviewBox</name>
    <message>
        <location filename="../../ecplanner/ui/calendar/event_review_box.py" line="26"/>
        <source>Review: realised ×%1 over %2 selling days (planned ×%3)</source>
        <translation>复盘：%2 个成交日实际 ×%1（计划 ×%3）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/event_review_box.py" line="31"/>
        <source>Use ×%1</source>
        <translation>改用 ×%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecplanner/ui/calendar/event_review_box.py" line="33"/>
        <source>and for the plan&apos;s %n other “%1” event(s)</source>
        <translation>
            <numerusform>同时用于本计划另外 %n 个“%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsTableModel</name>
    <message>
        <location filename="../../ecplanner/ui/overview/model.py" line="46"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/model.py" line="46"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/model.py" line="46"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/model.py" line="46"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/model.py" line="47"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/model.py" line="47"/>
        <source>Phases</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/model.py" line="47"/>
        <source>Register by</source>
        <translation>报名截止</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../ecplanner/ui/exchange/preview_model.py" line="60"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/preview_model.py" line="60"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/preview_model.py" line="60"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/preview_model.py" line="65"/>
        <source>%n task(s) follow their events</source>
        <translation>%n 个任务随活动一起调整</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/preview_model.py" line="74"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="33"/>
        <source>the Overview sheet</source>
        <translation>“总览”工作表</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="33"/>
        <source>the Calendar sheet</source>
        <translation>“日历”工作表</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="34"/>
        <source>the Events sheet</source>
        <translation>“活动”工作表</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="34"/>
        <source>the Products sheet</source>
        <translation>“商品”工作表</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="35"/>
        <source>the Clearance sheet</source>
        <translation>“清仓”工作表</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="35"/>
        <source>the Budget sheet</source>
        <translation>“投入产出”工作表</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="36"/>
        <source>the Tasks sheet</source>
        <translation>“分工”工作表</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="36"/>
        <source>the Actuals sheet</source>
        <translation>“实际数据”工作表</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="39"/>
        <source>Reading %1…</source>
        <translation>正在读取%1…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="39"/>
        <source>Writing %1…</source>
        <translation>正在写入%1…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="42"/>
        <source>Reading the plan…</source>
        <translation>正在读取计划…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="42"/>
        <source>Computing the figures…</source>
        <translation>正在计算数据…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="43"/>
        <source>Saving the file…</source>
        <translation>正在保存文件…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="43"/>
        <source>Comparing with the plan…</source>
        <translation>正在与计划比对…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="44"/>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="49"/>
        <source>This file cannot be read as an Excel workbook.</source>
        <translation>无法作为 Excel 工作簿读取此文件。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="57"/>
        <source>This file was not exported by ecplanner, so it cannot be imported. Import a workbook or JSON file that ecplanner exported.</source>
        <translation>此文件不是由 ecplanner 导出的，无法导入。请导入 ecplanner 导出的工作簿或 JSON 文件。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="60"/>
        <source>This file was written by a newer version of ecplanner. Please update ecplanner to import it.</source>
        <translation>此文件由更新版本的 ecplanner 生成，请先升级 ecplanner 再导入。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="62"/>
        <source>This file was exported from another plan. Open that plan to import it.</source>
        <translation>此文件导出自另一个计划，请打开那个计划后再导入。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="64"/>
        <source>The sheet is missing.</source>
        <translation>缺少该工作表。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="65"/>
        <source>The column is missing.</source>
        <translation>缺少该列。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="66"/>
        <source>This file is not a JSON file.</source>
        <translation>此文件不是 JSON 文件。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="67"/>
        <source>This part is not shaped as the JSON format describes.</source>
        <translation>此部分不符合 JSON 格式说明的结构。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="68"/>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="69"/>
        <source>is not a date</source>
        <translation>不是日期</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="70"/>
        <source>is not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="71"/>
        <source>is not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="72"/>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="73"/>
        <source>is a percentage over 100%</source>
        <translation>百分比超过了 100%</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="74"/>
        <source>is not a platform ecplanner knows</source>
        <translation>不是可识别的平台</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="75"/>
        <source>is not an event kind ecplanner knows</source>
        <translation>不是可识别的活动类型</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="76"/>
        <source>is not a season ecplanner knows</source>
        <translation>不是可识别的季节</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="77"/>
        <source>is not a product role ecplanner knows</source>
        <translation>不是可识别的商品定位</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="78"/>
        <source>is not a product status ecplanner knows</source>
        <translation>不是可识别的商品状态</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="79"/>
        <source>is not the id of anything in this plan</source>
        <translation>不是本计划中任何条目的 ID</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="80"/>
        <source>appears twice</source>
        <translation>重复出现</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="85"/>
        <source>is not a phase of this event</source>
        <translation>不是该活动的阶段</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="86"/>
        <source>is not a list of arrivals such as “2027-09-01 300; 2027-10-15 200”</source>
        <translation>不是“2027-09-01 300; 2027-10-15 200”这样的到货列表</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="88"/>
        <source>needs both its date and its discount</source>
        <translation>需要同时填写日期和降幅</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="89"/>
        <source>is not a value this field takes</source>
        <translation>不是该字段允许的值</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="98"/>
        <source>points at something the plan does not hold</source>
        <translation>指向了计划中不存在的条目</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="99"/>
        <source>holds the same month twice</source>
        <translation>同一月份出现了两次</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="102"/>
        <source>the workbook holds “%1”, the plan now holds “%2”</source>
        <translation>表格中为“%1”，计划中现为“%2”</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="103"/>
        <source>edited in the workbook, removed from the plan</source>
        <translation>表格中已修改，计划中已删除</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="104"/>
        <source>removed from the workbook, changed in the plan</source>
        <translation>表格中已删除，计划中已修改</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="111"/>
        <source>This workbook was exported by an earlier version of ecplanner and does not record what it held. Every difference from the plan is shown as the team&apos;s edit — including changes made in the app since the export, which importing would undo — and plan rows missing from it are removed. Check the list, or export again.</source>
        <translation>此表格由旧版 ecplanner 导出，没有记录导出时的内容。与计划的每处不同都会被当作团队的修改——包括导出后在软件里做的修改（导入会将其撤销）——表格中缺少的计划行也会被删除。请核对下面的列表，或重新导出。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="123"/>
        <source>Conflict — %1</source>
        <translation>冲突 — %1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="143"/>
        <source>Sheet “%1”, cell %2 (%3)</source>
        <translation>工作表“%1”，单元格 %2（%3）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="146"/>
        <source>Sheet “%1”, row %2</source>
        <translation>工作表“%1”，第 %2 行</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="151"/>
        <source>Sheet “%1”</source>
        <translation>工作表“%1”</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="196"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="196"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="196"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="197"/>
        <source>Clearance inputs</source>
        <translation>清仓参数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="197"/>
        <source>Budget month</source>
        <translation>预算月份</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="198"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="198"/>
        <source>Daily figures</source>
        <translation>每日数据</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="204"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="204"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="205"/>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="210"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="210"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="210"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="211"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="211"/>
        <source>Season</source>
        <translation>季节</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="211"/>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="212"/>
        <source>Wave</source>
        <translation>波段</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="212"/>
        <source>Role</source>
        <translation>定位</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="212"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="213"/>
        <source>Season end</source>
        <translation>季末</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="213"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="213"/>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="244"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="244"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="81"/>
        <source>has no ID and is the same event (platform, title and start) as another row</source>
        <translation>没有 ID，且与另一行是同一活动（平台、名称和开始日相同）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="83"/>
        <source>has no ID and matches several rows of the plan: put its ID back</source>
        <translation>没有 ID，且与计划中的多行相符：请把 ID 填回去</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="90"/>
        <source>is a formula the file holds no result for (it was saved by a program that does not calculate). Open the workbook in Excel to recalculate it, save it, and import again.</source>
        <translation>是公式，但文件里没有它的计算结果（保存文件的程序不会计算）。请用 Excel 打开工作簿重新计算并保存，然后再导入。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="94"/>
        <source>this text is longer than a cell holds, so the workbook shows only its beginning, and the marker line at its end was removed or changed. Keep that line to edit the beginning, or edit the whole text in the app.</source>
        <translation>这段文字超出单元格的容量，工作簿里只显示开头部分，而末尾的提示行被删除或改动了。修改开头时请保留这一行，或在程序中修改全文。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="136"/>
        <source>(row %1)</source>
        <translation>（第 %1 行）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="164"/>
        <source>is already the code of the product on row %1</source>
        <translation>已是第 %1 行商品的款号</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="166"/>
        <source>is already the code of %1</source>
        <translation>已是 %1 的款号</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="167"/>
        <source>is already the code of “%1” in the plan</source>
        <translation>已是计划中“%1”的款号</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="174"/>
        <source>its clearance inputs (%1 on hand)</source>
        <translation>它的清仓数据（现有库存 %1）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="177"/>
        <source>%1 tasks, %2 of them done</source>
        <translation>%1 项任务，其中 %2 项已完成</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="180"/>
        <source>its place in %1 events</source>
        <translation>它在 %1 个活动中的主推位置</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="185"/>
        <source>its notes “%1”</source>
        <translation>它的备注“%1”</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="186"/>
        <source>Goes with it: %1</source>
        <translation>一并删除：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="50"/>
        <source>This part of the workbook cannot be read.</source>
        <translation>无法读取工作簿的这一部分。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="51"/>
        <source>This part of the workbook is larger than any workbook ecplanner writes.</source>
        <translation>工作簿的这一部分比 ecplanner 写出的任何工作簿都大。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="53"/>
        <source>This file cannot be read.</source>
        <translation>无法读取此文件。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="54"/>
        <source>This is not a file but a folder, a pipe or a device.</source>
        <translation>这不是文件，而是文件夹、管道或设备。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="55"/>
        <source>This file is larger than any plan ecplanner writes.</source>
        <translation>此文件比 ecplanner 写出的任何计划都大。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="56"/>
        <source>This file nests its data deeper than any plan does.</source>
        <translation>此文件的数据嵌套层级超过任何计划。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="100"/>
        <source>is the product of other clearance inputs (a product has one set)</source>
        <translation>已是另一组清仓参数的商品（每个商品只有一组）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="199"/>
        <source>Ad channel&apos;s day</source>
        <translation>推广渠道日数据</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="182"/>
        <source>%1 days of its real sales</source>
        <translation>它已导入的 %1 天实际销售数据</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="58"/>
        <source>Export to &amp;Excel…</source>
        <translation>导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="60"/>
        <source>&amp;Import from Excel…</source>
        <translation>从 Excel 导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="62"/>
        <source>Export i&amp;Calendar…</source>
        <translation>导出 iCalendar(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="64"/>
        <source>Export &amp;JSON…</source>
        <translation>导出 JSON(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="66"/>
        <source>Import JS&amp;ON…</source>
        <translation>导入 JSON(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="82"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="83"/>
        <source>iCalendar file (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="84"/>
        <source>JSON file (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="92"/>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="126"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="98"/>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="126"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="124"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="169"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="174"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="174"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="176"/>
        <source>Nothing was changed or written.

%1</source>
        <translation>没有修改或写入任何内容。

%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="184"/>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ecplanner/ui/products/filters.py" line="30"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/filters.py" line="64"/>
        <source>(no wave)</source>
        <translation>（无波段）</translation>
    </message>
</context>
<context>
    <name>FilterButton</name>
    <message>
        <location filename="../../ecplanner/ui/calendar/toolbar.py" line="28"/>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/toolbar.py" line="69"/>
        <source>%1: all</source>
        <translation>%1：全部</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/toolbar.py" line="71"/>
        <source>%1: %2 of %3</source>
        <translation>%1：%2/%3</translation>
    </message>
</context>
<context>
    <name>ForecastPage</name>
    <message>
        <location filename="../../ecplanner/ui/budget/forecast_page.py" line="64"/>
        <source>Growth on last year&apos;s level, for every day of the year.</source>
        <translation>在去年水平上的增长率，作用于全年每一天。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/forecast_page.py" line="69"/>
        <source>Fit on This Year&apos;s Days</source>
        <translation>按今年数据拟合</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/forecast_page.py" line="72"/>
        <source>Growth on last year</source>
        <translation>同比增长</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/forecast_page.py" line="78"/>
        <source>Forecast GMV</source>
        <translation>预测 GMV</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/forecast_page.py" line="78"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/forecast_page.py" line="78"/>
        <source>Short of target</source>
        <translation>距目标缺口</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/forecast_page.py" line="79"/>
        <source>Visitors needed</source>
        <translation>需补访客数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/forecast_page.py" line="104"/>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/forecast_page.py" line="112"/>
        <source>Learning last year&apos;s rhythm…</source>
        <translation>正在学习去年的销售节奏…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/forecast_page.py" line="126"/>
        <source>Growth of this year&apos;s last 90 imported days on the same days&apos; forecast.</source>
        <translation>今年最近 90 个已导入日相对同期预测的增长。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/forecast_page.py" line="128"/>
        <source>Needs imported days of %1.</source>
        <translation>需要先导入 %1 年的每日数据。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/forecast_page.py" line="147"/>
        <source>Change the forecast growth</source>
        <translation>修改预测增长率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/forecast_page.py" line="160"/>
        <source>The forecast needs %1&apos;s daily actuals for every month: import last year&apos;s plan (File ▸ Import Last Year&apos;s Plan…) or its daily exports.</source>
        <translation>预测需要 %1 年每个月的每日数据：请导入去年的计划（文件 ▸ 导入去年的计划…）或去年的每日数据。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/forecast_page.py" line="168"/>
        <source>Each day of %1 on %2&apos;s base rhythm (by month and weekday), with %1&apos;s events and Spring Festival at their dates, × (1 + growth). Where the target is above the forecast, the shortfall in visitors at the month&apos;s conversion rate and order value: visitors needed = shortfall ÷ (CVR × AOV).</source>
        <translation>%1 年每一天 = %2 年的基础节奏（按月份和星期几）× %1 年活动和春节（按今年日期）×（1 + 增长率）。目标高于预测的月份，按当月转化率和客单价把缺口折算成访客数：需补访客数 = 缺口 ÷（转化率 × 客单价）。</translation>
    </message>
</context>
<context>
    <name>GlanceModel</name>
    <message>
        <location filename="../../ecplanner/ui/overview/glance_model.py" line="89"/>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/glance_model.py" line="94"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/glance_model.py" line="94"/>
        <source>Planned GMV</source>
        <translation>计划 GMV</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/glance_model.py" line="95"/>
        <source>Ad spend</source>
        <translation>推广费</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/glance_model.py" line="95"/>
        <source>ROI (GMV ÷ spend)</source>
        <translation>投产比（GMV÷推广费）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/glance_model.py" line="96"/>
        <source>Net profit</source>
        <translation>净利润</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/glance_model.py" line="96"/>
        <source>Events</source>
        <translation>活动数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/glance_model.py" line="97"/>
        <source>Major sales</source>
        <translation>大促数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/glance_model.py" line="97"/>
        <source>Launches</source>
        <translation>上新款数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/glance_model.py" line="98"/>
        <source>Delistings</source>
        <translation>下架款数</translation>
    </message>
</context>
<context>
    <name>ImportActualsDialog</name>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="71"/>
        <source>Import daily actuals</source>
        <translation>导入每日数据</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="83"/>
        <source>Choose a daily export from your platform&apos;s data centre (e.g. 生意参谋, RMS) as CSV or Excel .xlsx: one row per day with the date, visitors, buyers, sales and ad spend. Chinese, Japanese and English headers are recognised.</source>
        <translation>选择从平台数据后台（如生意参谋、RMS）导出的日报，CSV 或 Excel .xlsx 格式：每天一行，包含日期、访客数、支付买家数、成交额和推广费。可识别中文、日文和英文表头。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="97"/>
        <source>No file chosen.</source>
        <translation>未选择文件。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="98"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="114"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="143"/>
        <source>Read again with these columns</source>
        <translation>按这些列重新读取</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="165"/>
        <source>Change columns…</source>
        <translation>调整列…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="181"/>
        <source>Daily actuals</source>
        <translation>每日数据</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="182"/>
        <source>Daily exports (%1)</source>
        <translation>日报文件 (%1)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="202"/>
        <source>Reading %1 …</source>
        <translation>正在读取 %1 …</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="237"/>
        <source>(not used)</source>
        <translation>（不使用）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="245"/>
        <source>Choose what each column of the file holds. A date column and a sales (GMV) or visitors column are needed.</source>
        <translation>请指定文件每一列的内容。至少需要日期列，以及成交额（GMV）或访客数列。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="248"/>
        <source>Some columns were not recognised. Missing: %1.</source>
        <translation>部分列无法识别。缺少：%1。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="249"/>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="289"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="324"/>
        <source>%n problem(s) in the file — nothing can be imported. Correct the rows below in the file, then choose it again.</source>
        <translation>文件中有 %n 处问题，无法导入。请在文件中修正下列各行后重新选择。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="317"/>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="346"/>
        <source>New days: %1; replaced: %2 (tinted: the plan holds other figures); unchanged: %3 (greyed).</source>
        <translation>新增 %1 天；替换 %2 天（底色标出：计划中该日数据不同）；未变 %3 天（灰色）。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="270"/>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="296"/>
        <source>The file holds no days to import.</source>
        <translation>文件中没有可导入的日期数据。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="339"/>
        <source>%n days, %1 to %2.</source>
        <translation>共 %n 天，%1 至 %2。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="314"/>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="341"/>
        <source>Columns: %1</source>
        <translation>列：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="344"/>
        <source>Not used: %1</source>
        <translation>未使用：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="327"/>
        <source>%n problems in the file — nothing can be imported; the first %1 are listed. Correct them in the file, then choose it again.</source>
        <translation>文件中有 %n 个问题，无法导入任何数据；下面列出前 %1 个。请在文件中改正后重新选择。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="88"/>
        <source>The store&apos;s daily figures</source>
        <translation>店铺每日数据（生意参谋等）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="89"/>
        <source>An ad report, of the channel it names</source>
        <translation>推广报表（渠道按报表自动识别）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="91"/>
        <source>An ad report: %1</source>
        <translation>推广报表：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="95"/>
        <source>The file holds:</source>
        <translation>文件内容：</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="287"/>
        <source>This is not an ad report that can be read: it has no column for %1. An ad report needs the date, the spend, and the GMV the ads brought (or their ROI).</source>
        <translation>无法按推广报表读取：缺少%1列。推广报表需要日期、花费，以及推广带来的成交额（或投产比）。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="294"/>
        <source>The report does not say which channel it is for: choose the channel above.</source>
        <translation>报表中没有注明所属渠道，请在上方选择渠道。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="311"/>
        <source>%1: %n days, %2 to %3.</source>
        <translation>%1：共 %n 天，%2 至 %3。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../ecplanner/ui/exchange/preview_dialog.py" line="45"/>
        <location filename="../../ecplanner/ui/exchange/preview_dialog.py" line="118"/>
        <source>Import “%1”</source>
        <translation>导入“%1”</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/preview_dialog.py" line="68"/>
        <source>Apply All Changes</source>
        <translation>应用全部修改</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecplanner/ui/exchange/preview_dialog.py" line="98"/>
        <source>The workbook and the plan changed the same things since the export: %n conflict(s) below. Nothing was changed. Keep the plan&apos;s value by typing it into the cell, or the workbook&apos;s by setting the plan to it, then import again.</source>
        <translation>
            <numerusform>导出后，表格和计划改动了同一处内容：下面有 %n 处冲突。没有做任何修改。要保留计划的值，请把它填回表格单元格；要采用表格的值，请在计划中改成该值，然后重新导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecplanner/ui/exchange/preview_dialog.py" line="103"/>
        <source>This file cannot be imported: %n problem(s) below. Nothing was changed; correct the file and import it again.</source>
        <translation>
            <numerusform>此文件无法导入：有以下 %n 处问题。计划未做任何修改；请修正文件后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/preview_dialog.py" line="107"/>
        <source>The file holds nothing the plan does not already hold.</source>
        <translation>文件中没有计划里尚未包含的内容。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/preview_dialog.py" line="110"/>
        <source>Importing applies these changes as one step (Edit → Undo takes it back): %1 added, %2 changed, %3 removed.</source>
        <translation>导入会把这些修改作为一步执行（编辑 → 撤销可还原）：新增 %1，修改 %2，删除 %3。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/preview_dialog.py" line="121"/>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
</context>
<context>
    <name>ImportProductsDialog</name>
    <message>
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="79"/>
        <source>Import product data</source>
        <translation>导入商品数据</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="98"/>
        <source>Choose product reports (e.g. 生意参谋 商品效果) as CSV or Excel .xlsx: one row per product and day with the product&apos;s code (款号 or 商品ID), the date, visitors, units paid for and sales. A product&apos;s day already imported is replaced.</source>
        <translation>选择商品报表（如生意参谋“商品效果”），CSV 或 Excel .xlsx 格式：每个商品每天一行，包含商品编码（款号或商品ID）、日期、访客数、支付件数和支付金额。已导入过的商品日数据会被替换。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="102"/>
        <source>No file chosen.</source>
        <translation>未选择文件。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="103"/>
        <source>Choose files…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="136"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="149"/>
        <source>Product reports</source>
        <translation>商品报表</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="150"/>
        <source>Product reports (%1)</source>
        <translation>商品报表（%1）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="159"/>
        <source>Reading %n file(s) …</source>
        <translation>
            <numerusform>正在读取 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="187"/>
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="199"/>
        <source>Matching the products&apos; codes …</source>
        <translation>正在匹配商品编码…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="221"/>
        <source>The files could not be read.</source>
        <translation>无法读取这些文件。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="223"/>
        <source>%1: no column was recognised for the product code, the date or the units paid for. Headers found: %2</source>
        <translation>%1：未识别出商品编码、日期或支付件数列。找到的表头：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="227"/>
        <source>%1: %n problem(s) — nothing can be imported. Correct them in the file, then choose it again.</source>
        <translation>
            <numerusform>%1：有 %n 处问题，无法导入。请在文件中改正后重新选择。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="231"/>
        <source>%1 holds no products&apos; days.</source>
        <translation>%1 中没有商品日数据。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="243"/>
        <source>Skip its rows</source>
        <translation>跳过这些行</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="247"/>
        <source>“%1” (%n row(s))</source>
        <translation>
            <numerusform>“%1”（%n 行）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="256"/>
        <source>%1 products&apos; days of %2 product(s) to import.</source>
        <translation>将导入 %2 个商品的 %1 条商品日数据。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="261"/>
        <source>The plan has no product, or more than one, with these codes: choose the product each one is, or skip its rows.</source>
        <translation>计划中没有这些编码的商品，或有多个商品使用同一编码：请为每个编码选择对应的商品，或跳过它的行。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="278"/>
        <source>Storing %1 products&apos; days …</source>
        <translation>正在保存 %1 条商品日数据…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="307"/>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
</context>
<context>
    <name>InventoryCommands</name>
    <message>
        <location filename="../../ecplanner/ui/inventory/commands.py" line="26"/>
        <source>Allowed discounts</source>
        <translation>可选降幅</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/commands.py" line="27"/>
        <source>Edit %1 of “%2”</source>
        <translation>修改“%2”的%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/commands.py" line="39"/>
        <source>Plan clearance for “%1”</source>
        <translation>为“%1”制定清仓计划</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/commands.py" line="46"/>
        <source>Remove the clearance plan of “%1”</source>
        <translation>删除“%1”的清仓计划</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/commands.py" line="48"/>
        <source>Remove %n clearance plans</source>
        <translation>删除 %n 个清仓计划</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/commands.py" line="67"/>
        <source>Accept the suggested ladder for “%1”</source>
        <translation>采用“%1”的建议降价阶梯</translation>
    </message>
</context>
<context>
    <name>InventoryTab</name>
    <message>
        <location filename="../../ecplanner/ui/inventory/texts.py" line="20"/>
        <source>Projected weekly from %1, the first day of the plan year (today, %2, is before it).</source>
        <translation>自计划年度首日 %1 起按周预测（今天 %2 在此之前）。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/texts.py" line="23"/>
        <source>Projected weekly from today, %1.</source>
        <translation>自今天（%1）起按周预测。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/groups.py" line="24"/>
        <source>All seasons and waves</source>
        <translation>全部季节和波段</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/texts.py" line="37"/>
        <source>%1 products shown · on hand %2 · projected leftover %3 units (%4 at cost) · revenue %5 · gross margin %6 · %7 miss their sell-through target</source>
        <translation>显示 %1 款 · 现有库存 %2 · 预计季末剩余 %3 件（成本 %4）· 销售额 %5 · 毛利 %6 · %7 款未达售罄率目标</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/chart.py" line="64"/>
        <source>%1: stock of the %2 shown products together</source>
        <translation>%1：所显示 %2 款商品的合计库存</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/chart.py" line="71"/>
        <source>Select a product to see its projected stock</source>
        <translation>选择一款商品查看库存预测</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/chart.py" line="78"/>
        <source>%1 %2: projected stock</source>
        <translation>%1 %2：库存预测</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/view.py" line="75"/>
        <location filename="../../ecplanner/ui/inventory/view.py" line="90"/>
        <source>Plan clearance for…</source>
        <translation>制定清仓计划…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/view.py" line="76"/>
        <source>Remove clearance plan</source>
        <translation>删除清仓计划</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/view.py" line="137"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/view.py" line="175"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/view.py" line="319"/>
        <source>Not saved — %1 %2: %3</source>
        <translation>未保存 — %1 %2：%3</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/view.py" line="77"/>
        <source>Import product data…</source>
        <translation>导入商品数据…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/view.py" line="79"/>
        <source>Product reports (生意参谋 商品效果 and the like): from 14 days of a product&apos;s real sales on, its projection runs from its real stock and rate</source>
        <translation>导入商品报表（生意参谋“商品效果”等）：商品有 14 天以上的实际销售数据后，按实际库存和实际销速预测</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="18"/>
        <source>Major sale</source>
        <translation>大促</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="19"/>
        <source>Platform day</source>
        <translation>平台活动日</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="20"/>
        <source>Festival</source>
        <translation>节日</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="21"/>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="22"/>
        <source>Store promotion</source>
        <translation>店铺活动</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="23"/>
        <source>Clearance</source>
        <translation>清仓</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="29"/>
        <source>Warm-up</source>
        <translation>预热</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="30"/>
        <source>Presale (deposit)</source>
        <translation>预售（定金）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="31"/>
        <source>Balance payment</source>
        <translation>付尾款</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="32"/>
        <source>Main sale</source>
        <translation>正式</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="33"/>
        <source>Encore</source>
        <translation>返场</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="43"/>
        <source>Tmall</source>
        <translation>天猫</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="43"/>
        <source>Taobao</source>
        <translation>淘宝</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="43"/>
        <source>JD</source>
        <translation>京东</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="44"/>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="44"/>
        <source>Pinduoduo</source>
        <translation>拼多多</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="44"/>
        <source>Rakuten</source>
        <translation>乐天</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="45"/>
        <source>Amazon JP</source>
        <translation>日本亚马逊</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="45"/>
        <source>Yahoo! Shopping</source>
        <translation>雅虎购物</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="46"/>
        <source>Amazon</source>
        <translation>亚马逊</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="46"/>
        <source>All platforms</source>
        <translation>全平台</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="46"/>
        <location filename="../../ecplanner/ui/common/labels.py" line="47"/>
        <source>Own store</source>
        <translation>本店</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="53"/>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="53"/>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="53"/>
        <source>Global</source>
        <translation>全球</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="58"/>
        <source>Spring</source>
        <translation>春季</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="58"/>
        <source>Summer</source>
        <translation>夏季</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="59"/>
        <source>Autumn</source>
        <translation>秋季</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="59"/>
        <source>Winter</source>
        <translation>冬季</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="60"/>
        <source>All year</source>
        <translation>四季</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="66"/>
        <source>Traffic driver</source>
        <translation>引流款</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="66"/>
        <source>Profit maker</source>
        <translation>利润款</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="67"/>
        <source>Event item</source>
        <translation>活动款</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="67"/>
        <source>Image item</source>
        <translation>形象款</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="73"/>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="73"/>
        <source>Sampling</source>
        <translation>打样中</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="74"/>
        <source>Shooting</source>
        <translation>拍摄中</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="74"/>
        <source>Ready</source>
        <translation>待上架</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="75"/>
        <source>On sale</source>
        <translation>在售</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="75"/>
        <source>Delisted</source>
        <translation>已下架</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="81"/>
        <source>Operations</source>
        <translation>运营</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="81"/>
        <source>Design</source>
        <translation>美工</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="82"/>
        <source>Warehouse</source>
        <translation>仓储</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="82"/>
        <source>Ads</source>
        <translation>推广</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="83"/>
        <source>Customer service</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="83"/>
        <source>Purchasing</source>
        <translation>采购</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/task_model.py" line="28"/>
        <source>Open</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/task_model.py" line="29"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/task_model.py" line="30"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/task_templates_dialog.py" line="29"/>
        <source>registration deadline</source>
        <translation>报名截止</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/task_templates_dialog.py" line="30"/>
        <source>event start</source>
        <translation>活动开始</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/task_templates_dialog.py" line="31"/>
        <source>event end</source>
        <translation>活动结束</translation>
    </message>
</context>
<context>
    <name>LadderEditor</name>
    <message>
        <location filename="../../ecplanner/ui/inventory/ladder_editor.py" line="55"/>
        <source>Add step</source>
        <translation>添加一档</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/ladder_editor.py" line="56"/>
        <source>Remove step</source>
        <translation>删除一档</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/ladder_editor.py" line="57"/>
        <source>Add arrival</source>
        <translation>添加到货</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/ladder_editor.py" line="58"/>
        <source>Remove arrival</source>
        <translation>删除到货</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/ladder_editor.py" line="60"/>
        <source>e.g. 10, 20, 30, 50</source>
        <translation>如 10, 20, 30, 50</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/ladder_editor.py" line="61"/>
        <source>Discounts (in %) the ladder may use; the suggestion picks from these</source>
        <translation>降价阶梯可用的降幅（%），推荐方案从中选取</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/ladder_editor.py" line="64"/>
        <source>Markdown steps</source>
        <translation>降价阶梯</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/ladder_editor.py" line="65"/>
        <source>Stock on order</source>
        <translation>在途库存</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/ladder_editor.py" line="71"/>
        <source>Allowed discounts (%)</source>
        <translation>可选降幅(%)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/ladder_editor.py" line="111"/>
        <source>Select a product to edit its markdown ladder</source>
        <translation>选择一款商品编辑降价阶梯</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/ladder_editor.py" line="116"/>
        <source>Markdown ladder of %1 %2</source>
        <translation>%1 %2 的降价阶梯</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/ladder_editor.py" line="191"/>
        <source>Allowed discounts: “%1” is not a percentage above 0 and below 100</source>
        <translation>可选降幅：“%1”不是 0 到 100 之间的百分比</translation>
    </message>
</context>
<context>
    <name>LastYear</name>
    <message>
        <location filename="../../ecplanner/ui/budget/last_year.py" line="61"/>
        <source>Import Last Year&apos;s Plan…</source>
        <translation>导入去年的计划…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/last_year.py" line="62"/>
        <source>Bring in last year&apos;s daily actuals and its events from last year&apos;s plan file, for the seasonality.</source>
        <translation>从去年的计划文件导入去年的每日数据和活动，用于计算季节权重。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/last_year.py" line="66"/>
        <source>Seasonality from Last Year…</source>
        <translation>按去年算季节权重…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/last_year.py" line="82"/>
        <source>Each month&apos;s weight from %1&apos;s daily GMV, with %1&apos;s events and Spring Festival taken out and this year&apos;s put back at their dates.</source>
        <translation>用 %1 年的每日 GMV 算出各月权重：先去掉 %1 年活动和春节的影响，再按今年的日期放回今年的活动和春节。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/last_year.py" line="85"/>
        <source>Needs daily actuals of %1 for every month: import last year&apos;s plan or its daily exports first.</source>
        <translation>需要 %1 年每个月的每日数据：请先导入去年的计划或去年的每日数据。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/last_year.py" line="91"/>
        <source>Import Last Year&apos;s Plan</source>
        <translation>导入去年的计划</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/last_year.py" line="92"/>
        <source>ecplanner plans (*.ecplan)</source>
        <translation>ecplanner 计划 (*.ecplan)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/last_year.py" line="111"/>
        <source>Import last year&apos;s plan</source>
        <translation>导入去年的计划</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/last_year.py" line="116"/>
        <source>Imported %1 days and %2 events of %3 from %4.</source>
        <translation>已从 %4 导入 %3 年的 %1 天数据和 %2 个活动。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/last_year.py" line="126"/>
        <source>%1 is this plan itself: choose last year&apos;s plan.</source>
        <translation>%1 就是当前计划本身，请选择去年的计划。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/last_year.py" line="128"/>
        <source>%1 plans %2; last year&apos;s plan plans %3.</source>
        <translation>%1 是 %2 年的计划，去年的计划应是 %3 年的。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/last_year.py" line="130"/>
        <source>%1 holds no daily actuals.</source>
        <translation>%1 里没有每日数据。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/last_year.py" line="150"/>
        <source>Last year&apos;s days cannot give a base rhythm: every month and every weekday needs ordinary days.</source>
        <translation>去年的数据算不出基础节奏：每个月、每个星期几都需要有非活动日的数据。</translation>
    </message>
</context>
<context>
    <name>LearnedUpliftsDialog</name>
    <message>
        <location filename="../../ecplanner/ui/calendar/learned_dialog.py" line="39"/>
        <source>Uplifts from Last Year</source>
        <translation>按去年实际设流量系数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/learned_dialog.py" line="43"/>
        <source>Each event&apos;s uplift measured on last year&apos;s imported days: its selling days&apos; GMV against ordinary days (the same weekday in the four weeks before). Ticked rows give their uplift to this plan&apos;s events from the same catalog entry.</source>
        <translation>用已导入的去年每日数据衡量每个活动的流量系数：成交日的 GMV 与平常日（前四周同一星期几）相比。勾选的行会把系数用于本计划中同一活动库条目的活动。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/learned_dialog.py" line="49"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/learned_dialog.py" line="49"/>
        <source>Catalog</source>
        <translation>活动库默认</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/learned_dialog.py" line="49"/>
        <source>Last year</source>
        <translation>去年实际</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/learned_dialog.py" line="49"/>
        <source>Measured on</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/learned_dialog.py" line="50"/>
        <source>In this plan</source>
        <translation>本计划中</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/learned_dialog.py" line="61"/>
        <source>%1 events, %2 days</source>
        <translation>%1 次活动，%2 天</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/learned_dialog.py" line="70"/>
        <source>Use Ticked</source>
        <translation>采用勾选项</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="244"/>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="247"/>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="250"/>
        <source>“%1” was not undone: the plan file could not be written (%2).

The plan and its undo history are as they were. Free some disk space or fix the cause, then undo again.</source>
        <translation>“%1”未能撤销：无法写入计划文件（%2）。

计划和撤销记录都保持原样。请腾出一些磁盘空间或排除原因，然后再撤销一次。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="253"/>
        <source>“%1” was not redone: the plan file could not be written (%2).

The plan and its undo history are as they were. Free some disk space or fix the cause, then redo again.</source>
        <translation>“%1”未能重做：无法写入计划文件（%2）。

计划和撤销记录都保持原样。请腾出一些磁盘空间或排除原因，然后再重做一次。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="256"/>
        <source>The plan was not changed</source>
        <translation>计划未被更改</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="269"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="272"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="279"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="282"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="284"/>
        <source>&amp;Plan</source>
        <translation>计划(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="292"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="331"/>
        <source>Added %1 platform events for %2 with their team tasks.</source>
        <translation>已添加 %2 年的 %1 个平台活动及对应的团队任务。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="333"/>
        <source>The plan already has every platform event of %1.</source>
        <translation>计划中已包含 %1 年的全部平台活动。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="361"/>
        <source>Cannot open plan</source>
        <translation>无法打开计划</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="377"/>
        <source>Open plan</source>
        <translation>打开计划</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="378"/>
        <location filename="../../ecplanner/ui/main_window.py" line="386"/>
        <source>ecplanner plan (*.ecplan)</source>
        <translation>ecplanner 计划文件 (*.ecplan)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="385"/>
        <source>Save a copy as</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="395"/>
        <source>Copy not saved</source>
        <translation>副本未保存</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="414"/>
        <source>No backup copy of this plan could be made: %1</source>
        <translation>无法为此计划保存备份副本：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="289"/>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="19"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="19"/>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="19"/>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="20"/>
        <source>Traffic uplift</source>
        <translation>流量系数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="20"/>
        <source>Discount</source>
        <translation>折扣力度</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="20"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="21"/>
        <source>Registration deadline</source>
        <translation>报名截止</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="21"/>
        <source>Phases</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="22"/>
        <source>Code</source>
        <translation>货号</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="22"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="22"/>
        <source>Unit cost</source>
        <translation>成本价</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="23"/>
        <source>List price</source>
        <translation>吊牌价</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="23"/>
        <source>Delist date</source>
        <translation>下架日期</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="24"/>
        <source>Launch date</source>
        <translation>上新日期</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="24"/>
        <source>First order quantity</source>
        <translation>首单数量</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="25"/>
        <source>Lead time</source>
        <translation>生产周期</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="25"/>
        <source>Stock on hand</source>
        <translation>现有库存</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="26"/>
        <source>Base weekly sales</source>
        <translation>正价周销量</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="26"/>
        <source>Elasticity</source>
        <translation>价格弹性</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="27"/>
        <source>Target sell-through</source>
        <translation>目标售罄率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="27"/>
        <source>Markdown ladder</source>
        <translation>降价阶梯</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="28"/>
        <source>Arrivals</source>
        <translation>到货</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="28"/>
        <source>Store name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="28"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="29"/>
        <source>Annual target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="29"/>
        <source>Markets</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="30"/>
        <source>Expected launch months</source>
        <translation>预计上新月份</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="31"/>
        <source>Price-lock window</source>
        <translation>价格锁定期</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="32"/>
        <source>Season milestone defaults</source>
        <translation>季度节点默认值</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="36"/>
        <source>Traffic during the courier shutdown</source>
        <translation>春节停运期间流量</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="37"/>
        <source>Growth on last year</source>
        <translation>同比增长率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="47"/>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="48"/>
        <source>ends before it starts</source>
        <translation>结束早于开始</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="49"/>
        <source>must be greater than zero</source>
        <translation>必须大于 0</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="50"/>
        <source>must be between 0% and 100%</source>
        <translation>必须在 0% 到 100% 之间</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="51"/>
        <source>must be between −90% and +500%</source>
        <translation>必须在 −90% 到 +500% 之间</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="52"/>
        <source>is not a colour like #FF5000</source>
        <translation>不是 #FF5000 这样的颜色</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="53"/>
        <source>is after the event starts</source>
        <translation>晚于活动开始</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="54"/>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="55"/>
        <source>is before the launch date</source>
        <translation>早于上新日期</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="56"/>
        <source>is not a month</source>
        <translation>不是有效月份</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="57"/>
        <source>must be between 0 and 10</source>
        <translation>必须在 0 到 10 之间</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="58"/>
        <source>is not a number of days this field takes</source>
        <translation>不是该项允许的天数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="59"/>
        <source>is not a year between 2000 and 2100</source>
        <translation>不是 2000 到 2100 之间的年份</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="67"/>
        <source>must be 0 or at least %1</source>
        <translation>必须为 0 或至少 %1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="87"/>
        <source>%1 %2</source>
        <comment>a field, then what is wrong with it</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="97"/>
        <source>There is no file at this place.</source>
        <translation>该位置没有文件。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="98"/>
        <source>This file is not an ecplanner plan.</source>
        <translation>此文件不是 ecplanner 计划。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="99"/>
        <source>This database was not made by ecplanner.</source>
        <translation>此数据库不是由 ecplanner 创建的。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="100"/>
        <source>This plan was saved by a newer version of ecplanner. Please update ecplanner to open it.</source>
        <translation>此计划由更新版本的 ecplanner 保存，请升级 ecplanner 后再打开。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="102"/>
        <source>This plan is damaged and cannot be read safely. A backup copy may be in the backups folder.</source>
        <translation>此计划已损坏，无法安全读取。备份文件夹中可能有备份副本。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="104"/>
        <source>This plan is already open in another window or program.</source>
        <translation>此计划已在另一个窗口或程序中打开。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="105"/>
        <source>This plan could not be upgraded; it was left unchanged.</source>
        <translation>此计划无法升级，已保持原样。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="106"/>
        <source>A file with this name already exists.</source>
        <translation>已存在同名文件。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="107"/>
        <source>The plan cannot be saved in this place.</source>
        <translation>无法在此位置保存计划。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="108"/>
        <source>This plan is in a place that cannot be written to, so it cannot be changed there. Copy it to a folder you can write to and open the copy.</source>
        <translation>此计划所在的位置无法写入，因此不能在那里修改它。请把它复制到你可以写入的文件夹，然后打开副本。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="111"/>
        <source>A save of this plan was cut short (the app or the computer stopped), and it must be undone before the plan is opened, but the plan&apos;s folder cannot be written to. The plan is not damaged: make the folder writable, or move the plan together with the file “%1” beside it, then open it again.</source>
        <translation>此计划的一次保存被中断了（应用或电脑停止了运行），打开计划前必须先撤销这次保存，但计划所在的文件夹无法写入。计划并没有损坏：请让该文件夹可以写入，或把计划连同旁边的文件“%1”一起移走，然后重新打开。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="116"/>
        <source>Creating this plan was cut short, so it holds nothing. Delete it and create the plan again.</source>
        <translation>此计划在创建过程中被中断，里面没有任何内容。请删除它，然后重新创建计划。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="60"/>
        <source>This plan is read-only: nothing was changed. Save a copy to edit it.</source>
        <translation>此计划为只读：未做任何更改。请另存副本后编辑。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="118"/>
        <source>You do not have permission to read this file.</source>
        <translation>你没有读取此文件的权限。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="119"/>
        <source>This is not a plan file: it is a folder, a pipe or a device.</source>
        <translation>这不是计划文件：它是文件夹、管道或设备。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="131"/>
        <source>This plan is read-only (the file cannot be written): you can look and export, not edit. Save a Copy to edit.</source>
        <translation>此计划为只读（文件无法写入）：可以查看和导出，不能编辑。要编辑，请“另存副本”。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="133"/>
        <source>This plan is read-only (its folder cannot be written): you can look and export, not edit. Save a Copy to edit.</source>
        <translation>此计划为只读（所在文件夹无法写入）：可以查看和导出，不能编辑。要编辑，请“另存副本”。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="135"/>
        <source>This plan is open read-only: you can look and export, not edit. Save a Copy to edit.</source>
        <translation>此计划以只读方式打开：可以查看和导出，不能编辑。要编辑，请“另存副本”。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="33"/>
        <source>Inbound buffer</source>
        <translation>入仓缓冲期</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="34"/>
        <source>Milestones</source>
        <translation>上新节点</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="35"/>
        <source>Last day to ship before Spring Festival</source>
        <translation>春节前最后发货日</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="38"/>
        <source>Allowed discounts</source>
        <translation>可选降幅</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="38"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="39"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="39"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="39"/>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="40"/>
        <source>Featured products</source>
        <translation>主推商品</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="62"/>
        <source>is not a finite number</source>
        <translation>不是有限的数字</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="63"/>
        <source>lists the same item twice</source>
        <translation>同一项列出了两次</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="64"/>
        <source>is too large to be stored</source>
        <translation>太大，无法保存</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="65"/>
        <source>must not be more than %1</source>
        <translation>不能超过 %1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="69"/>
        <source>must not be more than ×%1</source>
        <translation>不能超过 ×%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="71"/>
        <source>is longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="73"/>
        <source>holds a character that is not valid text (a lone surrogate)</source>
        <translation>含有无效的文本字符（孤立的代理项）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="74"/>
        <source>is not a date between %1 and %2</source>
        <translation>不是 %1 到 %2 年之间的日期</translation>
    </message>
</context>
<context>
    <name>MilestonesDialog</name>
    <message>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="53"/>
        <source>Milestones of “%1”</source>
        <translation>“%1”的上新节点</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="62"/>
        <source>Milestone</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="62"/>
        <source>Days before launch</source>
        <translation>上新前天数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="63"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="68"/>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="85"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="69"/>
        <source>%1 default (%2)</source>
        <translation>%1默认（%2）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="89"/>
        <source>Inbound buffer</source>
        <translation>入仓缓冲期</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="93"/>
        <source>Launch: %1</source>
        <translation>上新：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="95"/>
        <source>No launch date yet: the dates show once it has one.</source>
        <translation>尚无上新日期：设定后即显示各节点日期。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="96"/>
        <source>Unticked milestones keep their own days; ticked ones follow the season&apos;s default. Reorder by = launch − lead time (%1) − inbound buffer.</source>
        <translation>未勾选的节点使用自己的天数，勾选的节点跟随季节默认值。补单截止 = 上新日 − 生产周期（%1）− 入仓缓冲期。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="134"/>
        <source>%1 (after launch)</source>
        <translation>%1（上新后）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="137"/>
        <source>Reorder by %1</source>
        <translation>补单截止 %1</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../../ecplanner/ui/new_plan_dialog.py" line="34"/>
        <source>New plan</source>
        <translation>新建计划</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/new_plan_dialog.py" line="44"/>
        <source>Store name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/new_plan_dialog.py" line="45"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/new_plan_dialog.py" line="46"/>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/new_plan_dialog.py" line="58"/>
        <source>Please enter the store&apos;s name.</source>
        <translation>请输入店铺名称。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/new_plan_dialog.py" line="71"/>
        <source>Save the new plan as</source>
        <translation>新计划保存为</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/new_plan_dialog.py" line="72"/>
        <source>ecplanner plan (*.ecplan)</source>
        <translation>ecplanner 计划文件 (*.ecplan)</translation>
    </message>
</context>
<context>
    <name>OffPlatformQuestion</name>
    <message>
        <location filename="../../ecplanner/ui/calendar/off_platform.py" line="31"/>
        <source>Add “%1”</source>
        <translation>添加“%1”</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/off_platform.py" line="32"/>
        <source>This store does not sell on %1.</source>
        <translation>本店未在%1开店。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/off_platform.py" line="34"/>
        <source>The budget counts the traffic uplift of “%1” only if the store sells on %2. Add it how?</source>
        <translation>只有本店在%2开店，预算才计入“%1”的流量提升。要怎样添加？</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/off_platform.py" line="39"/>
        <source>Add %1 to the store&apos;s platforms</source>
        <translation>将%1加入本店平台</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/off_platform.py" line="41"/>
        <source>Count its uplift anyway</source>
        <translation>仍计入流量提升</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/off_platform.py" line="43"/>
        <source>On the calendar only</source>
        <translation>仅放在日历上</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../ecplanner/ui/overview/view.py" line="90"/>
        <source>Add event…</source>
        <translation>添加活动…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/view.py" line="91"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/view.py" line="92"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/view.py" line="97"/>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/view.py" line="130"/>
        <source>%1 — plan for %2</source>
        <translation>%1 — %2 年度计划</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/view.py" line="134"/>
        <source>Markets: %1   Platforms: %2</source>
        <translation>市场：%1&#x3000;&#x3000;平台：%2</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/view.py" line="268"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>PastePreviewDialog</name>
    <message>
        <location filename="../../ecplanner/ui/products/dialogs.py" line="44"/>
        <source>Paste products from Excel</source>
        <translation>从 Excel 粘贴商品</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/dialogs.py" line="56"/>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecplanner/ui/products/dialogs.py" line="61"/>
        <source>Import %n valid rows</source>
        <translation>
            <numerusform>导入 %n 行有效数据</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/dialogs.py" line="80"/>
        <source>The clipboard holds no rows. Copy the rows in Excel (a header row is optional) and paste again.</source>
        <translation>剪贴板中没有数据行。请在 Excel 中复制数据行（表头可选）后再粘贴。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/dialogs.py" line="82"/>
        <source>%1 rows read: %2 valid, %3 with problems (not imported).</source>
        <translation>共读取 %1 行：%2 行有效，%3 行有问题（不导入）。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/dialogs.py" line="85"/>
        <source>The first row names the columns.</source>
        <translation>第一行为表头。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/dialogs.py" line="86"/>
        <source>No header row: the columns are read in the table&apos;s order.</source>
        <translation>无表头：按表格的列顺序读取。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/dialogs.py" line="89"/>
        <source>Columns not read: %1</source>
        <translation>未读取的列：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/dialogs.py" line="110"/>
        <source>Pasted as “%1”</source>
        <translation>粘贴内容为“%1”</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/dialogs.py" line="118"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
</context>
<context>
    <name>PhasesTable</name>
    <message>
        <location filename="../../ecplanner/ui/calendar/dialogs.py" line="53"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/dialogs.py" line="53"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/dialogs.py" line="53"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/dialogs.py" line="54"/>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
</context>
<context>
    <name>PlanClearanceDialog</name>
    <message>
        <location filename="../../ecplanner/ui/inventory/dialogs.py" line="28"/>
        <source>Plan clearance for…</source>
        <translation>制定清仓计划</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/dialogs.py" line="31"/>
        <source>Filter by code, name, season or wave</source>
        <translation>按货号、名称、季节或波段筛选</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/dialogs.py" line="48"/>
        <source>The new plan starts with the product&apos;s first order on hand and its delisting date as the season end; edit them in the table.</source>
        <translation>新清仓计划以商品首单数量为现有库存、下架日期为季末，可在表格中修改。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/dialogs.py" line="51"/>
        <source>Every product already has a clearance plan.</source>
        <translation>所有商品都已有清仓计划。</translation>
    </message>
</context>
<context>
    <name>PlanSettingsDialog</name>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="54"/>
        <source>Store and plan settings</source>
        <translation>店铺与计划设置</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="80"/>
        <source> days before the break</source>
        <translation> 天（停运前）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="84"/>
        <source>% of a normal day</source>
        <translation>%（相对平日）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="86"/>
        <source>Buyers still order while couriers stop for the Spring Festival; the budget counts each day of the shutdown at this share of a normal day&apos;s visitors, and ships those orders when it ends.</source>
        <translation>春节快递停运期间买家照样下单，只是发不了货：投入产出表把停运的每一天按平日访客的这个比例计算，这些订单在停运结束后发货。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="91"/>
        <source> days before a major sale</source>
        <translation> 天（大促前）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="109"/>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="111"/>
        <source>Store name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="115"/>
        <source>Markets</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="119"/>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="120"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="121"/>
        <source>Plan language</source>
        <translation>计划语言</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="122"/>
        <source>Annual GMV target</source>
        <translation>年度 GMV 目标</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="126"/>
        <source>Plan defaults</source>
        <translation>计划默认值</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="128"/>
        <source>Last day to ship before Spring Festival</source>
        <translation>春节前最后发货日</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="129"/>
        <source>Traffic during the courier shutdown</source>
        <translation>春节停运期间流量</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="130"/>
        <source>Price-lock window</source>
        <translation>价格锁定期</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="132"/>
        <source>months, e.g. 2, 3</source>
        <translation>月份，如 2, 3</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="133"/>
        <source>%1 launches expected in</source>
        <translation>%1上新月份</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="171"/>
        <source>Change the plan settings</source>
        <translation>修改计划设置</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="103"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="103"/>
        <source>Visitors</source>
        <translation>访客数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="103"/>
        <source>Buyers</source>
        <translation>买家数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="103"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="104"/>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="104"/>
        <source>Ad spend</source>
        <translation>推广费</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="104"/>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="117"/>
        <source>The plan already has this day; importing replaces it.</source>
        <translation>计划中已有这一天的数据，导入后将被替换。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="116"/>
        <source>The plan already has this day with the same figures.</source>
        <translation>计划中已有这一天，数据相同。</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="165"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="165"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="165"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="165"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="173"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>ProductCommands</name>
    <message>
        <location filename="../../ecplanner/ui/products/commands.py" line="41"/>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/commands.py" line="50"/>
        <source>Move “%1”</source>
        <translation>调整“%1”的上下架日期</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/commands.py" line="62"/>
        <source>Add “%1”</source>
        <translation>添加“%1”</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/commands.py" line="75"/>
        <source>Duplicate “%1”</source>
        <translation>复制“%1”</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/commands.py" line="76"/>
        <source>Duplicate %n products</source>
        <translation>复制 %n 款商品</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/commands.py" line="85"/>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/commands.py" line="86"/>
        <source>Delete %n products</source>
        <translation>删除 %n 款商品</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/commands.py" line="93"/>
        <source>Paste %n products</source>
        <translation>粘贴 %n 款商品</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/commands.py" line="102"/>
        <source>Milestones of “%1”</source>
        <translation>修改“%1”的上新节点</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/commands.py" line="112"/>
        <source>Season milestone defaults</source>
        <translation>修改季节节点默认值</translation>
    </message>
</context>
<context>
    <name>Products</name>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="36"/>
        <source>Code</source>
        <translation>货号</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="36"/>
        <source>Name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="36"/>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="37"/>
        <source>Season</source>
        <translation>季节</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="37"/>
        <source>Wave</source>
        <translation>波段</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="37"/>
        <source>Role</source>
        <translation>定位</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="38"/>
        <source>Unit cost</source>
        <translation>成本价</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="38"/>
        <source>List price</source>
        <translation>吊牌价</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="39"/>
        <location filename="../../ecplanner/ui/products/texts.py" line="53"/>
        <source>Launch</source>
        <translation>上新</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="39"/>
        <location filename="../../ecplanner/ui/products/texts.py" line="53"/>
        <source>Delist</source>
        <translation>下架</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="40"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="40"/>
        <location filename="../../ecplanner/ui/products/texts.py" line="54"/>
        <source>Price change</source>
        <translation>改价</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="41"/>
        <source>First order</source>
        <translation>首单量</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="41"/>
        <source>Lead time (days)</source>
        <translation>生产周期(天)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="42"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="42"/>
        <source>Milestones</source>
        <translation>上新节点</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="43"/>
        <source>Inbound buffer (days)</source>
        <translation>入仓缓冲期(天)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="51"/>
        <source>Sample ready</source>
        <translation>样衣完成</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="51"/>
        <source>Photo shoot</source>
        <translation>拍摄</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="52"/>
        <source>Detail page</source>
        <translation>详情页</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="52"/>
        <source>Stock-in</source>
        <translation>入仓</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="53"/>
        <source>Reorder by</source>
        <translation>补单截止</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="74"/>
        <source>%n days</source>
        <translation>%n 天</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="90"/>
        <source>%1 has no launch planned in %2</source>
        <translation>%1在%2没有上新计划</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="94"/>
        <source>an event</source>
        <translation>某活动</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="98"/>
        <source>%1 was due on %2: the status should be at least “%3”</source>
        <translation>%1应于 %2 完成：状态应至少为“%3”</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="102"/>
        <source>Stock-in is %1 days after launch</source>
        <translation>入仓晚于上新 %1 天</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="104"/>
        <source>Reorder-by date %1 has passed and the status is below “Ready”</source>
        <translation>补单截止日 %1 已过，状态仍未到“待上架”</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="108"/>
        <source>Launches %1 days before “%2”, in its price-lock window</source>
        <translation>在“%2”前 %1 天上新，处于价格锁定期内</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="114"/>
        <source>Price change on %1 is %2 days before “%3”, in its price-lock window</source>
        <translation>%1 改价，距“%3”仅 %2 天，处于价格锁定期内</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="123"/>
        <source>Featured in “%1” but has no launch date</source>
        <translation>是“%1”的主推商品，但没有上新日期</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="124"/>
        <source>Featured in “%1” but launches after it starts</source>
        <translation>是“%1”的主推商品，但上新晚于活动开始</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="125"/>
        <source>Featured in “%1” but is delisted before it ends</source>
        <translation>是“%1”的主推商品，但在活动结束前下架</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="126"/>
        <source>Featured in “%1” but not on sale</source>
        <translation>是“%1”的主推商品，但未在售</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="148"/>
        <source>is not one of: %1</source>
        <translation>不在可选范围内：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="152"/>
        <source>is already used by row %1</source>
        <translation>已被第 %1 行使用</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="153"/>
        <source>is already used in the plan</source>
        <translation>在计划中已被使用</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="155"/>
        <source>is already used by “%1”</source>
        <translation>已被“%1”使用</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="157"/>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="158"/>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="159"/>
        <source>is before the launch date</source>
        <translation>早于上新日期</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="160"/>
        <source>is not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="161"/>
        <source>is not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="162"/>
        <source>is not a date such as 2027-03-01</source>
        <translation>不是 2027-03-01 这样的日期</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="163"/>
        <source>must be between 60 days after and 365 days before launch</source>
        <translation>必须在上新前 365 天到上新后 60 天之间</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="109"/>
        <source>Launches %1 days before “%2”, in its price-lock window, and in those of %n more sale(s): %3</source>
        <translation>在“%2”前 %1 天上新，处于价格锁定期内；同时处于另外 %n 场大促的价格锁定期：%3</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="116"/>
        <source>Price change on %1 is %2 days before “%3”, in its price-lock window, and in those of %n more sale(s): %4</source>
        <translation>%1 改价，距“%3”仅 %2 天，处于价格锁定期内；同时处于另外 %n 场大促的价格锁定期：%4</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="135"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="139"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <location filename="../../ecplanner/ui/products/view.py" line="78"/>
        <source>Add product</source>
        <translation>添加商品</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/view.py" line="79"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/view.py" line="80"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/view.py" line="81"/>
        <source>Paste from Excel…</source>
        <translation>从 Excel 粘贴…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/view.py" line="82"/>
        <source>Copy rows in Excel (with or without the header row), then click here or press Ctrl+V in the table</source>
        <translation>在 Excel 中复制数据行（可带表头），然后点这里或在表格中按 Ctrl+V</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/view.py" line="85"/>
        <source>Milestones…</source>
        <translation>上新节点…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/view.py" line="86"/>
        <source>Days before launch of the selected product&apos;s milestones, and its inbound buffer</source>
        <translation>所选商品各上新节点的提前天数及入仓缓冲期</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/view.py" line="88"/>
        <source>Season defaults…</source>
        <translation>季节默认值…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/view.py" line="89"/>
        <source>Milestone days before launch for each season, for products without their own</source>
        <translation>各季节上新节点的默认提前天数（用于未单独设置的商品）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/view.py" line="294"/>
        <source>Not saved — %1: %2. The old value is kept.</source>
        <translation>未保存 — %1：%2。已保留原值。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/view.py" line="302"/>
        <source>New product</source>
        <translation>新商品</translation>
    </message>
</context>
<context>
    <name>ProductsTableModel</name>
    <message>
        <location filename="../../ecplanner/ui/products/model.py" line="253"/>
        <source>List price %1 is below the unit cost %2</source>
        <translation>吊牌价 %1 低于成本价 %2</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ecplanner/ui/review/dialogs.py" line="99"/>
        <source>Weekly report</source>
        <translation>周报</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/dialogs.py" line="100"/>
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/dialogs.py" line="122"/>
        <location filename="../../ecplanner/ui/review/dialogs.py" line="157"/>
        <source>Working out the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/dialogs.py" line="124"/>
        <source>Save as Workbook…</source>
        <translation>保存为 Excel…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/dialogs.py" line="125"/>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/dialogs.py" line="133"/>
        <source>Week:</source>
        <translation>周：</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/dialogs.py" line="134"/>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/dialogs.py" line="180"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/dialogs.py" line="181"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/dialogs.py" line="183"/>
        <source>Save the report as</source>
        <translation>报告另存为</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/dialogs.py" line="197"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/dialogs.py" line="214"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/dialogs.py" line="219"/>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="23"/>
        <source>GMV by day</source>
        <translation>每日GMV</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="23"/>
        <source>Visitors</source>
        <translation>访客数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="23"/>
        <source>Conversion rate (%)</source>
        <translation>转化率（%）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="24"/>
        <source>Order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="28"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="28"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="28"/>
        <source>7-day average</source>
        <translation>7日均值</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="58"/>
        <source>Plan GMV: %1</source>
        <translation>计划GMV：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="61"/>
        <source>No actuals imported for this day</source>
        <translation>当天尚未导入数据</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="66"/>
        <source>Actual GMV: %1</source>
        <translation>实际GMV：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="67"/>
        <source>Visitors: %1 · Buyers: %2</source>
        <translation>访客：%1 · 买家：%2</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="69"/>
        <source>Conversion: %1 · Order value: %2</source>
        <translation>转化率：%1 · 客单价：%2</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="70"/>
        <source>Ad spend: %1 · Refunds: %2</source>
        <translation>推广花费：%1 · 退款：%2</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="79"/>
        <source>Events: %1</source>
        <translation>活动：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="84"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="84"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="84"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="24"/>
        <source>Ad spend</source>
        <translation>推广花费</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="29"/>
        <source>Store (daily export)</source>
        <translation>店铺（每日数据）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="34"/>
        <source>Search ads</source>
        <translation>直通车</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="35"/>
        <source>Display ads</source>
        <translation>引力魔方·万相台</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="36"/>
        <source>Live / influencers</source>
        <translation>直播/达人</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="37"/>
        <source>Off-site ads</source>
        <translation>站外推广</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="75"/>
        <source>%1: spend %2 · ROI %3</source>
        <translation>%1：花费 %2 · 投产比 %3</translation>
    </message>
</context>
<context>
    <name>ReviewDays</name>
    <message>
        <location filename="../../ecplanner/ui/review/model.py" line="39"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/model.py" line="39"/>
        <source>Plan GMV</source>
        <translation>计划GMV</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/model.py" line="39"/>
        <source>Actual GMV</source>
        <translation>实际GMV</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/model.py" line="39"/>
        <source>Visitors</source>
        <translation>访客数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/model.py" line="40"/>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/model.py" line="40"/>
        <source>Order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/model.py" line="40"/>
        <source>Buyers</source>
        <translation>买家数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/model.py" line="40"/>
        <source>Ad spend</source>
        <translation>推广花费</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/model.py" line="41"/>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/model.py" line="41"/>
        <source>Plan to date</source>
        <translation>累计计划</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/model.py" line="41"/>
        <source>Actual to date</source>
        <translation>累计实际</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="112"/>
        <source>Year to date</source>
        <translation>年初至今</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="112"/>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="114"/>
        <source>1 January to %1; the plan counts the days elapsed in that month.</source>
        <translation>1 月 1 日至 %1；当月计划按已过天数折算。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="155"/>
        <source>No daily actuals imported for this period.</source>
        <translation>该时段尚未导入每日数据。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="184"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="185"/>
        <source>Planned GMV</source>
        <translation>计划 GMV</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="186"/>
        <source>Actual GMV</source>
        <translation>实际 GMV</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="187"/>
        <source>Completion vs target</source>
        <translation>目标完成率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="188"/>
        <source>Completion vs plan</source>
        <translation>计划完成率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="189"/>
        <source>Planned visitors</source>
        <translation>计划访客数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="190"/>
        <source>Actual visitors</source>
        <translation>实际访客数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="191"/>
        <source>Planned CVR</source>
        <translation>计划转化率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="192"/>
        <source>Actual CVR</source>
        <translation>实际转化率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="193"/>
        <source>Planned order value</source>
        <translation>计划客单价</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="194"/>
        <source>Actual order value</source>
        <translation>实际客单价</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="195"/>
        <source>Planned spend</source>
        <translation>计划推广费</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="196"/>
        <source>Actual spend</source>
        <translation>实际推广费</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="197"/>
        <source>Planned ROI</source>
        <translation>计划投产比</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="198"/>
        <source>Actual ROI</source>
        <translation>实际投产比</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="199"/>
        <source>Days with data</source>
        <translation>有数据天数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="107"/>
        <source>%1: actual ROI</source>
        <translation>%1：实际投产比</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="107"/>
        <source>%1: planned ROI</source>
        <translation>%1：计划投产比</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="177"/>
        <source>No ad reports of this channel imported for this period.</source>
        <translation>本期尚未导入该渠道的推广报表。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="178"/>
        <source>%n days of the channel&apos;s ad reports; the planned ROI is of the same days.</source>
        <translation>该渠道推广报表共 %n 天；计划投产比按同样的天计算。</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../ecplanner/ui/review/view.py" line="131"/>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/view.py" line="132"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/view.py" line="135"/>
        <source>Working out the review…</source>
        <translation>正在计算复盘…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/view.py" line="139"/>
        <source>Zoom:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/view.py" line="146"/>
        <source>Loading the charts…</source>
        <translation>正在加载图表…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/view.py" line="152"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/view.py" line="153"/>
        <source>Days</source>
        <translation>每日数据</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/view.py" line="246"/>
        <source>%1 days imported, up to %2</source>
        <translation>已导入 %1 天，截至 %2</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/view.py" line="248"/>
        <source>No daily actuals imported yet (File → Import Daily Actuals…)</source>
        <translation>尚未导入每日数据（文件 → 导入每日数据…）</translation>
    </message>
</context>
<context>
    <name>RowGutter</name>
    <message>
        <location filename="../../ecplanner/ui/products/timeline_margins.py" line="189"/>
        <source>no wave</source>
        <translation>无波段</translation>
    </message>
</context>
<context>
    <name>SeasonDefaultsDialog</name>
    <message>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="147"/>
        <source>Season milestone defaults</source>
        <translation>季节节点默认值</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="158"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="159"/>
        <source>Shipped default: %1</source>
        <translation>系统默认：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="166"/>
        <source>Days before launch. Products with their own days for a milestone keep them. Bold: changed from the shipped default.</source>
        <translation>上新前的天数。已单独设置节点天数的商品保持不变。粗体：已改动过系统默认值。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="170"/>
        <source>Restore shipped defaults</source>
        <translation>恢复系统默认</translation>
    </message>
</context>
<context>
    <name>SeasonalWeightsDialog</name>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="40"/>
        <source>%1 pts</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="48"/>
        <source>Spring Festival moves a day earlier</source>
        <translation>春节提前 1 天</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="49"/>
        <source>Spring Festival moves %1 days earlier</source>
        <translation>春节提前 %1 天</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="51"/>
        <source>Spring Festival moves a day later</source>
        <translation>春节推后 1 天</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="52"/>
        <source>Spring Festival moves %1 days later</source>
        <translation>春节推后 %1 天</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="55"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="54"/>
        <source>events&apos; days or uplift differ: %1</source>
        <translation>活动日期或拉升倍数变化：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="59"/>
        <source>its days of the week weigh more</source>
        <translation>星期构成更有利</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="60"/>
        <source>its days of the week weigh less</source>
        <translation>星期构成不利</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="62"/>
        <source>the other months moved</source>
        <translation>其他月份变动，占比随之调整</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="63"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="72"/>
        <source>Seasonality from Last Year</source>
        <translation>按去年算季节权重</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="76"/>
        <source>Each month&apos;s weight from %1&apos;s daily GMV, with %1&apos;s events (at the uplift they really had) and Spring Festival taken out, and %2&apos;s put back at their dates. The change is against %1&apos;s plain share of the year.</source>
        <translation>各月权重由 %1 年的每日 GMV 算出：先去掉 %1 年活动（按实际拉升倍数）和春节的影响，再按 %2 年的日期放回当年的活动和春节。“变化”是与 %1 年各月原始占比相比。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="83"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="83"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="83"/>
        <source>%1 share</source>
        <translation>%1 年占比</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="84"/>
        <source>New</source>
        <translation>新权重</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="84"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="84"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="102"/>
        <source>Use These Weights</source>
        <translation>使用这些权重</translation>
    </message>
</context>
<context>
    <name>SheetModel</name>
    <message>
        <location filename="../../ecplanner/ui/budget/model.py" line="155"/>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/model.py" line="231"/>
        <source>✓ yes</source>
        <translation>✓ 是</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/model.py" line="231"/>
        <source>✗ no</source>
        <translation>✗ 否</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/model.py" line="259"/>
        <source>Type a value in the year column to set every month.</source>
        <translation>在“全年”列输入一个值，即设为每个月的值。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/model.py" line="262"/>
        <source>The weights add up to %1, not 100%: each month&apos;s target uses its weight ÷ this sum.</source>
        <translation>权重合计为 %1，不是 100%：各月目标按“该月权重 ÷ 权重合计”计算。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/model.py" line="283"/>
        <source>No event lifts %1.</source>
        <translation>%1没有活动拉升流量。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/model.py" line="285"/>
        <source>Events lifting %1:</source>
        <translation>拉升%1流量的活动：</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/model.py" line="295"/>
        <source>• Courier shutdown %1 – %2: %3</source>
        <translation>• 春节快递停运 %1 – %2：%3</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/model.py" line="303"/>
        <source>Orders taken during the courier shutdown (%1 – %2) ship on %3.</source>
        <translation>春节快递停运期间（%1 – %2）的订单于 %3 发货。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/model.py" line="314"/>
        <source>GMV %1 ÷ spend %2 = ROI %3; break-even ROI %4.</source>
        <translation>GMV %1 ÷ 推广费 %2 = 投产比 %3；保本投产比 %4。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/model.py" line="319"/>
        <source>Below break-even: the ads cost more than the gross profit.</source>
        <translation>低于保本线：推广费超过了毛利。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/model.py" line="325"/>
        <source>This channel&apos;s ROI %1; break-even ROI %2.</source>
        <translation>该渠道投产比 %1；保本投产比 %2。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/model.py" line="329"/>
        <source>Below break-even: this channel&apos;s ads cost more than the gross profit its GMV brings.</source>
        <translation>低于保本投产比：该渠道的推广费超过了它带来的成交所产生的毛利。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/model.py" line="343"/>
        <source>the year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/model.py" line="280"/>
        <source>not counted, the store does not sell on its platform</source>
        <translation>不计入：本店未在该平台销售</translation>
    </message>
</context>
<context>
    <name>StepProgress</name>
    <message>
        <location filename="../../ecplanner/ui/step_progress.py" line="40"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/step_progress.py" line="40"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/step_progress.py" line="41"/>
        <source>Undoing “%1” …</source>
        <translation>正在撤销“%1”……</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/step_progress.py" line="41"/>
        <source>Redoing “%1” …</source>
        <translation>正在重做“%1”……</translation>
    </message>
</context>
<context>
    <name>StockChart</name>
    <message>
        <location filename="../../ecplanner/ui/inventory/chart.py" line="127"/>
        <source>Loading the chart…</source>
        <translation>正在加载图表…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/chart.py" line="187"/>
        <source>No stock plan selected</source>
        <translation>未选择清仓计划</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/chart.py" line="253"/>
        <source>not on sale yet</source>
        <translation>尚未开售</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/chart.py" line="254"/>
        <source>Week of %1: stock %2 → %3, sold %4, discount %5, uplift %6, revenue %7</source>
        <translation>%1 当周：库存 %2 → %3，售出 %4，降幅 %5，流量系数 %6，销售额 %7</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/chart.py" line="269"/>
        <source>Point at a week to see its stock, sales, discount, uplift and revenue. Shaded weeks have a sale uplift; the red line is the season end; triangles mark markdowns.</source>
        <translation>鼠标指向某一周可查看库存、销量、降幅、流量系数和销售额。阴影周有活动拉升，红线为季末，三角形标记降价。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/chart.py" line="266"/>
        <source>Select a product in the table to see its projected stock week by week.</source>
        <translation>在表格中选择一个商品，查看其逐周预测库存。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/chart.py" line="251"/>
        <source>delisted</source>
        <translation>已下架</translation>
    </message>
</context>
<context>
    <name>StockTableModel</name>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="40"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="40"/>
        <source>Wave</source>
        <translation>波段</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="40"/>
        <source>On hand</source>
        <translation>现有库存</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="40"/>
        <source>On order</source>
        <translation>在途</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="41"/>
        <source>Sales / wk</source>
        <translation>周销量</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="42"/>
        <source>Season end</source>
        <translation>季末</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="42"/>
        <source>Sell-through to date (plan)</source>
        <translation>至今售罄率（计划）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="42"/>
        <source>Sell-through to date</source>
        <translation>至今售罄率（实际）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="43"/>
        <source>Elasticity</source>
        <translation>价格弹性</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="43"/>
        <source>Target</source>
        <translation>目标售罄率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="43"/>
        <source>Sell-through</source>
        <translation>售罄率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="43"/>
        <source>Cover (wks)</source>
        <translation>周转周数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="45"/>
        <source>Leftover</source>
        <translation>剩余库存</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="45"/>
        <source>Sell-through at delist (plan)</source>
        <translation>下架时售罄率（计划）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="45"/>
        <source>Sell-through at delist</source>
        <translation>下架时售罄率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="46"/>
        <source>Leftover cost</source>
        <translation>剩余成本</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="46"/>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="46"/>
        <source>Gross margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="51"/>
        <source>Base weekly sales: units a week at full price, typed in (the plan&apos;s imported actuals are store totals, not per product)</source>
        <translation>正价周销量：不打折时每周卖出的件数，需手动填写（导入的实际数据是全店合计，不分商品）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="59"/>
        <source>Share the plan sells from the first day of product data to the product&apos;s last (whole weeks): sold ÷ (on hand + arrivals)</source>
        <translation>按计划，从商品数据第一天到该商品最后一天（按整周）应售出的比例：售出 ÷（现有库存 + 到货）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="62"/>
        <source>Share really sold: units sold on the days of product data ÷ (on hand + arrivals up to the last day)</source>
        <translation>实际售出的比例：商品数据各天的支付件数 ÷（现有库存 + 截至最后一天的到货）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="64"/>
        <source>Share sold by the delist date&apos;s week at the planned rate: sold ÷ (on hand + arrivals)</source>
        <translation>按计划销速，到下架日所在周结束时售出的比例：售出 ÷（现有库存 + 到货）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="66"/>
        <source>The same from the real stock and rate once there are 14 days of product data (units already sold included), else as planned</source>
        <translation>同上，有 14 天以上商品数据时按实际库存和实际销速预测（已售件数计入），否则按计划</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="74"/>
        <source>The product&apos;s wave (its season when it has none)</source>
        <translation>商品所属波段（没有波段则显示季节）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="75"/>
        <source>Units on order; edit the arrivals under the table</source>
        <translation>在途件数；在表格下方编辑到货</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="76"/>
        <source>Price lift = (1 − discount) ^ (−elasticity)</source>
        <translation>价格拉动 = (1 − 降幅) ^ (−弹性)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="77"/>
        <source>Share of on hand + arrivals to sell by the season end</source>
        <translation>季末前需卖出的（现有库存 + 到货）比例</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="78"/>
        <source>Sold ÷ (on hand + arrivals) by the season end</source>
        <translation>季末前售出 ÷（现有库存 + 到货）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="79"/>
        <source>Weeks of cover: stock on hand ÷ the first selling week&apos;s demand</source>
        <translation>库存周转周数：现有库存 ÷ 首个销售周的需求</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="81"/>
        <source>Units left at the season end</source>
        <translation>季末剩余件数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="82"/>
        <source>Units left at the season end × unit cost</source>
        <translation>季末剩余件数 × 成本价</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="83"/>
        <source>Revenue − cost of the units sold</source>
        <translation>销售额 − 售出商品成本</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/model.py" line="190"/>
        <source>Misses the target of %1</source>
        <translation>未达目标 %1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/model.py" line="191"/>
        <source>Reaches the target of %1</source>
        <translation>达到目标 %1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="41"/>
        <source>Real sales / wk</source>
        <translation>实际周销</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="41"/>
        <source>Sold so far</source>
        <translation>已售</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="44"/>
        <source>Left at delist (plan)</source>
        <translation>下架时剩余（计划）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="44"/>
        <source>Left at delist</source>
        <translation>下架时剩余</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="54"/>
        <source>Base weekly sales the product&apos;s real sales show (from 14 days of product data on): recent weeks weigh most, markdowns and events taken out</source>
        <translation>按商品实际销售算出的基础周销量（有 14 天以上商品数据时）：近几周权重最高，已剔除降价和活动的影响</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="57"/>
        <source>Units sold on the days of product data imported; the projection starts from the stock left</source>
        <translation>已导入商品数据各天的支付件数合计；预测从剩余库存开始</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="69"/>
        <source>Units left after the delist date&apos;s week at the planned rate, from the planned stock</source>
        <translation>按计划库存和计划周销，下架日所在周结束时剩余的件数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="71"/>
        <source>Units left after the delist date&apos;s week: from the real stock and rate once there are 14 days of product data, else as planned</source>
        <translation>下架日所在周结束时剩余的件数：有 14 天以上商品数据时按实际库存和实际销速，否则按计划</translation>
    </message>
</context>
<context>
    <name>SuggestPanel</name>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="74"/>
        <source> weeks</source>
        <translation> 周</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="80"/>
        <source>Suggest a ladder</source>
        <translation>推荐降价阶梯</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="81"/>
        <source>Accept suggestion</source>
        <translation>采用推荐</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="89"/>
        <source>Change every</source>
        <translation>每隔</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="91"/>
        <source>from</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="96"/>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="96"/>
        <source>Suggested</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="96"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="99"/>
        <source>Ladder</source>
        <translation>降价阶梯</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="99"/>
        <source>Sell-through</source>
        <translation>售罄率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="99"/>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="100"/>
        <source>Gross margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="100"/>
        <source>Leftover units</source>
        <translation>剩余件数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="169"/>
        <source>Select a product to search its markdown ladders</source>
        <translation>选择一款商品来搜索降价方案</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="175"/>
        <source>Change dates (at most %1): %2
Discounts: %3</source>
        <translation>调价日期（最多 %1 个）：%2
降幅：%3</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="176"/>
        <source>none before the season end</source>
        <translation>季末前没有</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="177"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="197"/>
        <source>More than %1 ladders to compare: allow fewer discounts or fewer dates.</source>
        <translation>需要比较的方案超过 %1 个：请减少可选降幅或调价日期。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="202"/>
        <source>Nothing to choose: the season has no week left, there is no change date, or no allowed discount is deeper than the one in effect.</source>
        <translation>没有可选方案：本季已无剩余周、没有调价日期，或没有比当前更大的可选降幅。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="227"/>
        <source>The most profitable of %1 ladders that reaches the %2 target.</source>
        <translation>在 %1 个方案中，达到 %2 目标且毛利最高的一个。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="232"/>
        <source>No ladder reaches the %1 target with these dates and discounts; this one sells the most (%2).</source>
        <translation>在这些日期和降幅下没有方案能达到 %1 目标；此方案售罄率最高（%2）。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="244"/>
        <source>no markdown</source>
        <translation>不降价</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="255"/>
        <source>%1 pts</source>
        <translation>%1 个百分点</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <location filename="../../ecplanner/ui/tabs.py" line="46"/>
        <source>Overview</source>
        <translation>年度总览</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/tabs.py" line="47"/>
        <source>Calendar</source>
        <translation>活动日历</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/tabs.py" line="48"/>
        <source>Products</source>
        <translation>上新/下架</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/tabs.py" line="49"/>
        <source>Inventory</source>
        <translation>库存/清仓</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/tabs.py" line="51"/>
        <source>Budget</source>
        <translation>投入产出</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/tabs.py" line="52"/>
        <source>Review</source>
        <translation>复盘</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../ecplanner/ui/overview/dialogs.py" line="37"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/dialogs.py" line="38"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/dialogs.py" line="39"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/dialogs.py" line="40"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>TaskTemplatesDialog</name>
    <message>
        <location filename="../../ecplanner/ui/task_templates_dialog.py" line="39"/>
        <source>Team task templates</source>
        <translation>团队分工模板</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/task_templates_dialog.py" line="43"/>
        <source>Event kind and task</source>
        <translation>活动类型与任务</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/task_templates_dialog.py" line="43"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/task_templates_dialog.py" line="44"/>
        <source>Due from</source>
        <translation>截止基准</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/task_templates_dialog.py" line="44"/>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/task_templates_dialog.py" line="53"/>
        <source>Creating an event adds these tasks with their due dates; negative days are before the date.</source>
        <translation>新建活动时会按这些模板添加任务及截止日期；天数为负表示在基准日之前。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/task_templates_dialog.py" line="92"/>
        <source>Edit task template “%1”</source>
        <translation>修改任务模板“%1”</translation>
    </message>
</context>
<context>
    <name>TaskTitles</name>
    <message>
        <location filename="../../ecplanner/ui/common/task_titles.py" line="12"/>
        <source>Ads budget</source>
        <translation>推广预算</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/task_titles.py" line="13"/>
        <source>Customer-service scripts</source>
        <translation>客服话术</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/task_titles.py" line="14"/>
        <source>Detail pages</source>
        <translation>详情页</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/task_titles.py" line="15"/>
        <source>Event plan</source>
        <translation>活动方案</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/task_titles.py" line="16"/>
        <source>Festival banners</source>
        <translation>节日海报</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/task_titles.py" line="17"/>
        <source>Main images and banners</source>
        <translation>主图与海报</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/task_titles.py" line="18"/>
        <source>Markdown plan</source>
        <translation>降价方案</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/task_titles.py" line="19"/>
        <source>Promotion plan</source>
        <translation>促销方案</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/task_titles.py" line="20"/>
        <source>Register for the event</source>
        <translation>活动报名</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/task_titles.py" line="21"/>
        <source>Review</source>
        <translation>活动复盘</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/task_titles.py" line="22"/>
        <source>Stock up</source>
        <translation>备货</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <location filename="../../ecplanner/ui/overview/tasks_panel.py" line="34"/>
        <source>All roles</source>
        <translation>全部岗位</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/tasks_panel.py" line="51"/>
        <source>Team tasks</source>
        <translation>团队分工</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/tasks_panel.py" line="68"/>
        <source>%1 tasks, %2 overdue</source>
        <translation>%1 项任务，%2 项逾期</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/tasks_panel.py" line="92"/>
        <source>Edit task “%1”</source>
        <translation>编辑任务“%1”</translation>
    </message>
</context>
<context>
    <name>TasksTableModel</name>
    <message>
        <location filename="../../ecplanner/ui/overview/task_model.py" line="91"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/task_model.py" line="91"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/task_model.py" line="91"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/task_model.py" line="91"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/task_model.py" line="92"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/task_model.py" line="92"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/task_model.py" line="103"/>
        <source>Overdue since %1</source>
        <translation>已于 %1 逾期</translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <location filename="../../ecplanner/ui/calendar/catalog_panel.py" line="23"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/catalog_panel.py" line="23"/>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/catalog_panel.py" line="56"/>
        <source>Dates are fixed</source>
        <translation>日期固定</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/catalog_panel.py" line="57"/>
        <source>Dates follow the usual pattern</source>
        <translation>日期按往年惯例</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/catalog_panel.py" line="58"/>
        <source>Dates are estimated: confirm with the platform</source>
        <translation>日期为预估，请以平台公告为准</translation>
    </message>
</context>
<context>
    <name>TimelineToolbar</name>
    <message>
        <location filename="../../ecplanner/ui/products/timeline_toolbar.py" line="32"/>
        <source>Days</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/timeline_toolbar.py" line="32"/>
        <source>Weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/timeline_toolbar.py" line="33"/>
        <source>Months</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/timeline_toolbar.py" line="37"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>缩小（Ctrl+滚轮）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/timeline_toolbar.py" line="40"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>放大（Ctrl+滚轮）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/timeline_toolbar.py" line="45"/>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/timeline_toolbar.py" line="67"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <location filename="../../ecplanner/ui/overview/texts.py" line="24"/>
        <source>Projected sell-through %1 misses the %2 target; %3 units left at season end</source>
        <translation>预计售罄率 %1，未达 %2 目标；季末剩余 %3 件</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/texts.py" line="18"/>
        <source>Sells %1 a week (planned %2, from %3 days of product data): %4 units left when delisted</source>
        <translation>实际周销 %1 件（计划 %2 件，依据 %3 天商品数据）：下架时将剩余 %4 件</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/texts.py" line="35"/>
        <source>%n markdown step(s) fall after the delist date %1 (the first on %2) and will never apply</source>
        <translation>降价阶梯有 %n 档在下架日 %1 之后（最早：%2），不会生效</translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <location filename="../../ecplanner/ui/calendar/view.py" line="81"/>
        <source>No warnings for the events shown.</source>
        <translation>所显示的活动没有提醒。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/warnings_panel.py" line="182"/>
        <source>Warnings (checking…)</source>
        <translation>提醒（检查中…）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/warnings_panel.py" line="184"/>
        <source>Warnings (%1)</source>
        <translation>提醒 (%1)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/texts.py" line="53"/>
        <source>Launch waves</source>
        <translation>上新波段</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/warning_list.py" line="21"/>
        <source>… and %1 more. Filter the products to see fewer at a time.</source>
        <translation>…… 还有 %1 条。筛选商品可减少一次显示的数量。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/warnings_panel.py" line="131"/>
        <source>No warnings</source>
        <translation>没有提醒</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/warnings_panel.py" line="173"/>
        <source>Warnings could not be checked: %1. The log has the details (Help → Show the Log Folder).</source>
        <translation>无法检查提醒：%1。详情见日志（帮助 → 打开日志文件夹）。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/warnings_panel.py" line="132"/>
        <source>… and %1 more.</source>
        <translation>…… 还有 %1 条。</translation>
    </message>
</context>
</TS>
