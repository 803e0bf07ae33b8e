<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ecplanner/ui/about_dialog.py" line="87"/>
        <source>About ecplanner</source>
        <translation>ecplanner について</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/about_dialog.py" line="108"/>
        <source>Plans and the demo plan</source>
        <translation>計画ファイルとデモ計画</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/about_dialog.py" line="109"/>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/about_dialog.py" line="110"/>
        <source>Logs</source>
        <translation>ログ</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/about_dialog.py" line="111"/>
        <source>Where your files are</source>
        <translation>ファイルの保存場所</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/about_dialog.py" line="111"/>
        <source>Libraries</source>
        <translation>使用ライブラリ</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/about_dialog.py" line="112"/>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/about_dialog.py" line="112"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/about_dialog.py" line="112"/>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/about_dialog.py" line="116"/>
        <source>Plan an online store&apos;s year: platform events, launches, clearance and budget. ecplanner is free software under the MIT licence.</source>
        <translation>ネットショップの一年を計画：セール、新商品、在庫処分、予算。ecplanner は MIT ライセンスのフリーソフトウェアです。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/about_dialog.py" line="118"/>
        <source>Built on Qt %1, PySide6 %2 and Python %3.</source>
        <translation>Qt %1、PySide6 %2、Python %3 で動作しています。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/about_dialog.py" line="121"/>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License version 3 (LGPL-3.0). They are the shared libraries in ecplanner&apos;s folder, and you may replace them with versions you build yourself. Their source code: %1 (PySide6) and %2 (Qt), version %3.</source>
        <translation>Qt と PySide6 は GNU 劣等一般公衆利用許諾書 第 3 版（LGPL-3.0）のもとで使用しています。これらは ecplanner のフォルダーにある共有ライブラリで、ご自身でビルドしたものに置き換えられます。ソースコード：%1（PySide6）、%2（Qt）、バージョン %3。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/about_dialog.py" line="127"/>
        <source>The licence texts are in %1; each library&apos;s own is in its metadata folder beside it.</source>
        <translation>ライセンス全文は %1 にあります。各ライブラリのライセンスは、その隣のメタデータフォルダーにあります。</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ecplanner/ui/actions.py" line="43"/>
        <source>&amp;New Plan…</source>
        <translation>新しい計画(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/actions.py" line="44"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/actions.py" line="45"/>
        <source>Save a &amp;Copy As…</source>
        <translation>コピーを保存(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/actions.py" line="46"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/actions.py" line="47"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/actions.py" line="48"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/actions.py" line="49"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/actions.py" line="50"/>
        <source>Add the &amp;Platform Calendar</source>
        <translation>モールのイベント暦を追加(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/actions.py" line="51"/>
        <source>Team &amp;Task Templates…</source>
        <translation>チームのタスクテンプレート(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/actions.py" line="52"/>
        <source>Store and Plan &amp;Settings…</source>
        <translation>店舗と計画の設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/actions.py" line="55"/>
        <source>Show the &amp;Log Folder</source>
        <translation>ログフォルダーを開く(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/actions.py" line="56"/>
        <source>&amp;About ecplanner</source>
        <translation>ecplanner について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/actions.py" line="53"/>
        <source>&amp;Weekly Report…</source>
        <translation>週報(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/actions.py" line="54"/>
        <source>&amp;Monthly Report…</source>
        <translation>月報(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>AdsPreviewModel</name>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="124"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="124"/>
        <source>Ad spend</source>
        <translation>広告費</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="124"/>
        <source>Clicks</source>
        <translation>クリック数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="125"/>
        <source>Attributed GMV</source>
        <translation>広告経由の売上</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="125"/>
        <source>ROI</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="140"/>
        <source>The plan already has this channel&apos;s day; importing replaces it.</source>
        <translation>このチャネルのこの日は計画に既にあります。取り込むと置き換わります。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="138"/>
        <source>The plan already has this channel&apos;s day with the same figures.</source>
        <translation>このチャネルのこの日は計画に同じ数値で既にあります。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ecplanner/app.py" line="132"/>
        <source>Cannot create plan</source>
        <translation>計画を作成できません</translation>
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
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="32"/>
        <source>Traffic and sales</source>
        <translation>集客と売上</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="33"/>
        <source>Ad spend by channel</source>
        <translation>チャネル別広告費</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="34"/>
        <source>Costs</source>
        <translation>コスト</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="35"/>
        <source>Results</source>
        <translation>収支</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="41"/>
        <source>Annual GMV target</source>
        <translation>年間GMV目標</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="42"/>
        <source>Seasonality weight</source>
        <translation>季節ウェイト</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="43"/>
        <source>Monthly target</source>
        <translation>月間目標</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="44"/>
        <source>Base visitors (UV)</source>
        <translation>通常時の訪問者数(UU)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="45"/>
        <source>Event uplift ×</source>
        <translation>イベント集客倍率 ×</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="46"/>
        <source>Planned visitors</source>
        <translation>計画訪問者数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="47"/>
        <source>Conversion rate (CVR)</source>
        <translation>転換率(CVR)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="48"/>
        <location filename="../../ecplanner/ui/budget/texts.py" line="255"/>
        <source>Average order value</source>
        <translation>客単価</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="49"/>
        <location filename="../../ecplanner/ui/budget/texts.py" line="252"/>
        <source>Orders</source>
        <translation>注文件数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="50"/>
        <source>Planned GMV</source>
        <translation>計画GMV</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="51"/>
        <source>Gap to target</source>
        <translation>目標との差</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="52"/>
        <source>Search ads</source>
        <translation>検索広告</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="53"/>
        <source>Search cost per click</source>
        <translation>検索広告のクリック単価</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="54"/>
        <source>Display ads</source>
        <translation>ディスプレイ広告</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="55"/>
        <source>Affiliate commission rate</source>
        <translation>アフィリエイト報酬率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="56"/>
        <source>GMV share via affiliates</source>
        <translation>アフィリエイト経由の売上比率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="57"/>
        <source>Affiliate commission</source>
        <translation>アフィリエイト報酬</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="58"/>
        <source>Live / influencers</source>
        <translation>ライブ/インフルエンサー</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="59"/>
        <location filename="../../ecplanner/ui/budget/texts.py" line="270"/>
        <source>Off-site ads</source>
        <translation>外部広告</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="60"/>
        <source>Other spend</source>
        <translation>その他の広告費</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="61"/>
        <source>Total spend</source>
        <translation>広告費合計</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="62"/>
        <source>Spend as % of GMV</source>
        <translation>広告費率(対GMV)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="63"/>
        <source>Cost of goods rate</source>
        <translation>原価率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="64"/>
        <source>Cost of goods</source>
        <translation>売上原価</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="65"/>
        <source>Shipping per order</source>
        <translation>1注文あたり送料</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="66"/>
        <source>Shipping</source>
        <translation>送料</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="67"/>
        <source>Platform commission rate</source>
        <translation>モール手数料率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="68"/>
        <source>Platform commission</source>
        <translation>モール手数料</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="69"/>
        <source>Payment fee rate</source>
        <translation>決済手数料率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="70"/>
        <source>Payment fees</source>
        <translation>決済手数料</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="71"/>
        <source>Refund rate</source>
        <translation>返金率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="72"/>
        <location filename="../../ecplanner/ui/budget/texts.py" line="257"/>
        <source>Refunds</source>
        <translation>返金額</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="73"/>
        <source>Fixed costs</source>
        <translation>固定費</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="74"/>
        <source>Net sales</source>
        <translation>純売上高</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="75"/>
        <source>Gross profit</source>
        <translation>粗利</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="76"/>
        <source>Gross margin</source>
        <translation>粗利率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="78"/>
        <source>Net margin</source>
        <translation>純利益率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="80"/>
        <source>Break-even ROI</source>
        <translation>損益分岐ROI</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="81"/>
        <source>ROI clears break-even</source>
        <translation>損益分岐を超えるか</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="99"/>
        <source>Held by the courier shutdown</source>
        <translation>春節配送停止で翌月出荷の割合</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="100"/>
        <source>Orders shipped next month</source>
        <translation>翌月出荷の注文数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="122"/>
        <source>The year&apos;s GMV target. The months share it by their weights.</source>
        <translation>年間のGMV目標。各月のウェイトで配分します。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="123"/>
        <source>The month&apos;s share of the annual target. Weights are scaled to add up to 100%, so the monthly targets always add up to the annual target.</source>
        <translation>年間目標に占めるその月の割合。ウェイトは合計100%に換算されるので、月間目標の合計は常に年間目標と一致します。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="125"/>
        <source>Monthly target = annual target × weight ÷ sum of weights</source>
        <translation>月間目標 = 年間目標 × ウェイト ÷ ウェイト合計</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="126"/>
        <source>Visitors the store gets in the month without any event.</source>
        <translation>イベントがない場合の、その月の店舗訪問者数。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="128"/>
        <source>Planned visitors = base visitors × event uplift</source>
        <translation>計画訪問者数 = 通常時の訪問者数 × イベント集客倍率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="131"/>
        <source>Gap = planned GMV − monthly target (below zero: the plan falls short)</source>
        <translation>差 = 計画GMV − 月間目標（マイナスは目標未達）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="132"/>
        <source>Used by “Fill search spend”: spend = visitors from search ads × cost per click.</source>
        <translation>「検索広告費を計算」で使用：広告費 = 検索広告からの訪問者数 × クリック単価。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="136"/>
        <source>The share of GMV that affiliates bring.</source>
        <translation>アフィリエイト経由の売上がGMVに占める割合。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="139"/>
        <source>Total spend = search + display + affiliate + live + off-site + other</source>
        <translation>広告費合計 = 検索 + ディスプレイ + アフィリエイト + ライブ + 外部 + その他</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="141"/>
        <source>Spend as % of GMV = total spend ÷ GMV</source>
        <translation>広告費率 = 広告費合計 ÷ GMV</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="145"/>
        <source>Commission = rate × net sales (refunded orders get it back)</source>
        <translation>モール手数料 = 手数料率 × 純売上高（返金分は戻る）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="146"/>
        <source>Payment fees = rate × GMV</source>
        <translation>決済手数料 = 手数料率 × GMV</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="147"/>
        <source>Refunds = GMV × refund rate</source>
        <translation>返金額 = GMV × 返金率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="148"/>
        <source>Net sales = GMV − refunds</source>
        <translation>純売上高 = GMV − 返金額</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="151"/>
        <source>Gross margin = gross profit ÷ net sales</source>
        <translation>粗利率 = 粗利 ÷ 純売上高</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="153"/>
        <source>Net margin = net profit ÷ net sales</source>
        <translation>純利益率 = 純利益 ÷ 純売上高</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="156"/>
        <source>Yes when the month&apos;s ad spend is covered by its gross profit, i.e. ROI ≥ break-even ROI.</source>
        <translation>その月の広告費を粗利でまかなえる場合（ROI ≥ 損益分岐ROI）は「はい」。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="172"/>
        <source>The share of the month&apos;s shippable orders taken during the Spring Festival courier shutdown that ship in a later month: those days&apos; visitors ÷ the month&apos;s (from the calendar).</source>
        <translation>当月の出荷対象の注文のうち、春節の配送停止中に受けて翌月以降に出荷する割合：停止期間の訪問者数 ÷ 月の訪問者数（カレンダーから）。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="175"/>
        <source>Orders shipped next month = orders × (1 − refund rate × refunds before dispatch) × held by the courier shutdown</source>
        <translation>翌月出荷の注文数 = 注文数 × (1 − 返品率 × 発送前キャンセル) × 春節配送停止で翌月出荷の割合</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="177"/>
        <source>Orders shipped = orders × (1 − refund rate × refunds before dispatch) − orders shipped next month + last month&apos;s orders shipped next month</source>
        <translation>出荷注文数 = 注文数 × (1 − 返品率 × 発送前キャンセル) − 翌月出荷の注文数 + 前月からの翌月出荷分</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="211"/>
        <source>Event uplift: a month&apos;s visitors are multiplied by 1 + Σ (event uplift − 1) × days of the event in the month ÷ days in the month. A 3-day event with uplift 3.0 in a 30-day month gives 1 + 2 × 3/30 = 1.2. Overlapping events add up; moving an event on the calendar moves its traffic between months.</source>
        <translation>イベント集客倍率：その月の訪問者数に 1 + Σ（イベント倍率 − 1）× その月のイベント日数 ÷ 月の日数 を掛けます。30日の月に倍率3.0の3日間イベントがあれば 1 + 2 × 3/30 = 1.2。重なるイベントは加算され、カレンダーでイベントを動かすと集客も月をまたいで移ります。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="217"/>
        <source>The Spring Festival courier shutdown counts the same way, each of its days at the traffic set in Store and Plan Settings.</source>
        <translation>春節の配送停止も同じ方法で計上します。停止中の各日は「店舗と計画の設定」の流入割合で数えます。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="231"/>
        <source>a value is needed (type 0 for none)</source>
        <translation>値が必要です（なければ 0 を入力）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="232"/>
        <source>this is not a percentage like 3.5%</source>
        <translation>3.5% のような百分率ではありません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="233"/>
        <source>this is not a number</source>
        <translation>数値ではありません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="234"/>
        <source>it cannot be negative</source>
        <translation>マイナスにはできません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="235"/>
        <source>it must be a whole number</source>
        <translation>整数で入力してください</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="236"/>
        <source>a rate cannot be more than 100%</source>
        <translation>率は100%を超えられません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="243"/>
        <source>Not changed — %1, %2: “%3”: %4.</source>
        <translation>変更されていません — %1、%2：「%3」：%4。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="249"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="250"/>
        <source>Visitors (UV)</source>
        <translation>訪問者数(UU)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="82"/>
        <location filename="../../ecplanner/ui/budget/texts.py" line="251"/>
        <source>Buyers</source>
        <translation>購入者数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="77"/>
        <source>Net profit before VAT</source>
        <translation>純利益（消費税控除前）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="79"/>
        <source>Store-wide ROI (= ROAS)</source>
        <translation>全体ROAS</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="83"/>
        <source>Orders per buyer</source>
        <translation>購入者1人あたり注文数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="84"/>
        <source>Search ads ROI (expected)</source>
        <translation>検索広告ROAS（見込み）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="85"/>
        <source>GMV from search ads</source>
        <translation>検索広告経由の流通額</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="86"/>
        <source>Display ads ROI (expected)</source>
        <translation>ディスプレイ広告ROAS（見込み）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="87"/>
        <source>GMV from display ads</source>
        <translation>ディスプレイ広告経由の流通額</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="88"/>
        <source>Affiliate orders refunded</source>
        <translation>アフィリエイト注文の返品率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="89"/>
        <source>Affiliate GMV confirmed</source>
        <translation>アフィリエイト確定売上</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="90"/>
        <source>Affiliate network fee (of commission)</source>
        <translation>アフィリエイト手数料率（報酬比）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="91"/>
        <source>GMV via affiliates</source>
        <translation>アフィリエイト経由の流通額</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="92"/>
        <source>Affiliate ROI</source>
        <translation>アフィリエイトROAS</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="93"/>
        <source>Live / influencers ROI (expected)</source>
        <translation>ライブROAS（見込み）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="94"/>
        <source>GMV from live / influencers</source>
        <translation>ライブ経由の流通額</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="95"/>
        <source>Off-site ads ROI (expected)</source>
        <translation>外部広告ROAS（見込み）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="96"/>
        <source>GMV from off-site ads</source>
        <translation>外部広告経由の流通額</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="97"/>
        <source>GMV from paid channels</source>
        <translation>広告経由の流通額合計</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="98"/>
        <source>Organic GMV (the rest)</source>
        <translation>自然流入の流通額（残り）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="101"/>
        <source>Orders shipped</source>
        <translation>出荷注文数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="102"/>
        <source>Refunds before dispatch</source>
        <translation>発送前キャンセルの割合</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="103"/>
        <source>Refunds without return (after dispatch)</source>
        <translation>返品なし返金の割合（発送後）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="104"/>
        <source>Returns not sellable again</source>
        <translation>再販できない返品の割合</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="105"/>
        <source>Goods lost on refunds</source>
        <translation>返金による商品損失</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="106"/>
        <source>Orders returned</source>
        <translation>返品注文数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="107"/>
        <source>Return shipping per return</source>
        <translation>返品1件あたり送料</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="108"/>
        <source>Return shipping</source>
        <translation>返品送料</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="109"/>
        <source>VAT rate (in prices)</source>
        <translation>消費税率（税込価格）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="110"/>
        <source>VAT payable</source>
        <translation>納付消費税</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="111"/>
        <source>Net profit after VAT</source>
        <translation>消費税控除後の純利益</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="118"/>
        <source>The GMV the channel is expected to bring per unit spent (its 投产比, as the ad platform reports it). 0 attributes nothing to the channel.</source>
        <translation>この経路が広告費1円あたりにもたらす見込みの流通額（広告管理画面のROAS）。0 なら何も割り当てません。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="120"/>
        <source>Channel GMV = the channel&apos;s spend × its expected ROI</source>
        <translation>経路の流通額 = その経路の広告費 × 見込みROAS</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="129"/>
        <source>Orders = buyers × orders per buyer</source>
        <translation>注文数 = 購入者数 × 1人あたり注文数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="130"/>
        <source>GMV = buyers × average order value (客单价, per buyer)</source>
        <translation>流通額 = 購入者数 × 客単価（購入者1人あたり）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="134"/>
        <source>Commission paid to affiliates (淘宝客) on the confirmed (确认收货) orders they bring.</source>
        <translation>アフィリエイト経由の確定注文に支払う報酬率。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="137"/>
        <source>Affiliate commission = confirmed affiliate GMV × commission rate × (1 + network fee)</source>
        <translation>アフィリエイト報酬 = アフィリエイト確定売上 × 報酬率 × (1 + 運営手数料率)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="142"/>
        <source>Cost of goods = rate × net sales: the goods buyers keep (refunded goods come back as stock, unless lost below)</source>
        <translation>売上原価 = 原価率 × 純売上：購入者の手元に残る商品（返金分は在庫に戻る。下の商品損失を除く）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="144"/>
        <source>Shipping = orders shipped × shipping per order</source>
        <translation>送料 = 出荷注文数 × 1注文あたり送料</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="149"/>
        <source>Gross profit = net sales − cost of goods − goods lost on refunds − shipping − return shipping − commission − payment fees</source>
        <translation>粗利 = 純売上 − 売上原価 − 返金による商品損失 − 送料 − 返品送料 − 販売手数料 − 決済手数料</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="152"/>
        <source>Net profit before VAT = gross profit − total spend − fixed costs</source>
        <translation>消費税控除前の純利益 = 粗利 − 広告費合計 − 固定費</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="158"/>
        <source>Buyers (支付买家数) = planned visitors × conversion rate</source>
        <translation>購入者数 = 計画訪問者数 × 転換率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="159"/>
        <source>Orders each buyer pays for in the month (1.05: one buyer in twenty pays twice). Shipping and returns are counted per order.</source>
        <translation>購入者1人が月に支払う注文数（1.05 なら20人に1人が2回購入）。送料と返品は注文単位で数えます。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="161"/>
        <source>The share of affiliate GMV that is refunded: no commission is paid on it.</source>
        <translation>アフィリエイト経由の流通額のうち返金される割合：その分の報酬は払いません。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="163"/>
        <source>Affiliate GMV confirmed = GMV × share via affiliates × (1 − affiliate orders refunded)</source>
        <translation>アフィリエイト確定売上 = 流通額 × アフィリエイト経由の割合 × (1 − アフィリエイト注文の返品率)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="165"/>
        <source>The affiliate network&apos;s service fee (阿里妈妈), as a share of the commission.</source>
        <translation>アフィリエイト運営側のシステム利用料（報酬に対する割合）。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="167"/>
        <source>GMV via affiliates = GMV × share via affiliates</source>
        <translation>アフィリエイト経由の流通額 = 流通額 × アフィリエイト経由の割合</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="168"/>
        <source>Affiliate ROI = GMV via affiliates ÷ affiliate commission</source>
        <translation>アフィリエイトROAS = アフィリエイト経由の流通額 ÷ アフィリエイト報酬</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="169"/>
        <source>GMV from paid channels = search + display + affiliates + live + off-site</source>
        <translation>広告経由の流通額合計 = 検索 + ディスプレイ + アフィリエイト + ライブ + 外部</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="170"/>
        <source>Organic GMV = GMV − GMV from paid channels. Below zero, the channels&apos; ROIs claim more than the month sells.</source>
        <translation>自然流入の流通額 = 流通額 − 広告経由の流通額合計。マイナスなら、各経路のROASが月の売上を上回っています。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="180"/>
        <source>Of the refunds, the share cancelled before dispatch: nothing is shipped or lost.</source>
        <translation>返金のうち発送前にキャンセルされた割合：送料も商品の損失もありません。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="182"/>
        <source>Of the refunds after dispatch, the share refunded without a return (仅退款): the buyer keeps the goods.</source>
        <translation>発送後の返金のうち返品なしで返金する割合：商品は戻りません。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="184"/>
        <source>Of the goods sent back, the share that cannot be sold again (soiled, damaged).</source>
        <translation>返品された商品のうち再販できない割合（汚れ・破損）。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="186"/>
        <source>Goods lost = refunds × (1 − before dispatch) × (without return + (1 − without return) × not sellable) × cost of goods rate</source>
        <translation>返金による商品損失 = 返品額 × (1 − 発送前キャンセル) × (返品なし + (1 − 返品なし) × 再販不可) × 原価率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="188"/>
        <source>Orders returned = orders × refund rate × (1 − before dispatch) × (1 − without return)</source>
        <translation>返品注文数 = 注文数 × 返品率 × (1 − 発送前キャンセル) × (1 − 返品なし)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="190"/>
        <source>What a returned order costs the store: return shipping it pays, or its 运费险 (return-shipping insurance).</source>
        <translation>返品1件で店舗が負担する費用：返送料や返品送料保険。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="192"/>
        <source>Return shipping = orders returned × return shipping per return</source>
        <translation>返品送料 = 返品注文数 × 返品1件あたり送料</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="193"/>
        <source>VAT (consumption tax in Japan) included in prices: China 13% general, 1–3% small-scale; Japan 10%. US sales tax is not the store&apos;s income: 0.</source>
        <translation>価格に含まれる消費税率：日本 10%、中国の増値税は一般 13%・小規模 1〜3%。米国の売上税は店舗の収入ではないので 0。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="195"/>
        <source>VAT payable = (net sales − cost of goods) × rate ÷ (1 + rate): tax on what buyers kept, less the tax paid on those goods</source>
        <translation>納付消費税 = (純売上 − 売上原価) × 税率 ÷ (1 + 税率)：売上の税額から仕入の税額を引いたもの</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="197"/>
        <source>Net profit after VAT = net profit before VAT − VAT payable</source>
        <translation>消費税控除後の純利益 = 消費税控除前の純利益 − 納付消費税</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="222"/>
        <source>Store-wide ROI (全店投产比) = all GMV ÷ all ad spend; elsewhere this is called ROAS. Each channel&apos;s ROI is the GMV it brings ÷ its spend, as the ad platforms report it.
Break-even ROI (保本投产比) = GMV ÷ gross profit: at that ROI the ad spend uses up all the gross profit. A month or a channel whose ROI is below it loses money on its ads.</source>
        <translation>全体ROAS = 流通額の合計 ÷ 広告費の合計。各経路のROASは、その経路の流通額 ÷ その経路の広告費（広告管理画面と同じ）。
損益分岐ROAS = 流通額 ÷ 粗利：このROASで広告費が粗利をすべて使い切ります。これを下回る月や経路は広告で損をしています。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="253"/>
        <source>GMV (sales)</source>
        <translation>GMV(売上)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="254"/>
        <source>Conversion rate</source>
        <translation>転換率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="256"/>
        <source>Ad spend</source>
        <translation>広告費</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="277"/>
        <source>This kind of file cannot be read. Save it as .xlsx or CSV (.xls is not supported).</source>
        <translation>この形式のファイルは読み込めません。.xlsx または CSV で保存してください（.xls は非対応）。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="279"/>
        <source>The file cannot be opened or is damaged.</source>
        <translation>ファイルを開けないか、破損しています。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="280"/>
        <source>The file&apos;s text encoding is not recognised (UTF-8, GBK and Shift_JIS are).</source>
        <translation>ファイルの文字コードを認識できません（UTF-8、GBK、Shift_JIS に対応）。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="282"/>
        <source>The file has no rows.</source>
        <translation>ファイルに行がありません。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="286"/>
        <source>not a date</source>
        <translation>日付ではありません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="287"/>
        <source>not a number</source>
        <translation>数値ではありません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="288"/>
        <source>not a whole number</source>
        <translation>整数ではありません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="289"/>
        <source>negative</source>
        <translation>マイナスです</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="290"/>
        <source>more than 100%</source>
        <translation>100%を超えています</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="291"/>
        <source>this day appears twice</source>
        <translation>この日付が重複しています</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="283"/>
        <source>No table was found near the top of the file: no row has a date, visitors or sales heading, or two or more columns.</source>
        <translation>ファイルの先頭に表が見つかりません。日付・アクセス人数・売上の見出しがある行も、2 列以上の行もありません。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="285"/>
        <source>This is not a text (CSV) file. Save the data as CSV or .xlsx.</source>
        <translation>テキスト（CSV）ファイルではありません。データを CSV または .xlsx で保存してください。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="293"/>
        <source>not a finite number</source>
        <translation>有限の数値ではありません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="294"/>
        <source>too large for a day&apos;s figures</source>
        <translation>1 日の数値として大きすぎます</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="295"/>
        <source>not a day between 2000 and 2100</source>
        <translation>2000 年から 2100 年までの日付ではありません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="296"/>
        <source>holds characters in another encoding than the rest of the file</source>
        <translation>ファイルの他の部分と異なる文字コードの文字を含みます</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="297"/>
        <source>the buyers or sales worked out from it are out of range</source>
        <translation>ここから算出した購入者数または売上が範囲外です</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="298"/>
        <source>a cell on this line is longer than 131,072 characters</source>
        <translation>この行に 131,072 文字を超えるセルがあります</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="299"/>
        <source>this line is longer than a million characters</source>
        <translation>この行は 100 万文字を超えています</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="215"/>
        <source>Events on a platform the store does not sell on (Store and Plan Settings) are not counted.</source>
        <translation>このストアが販売していないプラットフォームのイベント（「店舗と計画の設定」参照）は計上しません。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="258"/>
        <source>Clicks</source>
        <translation>クリック数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="259"/>
        <source>ROI (ROAS)</source>
        <translation>ROAS（広告費用対効果）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="260"/>
        <source>Campaign (its rows added up by day)</source>
        <translation>キャンペーン（日ごとに合算）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="267"/>
        <source>Search ads (直通车, RPP, Sponsored Products)</source>
        <translation>検索広告（RPP・スポンサープロダクト・直通車）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="268"/>
        <source>Display ads (引力魔方, 万相台)</source>
        <translation>ディスプレイ広告（引力魔方・万相台）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="269"/>
        <source>Live / influencers (千川)</source>
        <translation>ライブ/インフルエンサー（千川）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="300"/>
        <source>This is a channel&apos;s ad report (clicks or ROI, no visitors or buyers): choose “an ad report” above to import it.</source>
        <translation>広告チャネルのレポートです（クリック数やROASがあり、訪問者数・購入者数がありません）。上で「広告レポート」を選んで取り込んでください。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/texts.py" line="292"/>
        <source>this product&apos;s day appears twice</source>
        <translation>この商品のこの日が2回あります</translation>
    </message>
</context>
<context>
    <name>BudgetCharts</name>
    <message>
        <location filename="../../ecplanner/ui/budget/charts.py" line="60"/>
        <source>GMV by month: target, plan and actual</source>
        <translation>月別GMV：目標・計画・実績</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/charts.py" line="61"/>
        <source>Ad spend: plan and actual</source>
        <translation>広告費：計画・実績</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/charts.py" line="62"/>
        <source>ROI (GMV ÷ spend) and break-even ROI</source>
        <translation>ROI（GMV ÷ 広告費）と損益分岐ROI</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/charts.py" line="70"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/charts.py" line="71"/>
        <location filename="../../ecplanner/ui/budget/charts.py" line="76"/>
        <source>Planned</source>
        <translation>計画</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/charts.py" line="72"/>
        <location filename="../../ecplanner/ui/budget/charts.py" line="77"/>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/charts.py" line="78"/>
        <source>Planned ROI</source>
        <translation>計画ROI</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/charts.py" line="79"/>
        <source>Actual ROI</source>
        <translation>実績ROI</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/charts.py" line="80"/>
        <source>Break-even ROI</source>
        <translation>損益分岐ROI</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/charts.py" line="176"/>
        <source>Target: %1</source>
        <translation>目標：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/charts.py" line="177"/>
        <source>Planned GMV: %1</source>
        <translation>計画GMV：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/charts.py" line="178"/>
        <source>Actual GMV: %1</source>
        <translation>実績GMV：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/charts.py" line="179"/>
        <source>Planned spend: %1</source>
        <translation>計画広告費：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/charts.py" line="180"/>
        <source>Actual spend: %1</source>
        <translation>実績広告費：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/charts.py" line="181"/>
        <source>Planned ROI: %1</source>
        <translation>計画ROI：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/charts.py" line="182"/>
        <source>Actual ROI: %1</source>
        <translation>実績ROI：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/charts.py" line="183"/>
        <source>Break-even ROI: %1</source>
        <translation>損益分岐ROI：%1</translation>
    </message>
</context>
<context>
    <name>BudgetCommands</name>
    <message>
        <location filename="../../ecplanner/ui/budget/commands.py" line="49"/>
        <source>Edit %1, %2</source>
        <translation>%1（%2）を編集</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/commands.py" line="61"/>
        <source>Edit %1, every month</source>
        <translation>%1 を編集（全ての月）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/commands.py" line="66"/>
        <source>Edit annual target</source>
        <translation>年間目標を編集</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/commands.py" line="72"/>
        <source>Fill visitors from targets</source>
        <translation>目標から訪問者数を逆算</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/commands.py" line="81"/>
        <source>Fill search spend from cost per click</source>
        <translation>クリック単価から検索広告費を計算</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/commands.py" line="92"/>
        <source>Fill %1 spend from its ROI</source>
        <translation>ROASから%1の費用を入力</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/commands.py" line="102"/>
        <source>Cost of goods rate from the product mix</source>
        <translation>商品構成から原価率を計算</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/commands.py" line="111"/>
        <source>Fees from %1</source>
        <translation>%1 の手数料を入力</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/commands.py" line="130"/>
        <source>Import %n days of actuals</source>
        <translation>%n 日分の実績を取り込み</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/commands.py" line="124"/>
        <source>Import %n days of ad reports</source>
        <translation>%n 日分の広告レポートを取り込み</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/commands.py" line="118"/>
        <source>Seasonality from last year</source>
        <translation>昨年の実績から季節ウェイトを設定</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="113"/>
        <source>This plan has no budget yet: the sheet shows the default seasonality. Your first edit saves all twelve months.</source>
        <translation>この計画にはまだ予算がありません。表は標準の季節変動を表示しています。最初の編集で12か月分すべてが保存されます。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="131"/>
        <source>Loading the charts…</source>
        <translation>グラフを読み込み中…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="139"/>
        <source>Input-output sheet</source>
        <translation>投資対効果表</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="140"/>
        <source>Plan vs actual</source>
        <translation>計画と実績</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="143"/>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="154"/>
        <source>Fill visitors from targets</source>
        <translation>目標から訪問者数を逆算</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="156"/>
        <source>Set each month&apos;s base visitors so that planned GMV meets the monthly target at its conversion rate, order value and event uplift.</source>
        <translation>各月の転換率・客単価・イベント集客倍率のもとで、計画GMVが月間目標に届くよう通常時の訪問者数を設定します。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="163"/>
        <source>Share of planned visitors that arrive through search-ad clicks (直通车).</source>
        <translation>計画訪問者数のうち、検索広告のクリックから来る割合。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="164"/>
        <source>Fill search spend</source>
        <translation>検索広告費を計算</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="166"/>
        <source>Search spend = planned visitors × search share × cost per click, for every month with a cost per click.</source>
        <translation>検索広告費 = 計画訪問者数 × 検索広告経由の割合 × クリック単価（クリック単価のある月のみ）。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="169"/>
        <source>Cost of goods from products</source>
        <translation>商品から原価率を計算</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="171"/>
        <source>Set each month&apos;s cost of goods rate from the products on sale that month: unit cost ÷ list price, weighted by first order quantity.</source>
        <translation>その月に販売中の商品から各月の原価率を設定します：原価 ÷ 定価を初回発注数で加重平均。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="177"/>
        <source>Platform fees</source>
        <translation>プラットフォーム手数料</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="178"/>
        <source>Fill every month&apos;s commission, payment fee and affiliate rates from a fee profile of the store&apos;s platforms; type over any of them afterwards.</source>
        <translation>出店先プラットフォームの手数料プロファイルから、各月の販売手数料率・決済手数料率・アフィリエイト料率を入力します。あとから個別に上書きできます。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="189"/>
        <source>Fill channel spend</source>
        <translation>チャネル別に広告費を入力</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="190"/>
        <source>Set a paid channel&apos;s spend from the share of GMV it should bring at its expected ROI.</source>
        <translation>有料チャネルの費用を、見込みROASで担うべき売上の割合から設定します。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="195"/>
        <source>Import Daily Actuals…</source>
        <translation>日次実績を取り込む…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="199"/>
        <source>Search share </source>
        <translation>検索広告経由の割合 </translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="223"/>
        <source>Budget %1 · amounts in %2 (%3)</source>
        <translation>%1年 予算 · 金額の単位：%2（%3）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="254"/>
        <source>No daily actuals for %1 yet. Import a daily export (File ▸ Import Daily Actuals…) to compare the plan with what happened.</source>
        <translation>%1年の日次実績はまだありません。日次データ（ファイル ▸ 日次実績を取り込む…）を取り込むと、計画と実績を比べられます。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="261"/>
        <source>%n days of actuals up to %1. Year to date: %2 of a %3 target (%4).</source>
        <translation>%1までの %n 日分の実績。年初来：%2（目標 %3、達成率 %4）。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="303"/>
        <source>Nothing to fill: each month needs a conversion rate and an order value above zero.</source>
        <translation>計算できません：各月に0より大きい転換率と客単価が必要です。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="309"/>
        <source>Type a search cost per click first: months without one keep their search spend.</source>
        <translation>先に検索広告のクリック単価を入力してください。未入力の月は検索広告費がそのまま残ります。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="336"/>
        <source>Nothing to fill: type the channel&apos;s expected ROI first; months without one keep their spend.</source>
        <translation>入力するものがありません。先にチャネルの見込みROASを入力してください。未入力の月は費用をそのまま残します。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="342"/>
        <source>Nothing to fill: no product with a launch date and a list price is on sale in the plan year, or the rates already match.</source>
        <translation>計算できません：計画年に発売日と定価のある販売中の商品がないか、原価率がすでに一致しています。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="362"/>
        <source>%1 (rates of %2)</source>
        <translation>%1（%2 時点の料率）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="370"/>
        <source>No fee profile for the store&apos;s platforms</source>
        <translation>出店先プラットフォームの手数料プロファイルがありません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="376"/>
        <source>The months&apos; fees already match %1.</source>
        <translation>各月の手数料はすでに %1 と同じです。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="401"/>
        <source>Imported %n days of actuals.</source>
        <translation>%n 日分の実績を取り込みました。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="396"/>
        <source>Imported %n days of ad reports.</source>
        <translation>%n 日分の広告レポートを取り込みました。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/view.py" line="142"/>
        <source>Forecast</source>
        <translation>売上予測</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../ecplanner/ui/calendar/painting.py" line="277"/>
        <source>Work</source>
        <translation>出勤</translation>
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
        <translation>「%1」を移動</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/commands.py" line="55"/>
        <source>Change the dates of “%1”</source>
        <translation>「%1」の日程を変更</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/commands.py" line="75"/>
        <source>Edit “%1”</source>
        <translation>「%1」を編集</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/commands.py" line="83"/>
        <source>Use last year&apos;s uplifts</source>
        <translation>昨年実績の流入倍率を使用</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/commands.py" line="88"/>
        <source>Delete “%1”</source>
        <translation>「%1」を削除</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/commands.py" line="93"/>
        <source>Store promotion</source>
        <translation>店舗プロモーション</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/commands.py" line="94"/>
        <location filename="../../ecplanner/ui/calendar/commands.py" line="112"/>
        <source>Add “%1”</source>
        <translation>「%1」を追加</translation>
    </message>
</context>
<context>
    <name>CalendarDays</name>
    <message numerus="yes">
        <location filename="../../ecplanner/ui/calendar/style.py" line="119"/>
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1（%n 日間）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarEventEditor</name>
    <message>
        <location filename="../../ecplanner/ui/calendar/dialogs.py" line="114"/>
        <source>Add phase</source>
        <translation>段階を追加</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/dialogs.py" line="115"/>
        <source>Remove phase</source>
        <translation>段階を削除</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/dialogs.py" line="122"/>
        <source>Phases</source>
        <translation>段階</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/dialogs.py" line="134"/>
        <source>Featured products</source>
        <translation>目玉商品</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/dialogs.py" line="156"/>
        <source>Main sale</source>
        <translation>本番</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/dialogs.py" line="188"/>
        <source>Every phase needs a name</source>
        <translation>すべての段階に名前が必要です</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/dialogs.py" line="190"/>
        <source>Phase “%1” lies outside the event&apos;s dates</source>
        <translation>段階「%1」がイベントの期間外です</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../ecplanner/ui/calendar/export_image.py" line="100"/>
        <source>%1 — events calendar %2</source>
        <translation>%1 — %2年 イベントカレンダー</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/export_image.py" line="102"/>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/export_image.py" line="104"/>
        <source>As of %1</source>
        <translation>%1 時点</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/export_image.py" line="106"/>
        <source>Public holidays of %1 are provisional until announced</source>
        <translation>%1年の祝日は発表まで暫定です</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/export_image.py" line="103"/>
        <source>%1 — events calendar, %2</source>
        <translation>%1 — %2 イベントカレンダー</translation>
    </message>
</context>
<context>
    <name>CalendarFrame</name>
    <message>
        <location filename="../../ecplanner/ui/calendar/frame.py" line="62"/>
        <source>W%1</source>
        <translation>第%1週</translation>
    </message>
</context>
<context>
    <name>CalendarLegend</name>
    <message>
        <location filename="../../ecplanner/ui/calendar/legend.py" line="66"/>
        <source>Weekend</source>
        <translation>週末</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/legend.py" line="67"/>
        <source>Public holiday</source>
        <translation>祝日</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/legend.py" line="68"/>
        <source>Make-up workday</source>
        <translation>振替出勤日</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/legend.py" line="69"/>
        <source>Couriers stop (Spring Festival)</source>
        <translation>春節の配送停止</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/legend.py" line="70"/>
        <source>Last day to ship</source>
        <translation>最終出荷日</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/legend.py" line="71"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/legend.py" line="72"/>
        <source>Registration deadline</source>
        <translation>エントリー締切</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/legend.py" line="73"/>
        <source>Has warnings</source>
        <translation>警告あり</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/legend.py" line="74"/>
        <source>Warm-up</source>
        <translation>予告</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/legend.py" line="75"/>
        <source>Presale</source>
        <translation>予約</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/legend.py" line="76"/>
        <source>Balance</source>
        <translation>残金</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/legend.py" line="77"/>
        <source>Main sale</source>
        <translation>本番</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/legend.py" line="78"/>
        <source>Encore</source>
        <translation>アンコール</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../ecplanner/ui/calendar/view.py" line="84"/>
        <source>Event catalog</source>
        <translation>イベント一覧</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/view.py" line="85"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/view.py" line="107"/>
        <source>Export Calendar Image…</source>
        <translation>カレンダー画像を書き出す…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/view.py" line="109"/>
        <source>Uplifts from Last Year…</source>
        <translation>昨年実績から流入倍率を設定…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/view.py" line="166"/>
        <source>Loading public holidays…</source>
        <translation>祝日を読み込み中…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/view.py" line="168"/>
        <source>Public holidays and make-up workdays of %1 are provisional until the government announces them.</source>
        <translation>%1年の祝日・振替日は政府の発表まで暫定です。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/view.py" line="190"/>
        <source>Warnings (%1)</source>
        <translation>警告 (%1)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/view.py" line="304"/>
        <source>Not changed</source>
        <translation>変更されていません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/view.py" line="323"/>
        <source>Uplifts from Last Year</source>
        <translation>昨年実績から流入倍率を設定</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/view.py" line="324"/>
        <source>No event of %1 could be measured: import last year&apos;s daily data first (File ▸ Import Daily Actuals…).</source>
        <translation>%1 年のイベントを測定できません。先に昨年の日次データを取り込んでください（ファイル ▸ 日次実績を取り込む…）。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/view.py" line="345"/>
        <source>Export calendar image</source>
        <translation>カレンダー画像を書き出す</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/view.py" line="347"/>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG 画像 (*.png);;PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/view.py" line="353"/>
        <source>Image not saved</source>
        <translation>画像を保存できませんでした</translation>
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
        <translation>週</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/toolbar.py" line="93"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/toolbar.py" line="103"/>
        <source>Previous month</source>
        <translation>前の月</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/toolbar.py" line="112"/>
        <source>Next month</source>
        <translation>次の月</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/toolbar.py" line="114"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/toolbar.py" line="118"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>縮小（Ctrl+ホイール）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/toolbar.py" line="120"/>
        <source>Fit</source>
        <translation>幅に合わせる</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/toolbar.py" line="121"/>
        <source>Fit the days to the window&apos;s width</source>
        <translation>日付をウィンドウの幅に合わせます</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/toolbar.py" line="124"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>拡大（Ctrl+ホイール）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/toolbar.py" line="127"/>
        <source>Market</source>
        <translation>市場</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/toolbar.py" line="128"/>
        <source>Platform</source>
        <translation>モール</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/toolbar.py" line="129"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
</context>
<context>
    <name>CalendarWarnings</name>
    <message>
        <location filename="../../ecplanner/ui/calendar/texts.py" line="39"/>
        <source>Overlaps “%1” on the same platform</source>
        <translation>同じモールの「%1」と期間が重なっています</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/texts.py" line="43"/>
        <source>Registration closed on %1 and the store is not registered</source>
        <translation>エントリーは %1 に締め切られましたが、まだエントリーしていません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/texts.py" line="49"/>
        <source>Register today (deadline %1)</source>
        <translation>今日がエントリー締切です（%1）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/texts.py" line="50"/>
        <source>Register by %1: %n day(s) left</source>
        <translation>%1 までにエントリー：残り %n 日</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/texts.py" line="52"/>
        <source>Runs during the Spring Festival shipping shutdown (%1 – %2)</source>
        <translation>春節の配送停止期間（%1 – %2）に重なっています</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/texts.py" line="64"/>
        <source>Price change of “%1” %n day(s) before the sale sets the price the discount is checked against</source>
        <translation>「%1」の価格変更がセールの %n 日前にあり、割引の基準価格になります</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/texts.py" line="83"/>
        <source>Register by %1</source>
        <translation>エントリー締切 %1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/texts.py" line="34"/>
        <location filename="../../ecplanner/ui/calendar/texts.py" line="56"/>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/texts.py" line="36"/>
        <source>Overlaps %n sales on the same platform: %1</source>
        <translation>同じモールの %n 件のセールと期間が重なっています：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/texts.py" line="58"/>
        <source>Price changes of %n products before the sale set the prices the discount is checked against: %1</source>
        <translation>%n 商品の価格変更がセール前にあり、割引の基準価格になります：%1</translation>
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
        <translation>イベントを検索…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/catalog_panel.py" line="95"/>
        <source>Drag an event onto the day it should start.</source>
        <translation>イベントを開始日にドラッグしてください。</translation>
    </message>
</context>
<context>
    <name>ChannelSpendDialog</name>
    <message>
        <location filename="../../ecplanner/ui/budget/channel_spend_dialog.py" line="26"/>
        <source>Fill %1 spend</source>
        <translation>%1の費用を入力</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/channel_spend_dialog.py" line="28"/>
        <source>Each month&apos;s spend is set so that %1 brings this share of the month&apos;s planned GMV at its expected ROI: spend = planned GMV × share ÷ ROI. Months without an expected ROI keep their spend.</source>
        <translation>見込みROASで%1が各月の計画売上のこの割合を担うよう費用を設定します：費用 = 計画売上 × 割合 ÷ ROAS。見込みROASのない月は費用をそのまま残します。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/channel_spend_dialog.py" line="36"/>
        <source>Share of GMV</source>
        <translation>売上に占める割合</translation>
    </message>
</context>
<context>
    <name>ClearableDateEdit</name>
    <message>
        <location filename="../../ecplanner/ui/products/delegates.py" line="59"/>
        <source>Delete clears the date</source>
        <translation>Delete キーで日付を消去</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../ecplanner/ui/overview/commands.py" line="19"/>
        <source>Add “%1”</source>
        <translation>「%1」を追加</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/commands.py" line="25"/>
        <source>Edit “%1”</source>
        <translation>「%1」を編集</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/commands.py" line="32"/>
        <source>Delete “%1”</source>
        <translation>「%1」を削除</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/commands.py" line="33"/>
        <source>Delete %n events</source>
        <translation>%n 件のイベントを削除</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_commands.py" line="16"/>
        <source>Add the platform calendar</source>
        <translation>モールのイベント暦を追加</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../ecplanner/ui/crash.py" line="30"/>
        <source>Something went wrong</source>
        <translation>エラーが発生しました</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/crash.py" line="31"/>
        <source>ecplanner hit an error and stopped that action. Your plan is saved as of the last completed edit.

%1

The details are in the log file:
%2</source>
        <translation>エラーが発生したため、この操作を中止しました。計画は最後に完了した編集の時点で保存されています。

%1

詳細はログファイルにあります：
%2</translation>
    </message>
</context>
<context>
    <name>DatedValuesModel</name>
    <message>
        <location filename="../../ecplanner/ui/inventory/ladder_model.py" line="72"/>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/ladder_model.py" line="72"/>
        <source>Arrives</source>
        <translation>入荷日</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/ladder_model.py" line="73"/>
        <source>Discount</source>
        <translation>割引率</translation>
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
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/event_editor.py" line="49"/>
        <source>Title</source>
        <translation>イベント名</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/event_editor.py" line="54"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/event_editor.py" line="60"/>
        <source>Platform</source>
        <translation>モール</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/event_editor.py" line="63"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/event_editor.py" line="64"/>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/event_editor.py" line="73"/>
        <source>Registration deadline</source>
        <translation>エントリー締切</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/event_editor.py" line="77"/>
        <source>Traffic uplift</source>
        <translation>集客倍率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/event_editor.py" line="82"/>
        <source>Count its uplift in the budget anyway</source>
        <translation>それでも集客効果を予算に含める</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/event_editor.py" line="93"/>
        <source>Discount depth</source>
        <translation>割引率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/event_editor.py" line="97"/>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/event_editor.py" line="99"/>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/event_editor.py" line="102"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/event_editor.py" line="129"/>
        <source>This store does not sell on %1: the budget leaves its uplift out.</source>
        <translation>このストアは%1に出店していません：予算にはこのイベントの集客効果を含めません。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/event_editor.py" line="131"/>
        <source>Add %1 to the store&apos;s platforms</source>
        <translation>%1をストアの出店先に追加</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/event_editor.py" line="153"/>
        <source>Event colour</source>
        <translation>イベントの色</translation>
    </message>
</context>
<context>
    <name>EventReviewBox</name>
    <message>
        <location filename="../../ecplanner/ui/calendar/event_review_box.py" line="26"/>
        <source>Review: realised ×%1 over %2 selling days (planned ×%3)</source>
        <translation>振り返り：販売日 %2 日で実績 ×%1（計画 ×%3）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/event_review_box.py" line="31"/>
        <source>Use ×%1</source>
        <translation>×%1 を使う</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecplanner/ui/calendar/event_review_box.py" line="33"/>
        <source>and for the plan&apos;s %n other “%1” event(s)</source>
        <translation>
            <numerusform>計画内のほかの「%1」%n 件にも適用</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsTableModel</name>
    <message>
        <location filename="../../ecplanner/ui/overview/model.py" line="46"/>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/model.py" line="46"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/model.py" line="46"/>
        <source>Platform</source>
        <translation>モール</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/model.py" line="46"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/model.py" line="47"/>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/model.py" line="47"/>
        <source>Phases</source>
        <translation>段階</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/model.py" line="47"/>
        <source>Register by</source>
        <translation>エントリー締切</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../ecplanner/ui/exchange/preview_model.py" line="60"/>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/preview_model.py" line="60"/>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/preview_model.py" line="60"/>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/preview_model.py" line="65"/>
        <source>%n task(s) follow their events</source>
        <translation>%n 件のタスクがイベントに合わせて移動</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/preview_model.py" line="74"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="33"/>
        <source>the Overview sheet</source>
        <translation>「概要」シート</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="33"/>
        <source>the Calendar sheet</source>
        <translation>「カレンダー」シート</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="34"/>
        <source>the Events sheet</source>
        <translation>「イベント」シート</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="34"/>
        <source>the Products sheet</source>
        <translation>「商品」シート</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="35"/>
        <source>the Clearance sheet</source>
        <translation>「在庫処分」シート</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="35"/>
        <source>the Budget sheet</source>
        <translation>「予算」シート</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="36"/>
        <source>the Tasks sheet</source>
        <translation>「タスク」シート</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="36"/>
        <source>the Actuals sheet</source>
        <translation>「実績」シート</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="39"/>
        <source>Reading %1…</source>
        <translation>%1を読み込み中…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="39"/>
        <source>Writing %1…</source>
        <translation>%1を書き出し中…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="42"/>
        <source>Reading the plan…</source>
        <translation>計画を読み込み中…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="42"/>
        <source>Computing the figures…</source>
        <translation>数値を計算中…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="43"/>
        <source>Saving the file…</source>
        <translation>ファイルを保存中…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="43"/>
        <source>Comparing with the plan…</source>
        <translation>計画と照合中…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="44"/>
        <source>Working…</source>
        <translation>処理中…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="49"/>
        <source>This file cannot be read as an Excel workbook.</source>
        <translation>このファイルは Excel ブックとして読み込めません。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="57"/>
        <source>This file was not exported by ecplanner, so it cannot be imported. Import a workbook or JSON file that ecplanner exported.</source>
        <translation>このファイルは ecplanner で書き出したものではないため、取り込めません。ecplanner で書き出したブックまたは JSON ファイルを取り込んでください。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="60"/>
        <source>This file was written by a newer version of ecplanner. Please update ecplanner to import it.</source>
        <translation>このファイルは新しいバージョンの ecplanner で作成されています。取り込むには ecplanner を更新してください。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="62"/>
        <source>This file was exported from another plan. Open that plan to import it.</source>
        <translation>このファイルは別の計画から書き出されたものです。その計画を開いてから取り込んでください。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="64"/>
        <source>The sheet is missing.</source>
        <translation>シートがありません。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="65"/>
        <source>The column is missing.</source>
        <translation>列がありません。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="66"/>
        <source>This file is not a JSON file.</source>
        <translation>このファイルは JSON ファイルではありません。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="67"/>
        <source>This part is not shaped as the JSON format describes.</source>
        <translation>この部分は JSON 形式の仕様どおりになっていません。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="68"/>
        <source>must not be empty</source>
        <translation>空にできません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="69"/>
        <source>is not a date</source>
        <translation>日付ではありません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="70"/>
        <source>is not a number</source>
        <translation>数値ではありません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="71"/>
        <source>is not a whole number</source>
        <translation>整数ではありません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="72"/>
        <source>must not be negative</source>
        <translation>マイナスにできません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="73"/>
        <source>is a percentage over 100%</source>
        <translation>100%を超える割合です</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="74"/>
        <source>is not a platform ecplanner knows</source>
        <translation>認識できないモールです</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="75"/>
        <source>is not an event kind ecplanner knows</source>
        <translation>認識できないイベントの種類です</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="76"/>
        <source>is not a season ecplanner knows</source>
        <translation>認識できないシーズンです</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="77"/>
        <source>is not a product role ecplanner knows</source>
        <translation>認識できない商品の役割です</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="78"/>
        <source>is not a product status ecplanner knows</source>
        <translation>認識できない商品ステータスです</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="79"/>
        <source>is not the id of anything in this plan</source>
        <translation>この計画にない ID です</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="80"/>
        <source>appears twice</source>
        <translation>重複しています</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="85"/>
        <source>is not a phase of this event</source>
        <translation>このイベントの段階ではありません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="86"/>
        <source>is not a list of arrivals such as “2027-09-01 300; 2027-10-15 200”</source>
        <translation>「2027-09-01 300; 2027-10-15 200」のような入荷リストではありません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="88"/>
        <source>needs both its date and its discount</source>
        <translation>日付と割引率の両方が必要です</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="89"/>
        <source>is not a value this field takes</source>
        <translation>この項目に入れられない値です</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="98"/>
        <source>points at something the plan does not hold</source>
        <translation>計画にない項目を指しています</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="99"/>
        <source>holds the same month twice</source>
        <translation>同じ月が2回あります</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="102"/>
        <source>the workbook holds “%1”, the plan now holds “%2”</source>
        <translation>ブックは「%1」、計画は現在「%2」</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="103"/>
        <source>edited in the workbook, removed from the plan</source>
        <translation>ブックで編集、計画では削除済み</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="104"/>
        <source>removed from the workbook, changed in the plan</source>
        <translation>ブックで削除、計画では変更済み</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="111"/>
        <source>This workbook was exported by an earlier version of ecplanner and does not record what it held. Every difference from the plan is shown as the team&apos;s edit — including changes made in the app since the export, which importing would undo — and plan rows missing from it are removed. Check the list, or export again.</source>
        <translation>このブックは旧版の ecplanner で書き出されたため、書き出し時の内容が記録されていません。計画との違いはすべてチームの編集として表示され（書き出し後にアプリで行った変更も含み、取り込むと元に戻ります）、ブックにない計画の行は削除されます。一覧を確認するか、もう一度書き出してください。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="123"/>
        <source>Conflict — %1</source>
        <translation>競合 — %1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="143"/>
        <source>Sheet “%1”, cell %2 (%3)</source>
        <translation>シート「%1」、セル %2（%3）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="146"/>
        <source>Sheet “%1”, row %2</source>
        <translation>シート「%1」、%2 行目</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="151"/>
        <source>Sheet “%1”</source>
        <translation>シート「%1」</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="196"/>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="196"/>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="196"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="197"/>
        <source>Clearance inputs</source>
        <translation>在庫処分の入力</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="197"/>
        <source>Budget month</source>
        <translation>予算の月</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="198"/>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="198"/>
        <source>Daily figures</source>
        <translation>日次データ</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="204"/>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="204"/>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="205"/>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="210"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="210"/>
        <source>Platform</source>
        <translation>モール</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="210"/>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="211"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="211"/>
        <source>Season</source>
        <translation>シーズン</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="211"/>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="212"/>
        <source>Wave</source>
        <translation>投入波</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="212"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="212"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="213"/>
        <source>Season end</source>
        <translation>シーズン終了</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="213"/>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="213"/>
        <source>Market</source>
        <translation>市場</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="244"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="244"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="81"/>
        <source>has no ID and is the same event (platform, title and start) as another row</source>
        <translation>ID がなく、別の行と同じイベントです（プラットフォーム・名称・開始日が同じ）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="83"/>
        <source>has no ID and matches several rows of the plan: put its ID back</source>
        <translation>ID がなく、計画の複数の行に当てはまります。ID を元に戻してください</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="90"/>
        <source>is a formula the file holds no result for (it was saved by a program that does not calculate). Open the workbook in Excel to recalculate it, save it, and import again.</source>
        <translation>は数式ですが、ファイルに計算結果がありません（計算しないプログラムで保存されています）。Excel でブックを開いて再計算し、保存してから取り込み直してください。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="94"/>
        <source>this text is longer than a cell holds, so the workbook shows only its beginning, and the marker line at its end was removed or changed. Keep that line to edit the beginning, or edit the whole text in the app.</source>
        <translation>このテキストはセルに収まらないため、ブックには冒頭だけが表示されていますが、末尾の案内行が削除または変更されました。冒頭を編集するときはその行を残すか、アプリで全文を編集してください。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="136"/>
        <source>(row %1)</source>
        <translation>（%1 行目）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="164"/>
        <source>is already the code of the product on row %1</source>
        <translation>はすでに %1 行目の商品の品番です</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="166"/>
        <source>is already the code of %1</source>
        <translation>はすでに %1 の品番です</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="167"/>
        <source>is already the code of “%1” in the plan</source>
        <translation>はすでに計画の「%1」の品番です</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="174"/>
        <source>its clearance inputs (%1 on hand)</source>
        <translation>在庫処分の入力（在庫 %1）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="177"/>
        <source>%1 tasks, %2 of them done</source>
        <translation>タスク %1 件（うち %2 件完了）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="180"/>
        <source>its place in %1 events</source>
        <translation>%1 件のイベントでの掲載</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="185"/>
        <source>its notes “%1”</source>
        <translation>メモ「%1」</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="186"/>
        <source>Goes with it: %1</source>
        <translation>一緒に削除：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="50"/>
        <source>This part of the workbook cannot be read.</source>
        <translation>ブックのこの部分は読み込めません。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="51"/>
        <source>This part of the workbook is larger than any workbook ecplanner writes.</source>
        <translation>ブックのこの部分は、ecplanner が書き出すどのブックよりも大きすぎます。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="53"/>
        <source>This file cannot be read.</source>
        <translation>このファイルは読み込めません。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="54"/>
        <source>This is not a file but a folder, a pipe or a device.</source>
        <translation>これはファイルではなく、フォルダー、パイプまたはデバイスです。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="55"/>
        <source>This file is larger than any plan ecplanner writes.</source>
        <translation>このファイルは、ecplanner が書き出すどの計画よりも大きすぎます。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="56"/>
        <source>This file nests its data deeper than any plan does.</source>
        <translation>このファイルはデータの入れ子が、どの計画よりも深すぎます。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="100"/>
        <source>is the product of other clearance inputs (a product has one set)</source>
        <translation>別の在庫処分の入力の商品です（商品ごとに 1 組だけです）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="199"/>
        <source>Ad channel&apos;s day</source>
        <translation>広告チャネルの日次データ</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/texts.py" line="182"/>
        <source>%1 days of its real sales</source>
        <translation>取り込み済みの販売実績 %1 日分</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="58"/>
        <source>Export to &amp;Excel…</source>
        <translation>Excel に書き出す(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="60"/>
        <source>&amp;Import from Excel…</source>
        <translation>Excel から取り込む(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="62"/>
        <source>Export i&amp;Calendar…</source>
        <translation>iCalendar を書き出す(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="64"/>
        <source>Export &amp;JSON…</source>
        <translation>JSON を書き出す(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="66"/>
        <source>Import JS&amp;ON…</source>
        <translation>JSON を取り込む(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="82"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="83"/>
        <source>iCalendar file (*.ics)</source>
        <translation>iCalendar ファイル (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="84"/>
        <source>JSON file (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="92"/>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="126"/>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="98"/>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="126"/>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="124"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="169"/>
        <source>Exported to %1</source>
        <translation>%1 に書き出しました</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="174"/>
        <source>Import failed</source>
        <translation>取り込みに失敗しました</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="174"/>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="176"/>
        <source>Nothing was changed or written.

%1</source>
        <translation>何も変更・書き出しされていません。

%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/actions.py" line="184"/>
        <source>Cancelled: nothing was written.</source>
        <translation>キャンセルしました：何も書き出されていません。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ecplanner/ui/products/filters.py" line="30"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/filters.py" line="64"/>
        <source>(no wave)</source>
        <translation>（投入波なし）</translation>
    </message>
</context>
<context>
    <name>FilterButton</name>
    <message>
        <location filename="../../ecplanner/ui/calendar/toolbar.py" line="28"/>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/toolbar.py" line="69"/>
        <source>%1: all</source>
        <translation>%1：すべて</translation>
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
        <translation>昨年の水準に対する成長率。年間の毎日に掛けます。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/forecast_page.py" line="69"/>
        <source>Fit on This Year&apos;s Days</source>
        <translation>今年の実績から推定</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/forecast_page.py" line="72"/>
        <source>Growth on last year</source>
        <translation>前年比成長率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/forecast_page.py" line="78"/>
        <source>Forecast GMV</source>
        <translation>予測GMV</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/forecast_page.py" line="78"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/forecast_page.py" line="78"/>
        <source>Short of target</source>
        <translation>目標との差</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/forecast_page.py" line="79"/>
        <source>Visitors needed</source>
        <translation>必要な追加アクセス数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/forecast_page.py" line="104"/>
        <source>Year</source>
        <translation>年間</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/forecast_page.py" line="112"/>
        <source>Learning last year&apos;s rhythm…</source>
        <translation>昨年の売上パターンを学習中…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/forecast_page.py" line="126"/>
        <source>Growth of this year&apos;s last 90 imported days on the same days&apos; forecast.</source>
        <translation>今年取り込んだ直近90日の、同じ日の予測に対する伸び。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/forecast_page.py" line="128"/>
        <source>Needs imported days of %1.</source>
        <translation>%1年の日次実績を先に取り込んでください。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/forecast_page.py" line="147"/>
        <source>Change the forecast growth</source>
        <translation>予測成長率の変更</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/forecast_page.py" line="160"/>
        <source>The forecast needs %1&apos;s daily actuals for every month: import last year&apos;s plan (File ▸ Import Last Year&apos;s Plan…) or its daily exports.</source>
        <translation>予測には%1年の全月の日次実績が必要です。昨年の計画（ファイル ▸ 昨年の計画を取り込む…）か日次データを取り込んでください。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/forecast_page.py" line="168"/>
        <source>Each day of %1 on %2&apos;s base rhythm (by month and weekday), with %1&apos;s events and Spring Festival at their dates, × (1 + growth). Where the target is above the forecast, the shortfall in visitors at the month&apos;s conversion rate and order value: visitors needed = shortfall ÷ (CVR × AOV).</source>
        <translation>%1年の各日 = %2年の基本パターン（月・曜日別）× %1年のイベントと春節（今年の日付）×（1 + 成長率）。目標が予測を上回る月は、その差を月の転換率と客単価でアクセス数に換算します：必要な追加アクセス数 = 差 ÷（転換率 × 客単価）。</translation>
    </message>
</context>
<context>
    <name>GlanceModel</name>
    <message>
        <location filename="../../ecplanner/ui/overview/glance_model.py" line="89"/>
        <source>Year</source>
        <translation>年間</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/glance_model.py" line="94"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/glance_model.py" line="94"/>
        <source>Planned GMV</source>
        <translation>計画GMV</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/glance_model.py" line="95"/>
        <source>Ad spend</source>
        <translation>広告費</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/glance_model.py" line="95"/>
        <source>ROI (GMV ÷ spend)</source>
        <translation>ROI（GMV÷広告費）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/glance_model.py" line="96"/>
        <source>Net profit</source>
        <translation>純利益</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/glance_model.py" line="96"/>
        <source>Events</source>
        <translation>イベント数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/glance_model.py" line="97"/>
        <source>Major sales</source>
        <translation>大型セール数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/glance_model.py" line="97"/>
        <source>Launches</source>
        <translation>新商品数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/glance_model.py" line="98"/>
        <source>Delistings</source>
        <translation>販売終了数</translation>
    </message>
</context>
<context>
    <name>ImportActualsDialog</name>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="71"/>
        <source>Import daily actuals</source>
        <translation>日次実績の取り込み</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="83"/>
        <source>Choose a daily export from your platform&apos;s data centre (e.g. 生意参谋, RMS) as CSV or Excel .xlsx: one row per day with the date, visitors, buyers, sales and ad spend. Chinese, Japanese and English headers are recognised.</source>
        <translation>モールのデータ管理画面（RMS、生意参謀など）から書き出した日次データ（CSV または Excel .xlsx）を選んでください。1日1行で、日付・訪問者数・購入者数・売上・広告費を含むもの。日本語・中国語・英語の見出しを認識します。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="97"/>
        <source>No file chosen.</source>
        <translation>ファイルが選ばれていません。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="98"/>
        <source>Choose file…</source>
        <translation>ファイルを選ぶ…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="114"/>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="143"/>
        <source>Read again with these columns</source>
        <translation>この列設定で読み直す</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="165"/>
        <source>Change columns…</source>
        <translation>列を変更…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="181"/>
        <source>Daily actuals</source>
        <translation>日次実績</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="182"/>
        <source>Daily exports (%1)</source>
        <translation>日次データ (%1)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="202"/>
        <source>Reading %1 …</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="237"/>
        <source>(not used)</source>
        <translation>（使わない）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="245"/>
        <source>Choose what each column of the file holds. A date column and a sales (GMV) or visitors column are needed.</source>
        <translation>ファイルの各列の内容を選んでください。日付の列と、売上（GMV）または訪問者数の列が必要です。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="248"/>
        <source>Some columns were not recognised. Missing: %1.</source>
        <translation>認識できない列があります。不足：%1。</translation>
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
        <translation>ファイルに %n 件の問題があるため、取り込めません。ファイルで下の行を直してから、もう一度選んでください。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="317"/>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="346"/>
        <source>New days: %1; replaced: %2 (tinted: the plan holds other figures); unchanged: %3 (greyed).</source>
        <translation>新規 %1 日、置き換え %2 日（色付き：計画の数値と異なる）、変更なし %3 日（グレー）。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="270"/>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="296"/>
        <source>The file holds no days to import.</source>
        <translation>ファイルに取り込める日がありません。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="339"/>
        <source>%n days, %1 to %2.</source>
        <translation>%n 日分（%1～%2）。</translation>
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
        <translation>使わない列：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="327"/>
        <source>%n problems in the file — nothing can be imported; the first %1 are listed. Correct them in the file, then choose it again.</source>
        <translation>ファイルに %n 件の問題があり、何も取り込めません。最初の %1 件を表示しています。ファイルを修正してから、もう一度選択してください。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="88"/>
        <source>The store&apos;s daily figures</source>
        <translation>店舗の日次データ（RMSなど）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="89"/>
        <source>An ad report, of the channel it names</source>
        <translation>広告レポート（チャネルはレポートから判別）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="91"/>
        <source>An ad report: %1</source>
        <translation>広告レポート：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="95"/>
        <source>The file holds:</source>
        <translation>ファイルの内容：</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="287"/>
        <source>This is not an ad report that can be read: it has no column for %1. An ad report needs the date, the spend, and the GMV the ads brought (or their ROI).</source>
        <translation>広告レポートとして読み込めません：%1 の列がありません。広告レポートには日付、広告費、広告経由の売上（またはROAS）が必要です。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="294"/>
        <source>The report does not say which channel it is for: choose the channel above.</source>
        <translation>レポートにチャネルの記載がありません。上でチャネルを選んでください。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/dialogs.py" line="311"/>
        <source>%1: %n days, %2 to %3.</source>
        <translation>%1：%n 日分（%2～%3）。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../ecplanner/ui/exchange/preview_dialog.py" line="45"/>
        <location filename="../../ecplanner/ui/exchange/preview_dialog.py" line="118"/>
        <source>Import “%1”</source>
        <translation>「%1」の取り込み</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/preview_dialog.py" line="68"/>
        <source>Apply All Changes</source>
        <translation>すべての変更を適用</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecplanner/ui/exchange/preview_dialog.py" line="98"/>
        <source>The workbook and the plan changed the same things since the export: %n conflict(s) below. Nothing was changed. Keep the plan&apos;s value by typing it into the cell, or the workbook&apos;s by setting the plan to it, then import again.</source>
        <translation>
            <numerusform>書き出し後、ブックと計画の両方で同じ箇所が変更されました：以下の %n 件の競合があります。何も変更していません。計画の値を残すにはセルにその値を入力し、ブックの値を使うには計画をその値に変えてから、もう一度取り込んでください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecplanner/ui/exchange/preview_dialog.py" line="103"/>
        <source>This file cannot be imported: %n problem(s) below. Nothing was changed; correct the file and import it again.</source>
        <translation>
            <numerusform>このファイルは取り込めません：下の %n 件の問題があります。何も変更されていません。ファイルを直してもう一度取り込んでください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/preview_dialog.py" line="107"/>
        <source>The file holds nothing the plan does not already hold.</source>
        <translation>ファイルには計画にない内容がありません。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/preview_dialog.py" line="110"/>
        <source>Importing applies these changes as one step (Edit → Undo takes it back): %1 added, %2 changed, %3 removed.</source>
        <translation>取り込むとこれらの変更を1回の操作として適用します（編集 → 元に戻す で取り消せます）：追加 %1、変更 %2、削除 %3。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/exchange/preview_dialog.py" line="121"/>
        <source>Not imported</source>
        <translation>取り込まれていません</translation>
    </message>
</context>
<context>
    <name>ImportProductsDialog</name>
    <message>
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="79"/>
        <source>Import product data</source>
        <translation>商品データの取り込み</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="98"/>
        <source>Choose product reports (e.g. 生意参谋 商品效果) as CSV or Excel .xlsx: one row per product and day with the product&apos;s code (款号 or 商品ID), the date, visitors, units paid for and sales. A product&apos;s day already imported is replaced.</source>
        <translation>商品レポート（生意参谋の商品効果など）を CSV または Excel .xlsx で選んでください。商品ごと・日ごとに1行で、商品コード（品番または商品ID）、日付、アクセス人数、売上個数、売上金額を含むものです。取り込み済みの商品の日は置き換えられます。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="102"/>
        <source>No file chosen.</source>
        <translation>ファイルが選ばれていません。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="103"/>
        <source>Choose files…</source>
        <translation>ファイルを選ぶ…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="136"/>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="149"/>
        <source>Product reports</source>
        <translation>商品レポート</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="150"/>
        <source>Product reports (%1)</source>
        <translation>商品レポート（%1）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="159"/>
        <source>Reading %n file(s) …</source>
        <translation>
            <numerusform>%n 件のファイルを読み込み中…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="187"/>
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="199"/>
        <source>Matching the products&apos; codes …</source>
        <translation>商品コードを照合しています…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="221"/>
        <source>The files could not be read.</source>
        <translation>ファイルを読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="223"/>
        <source>%1: no column was recognised for the product code, the date or the units paid for. Headers found: %2</source>
        <translation>%1：商品コード、日付、売上個数の列が見つかりません。見つかった見出し：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="227"/>
        <source>%1: %n problem(s) — nothing can be imported. Correct them in the file, then choose it again.</source>
        <translation>
            <numerusform>%1：問題が %n 件あり、取り込めません。ファイルを直してから選び直してください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="231"/>
        <source>%1 holds no products&apos; days.</source>
        <translation>%1 には商品の日別データがありません。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="243"/>
        <source>Skip its rows</source>
        <translation>この行を飛ばす</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="247"/>
        <source>“%1” (%n row(s))</source>
        <translation>
            <numerusform>「%1」（%n 行）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="256"/>
        <source>%1 products&apos; days of %2 product(s) to import.</source>
        <translation>%2 商品の日別データ %1 件を取り込みます。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="261"/>
        <source>The plan has no product, or more than one, with these codes: choose the product each one is, or skip its rows.</source>
        <translation>このコードの商品が計画にないか、複数あります。どの商品か選ぶか、その行を飛ばしてください。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="278"/>
        <source>Storing %1 products&apos; days …</source>
        <translation>商品の日別データ %1 件を保存しています…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="307"/>
        <source>Nothing was imported: %1</source>
        <translation>何も取り込まれませんでした：%1</translation>
    </message>
</context>
<context>
    <name>InventoryCommands</name>
    <message>
        <location filename="../../ecplanner/ui/inventory/commands.py" line="26"/>
        <source>Allowed discounts</source>
        <translation>使える割引率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/commands.py" line="27"/>
        <source>Edit %1 of “%2”</source>
        <translation>「%2」の%1を編集</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/commands.py" line="39"/>
        <source>Plan clearance for “%1”</source>
        <translation>「%1」の在庫処分を計画</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/commands.py" line="46"/>
        <source>Remove the clearance plan of “%1”</source>
        <translation>「%1」の在庫処分計画を削除</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/commands.py" line="48"/>
        <source>Remove %n clearance plans</source>
        <translation>%n 件の在庫処分計画を削除</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/commands.py" line="67"/>
        <source>Accept the suggested ladder for “%1”</source>
        <translation>「%1」の値下げ案を採用</translation>
    </message>
</context>
<context>
    <name>InventoryTab</name>
    <message>
        <location filename="../../ecplanner/ui/inventory/texts.py" line="20"/>
        <source>Projected weekly from %1, the first day of the plan year (today, %2, is before it).</source>
        <translation>計画年の初日 %1 から週ごとに予測（今日 %2 はそれより前）。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/texts.py" line="23"/>
        <source>Projected weekly from today, %1.</source>
        <translation>今日（%1）から週ごとに予測。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/groups.py" line="24"/>
        <source>All seasons and waves</source>
        <translation>すべてのシーズンと投入波</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/texts.py" line="37"/>
        <source>%1 products shown · on hand %2 · projected leftover %3 units (%4 at cost) · revenue %5 · gross margin %6 · %7 miss their sell-through target</source>
        <translation>表示中 %1 商品 · 在庫 %2 · 予測残り %3 点（原価 %4）· 売上 %5 · 粗利 %6 · 消化率目標未達 %7 商品</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/chart.py" line="64"/>
        <source>%1: stock of the %2 shown products together</source>
        <translation>%1：表示中の %2 商品の在庫合計</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/chart.py" line="71"/>
        <source>Select a product to see its projected stock</source>
        <translation>商品を選ぶと在庫予測を表示します</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/chart.py" line="78"/>
        <source>%1 %2: projected stock</source>
        <translation>%1 %2：在庫予測</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/view.py" line="75"/>
        <location filename="../../ecplanner/ui/inventory/view.py" line="90"/>
        <source>Plan clearance for…</source>
        <translation>在庫処分を計画…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/view.py" line="76"/>
        <source>Remove clearance plan</source>
        <translation>在庫処分計画を削除</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/view.py" line="137"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/view.py" line="175"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/view.py" line="319"/>
        <source>Not saved — %1 %2: %3</source>
        <translation>保存されていません — %1 %2：%3</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/view.py" line="77"/>
        <source>Import product data…</source>
        <translation>商品データの取り込み…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/view.py" line="79"/>
        <source>Product reports (生意参谋 商品效果 and the like): from 14 days of a product&apos;s real sales on, its projection runs from its real stock and rate</source>
        <translation>商品レポート（生意参谋の商品効果など）：販売実績が14日分以上ある商品は、実在庫と実績の販売ペースで予測します</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="18"/>
        <source>Major sale</source>
        <translation>大型セール</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="19"/>
        <source>Platform day</source>
        <translation>モールの日</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="20"/>
        <source>Festival</source>
        <translation>行事</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="21"/>
        <source>Holiday</source>
        <translation>祝日</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="22"/>
        <source>Store promotion</source>
        <translation>店舗プロモーション</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="23"/>
        <source>Clearance</source>
        <translation>在庫処分</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="29"/>
        <source>Warm-up</source>
        <translation>予告</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="30"/>
        <source>Presale (deposit)</source>
        <translation>予約（内金）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="31"/>
        <source>Balance payment</source>
        <translation>残金支払い</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="32"/>
        <source>Main sale</source>
        <translation>本番</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="33"/>
        <source>Encore</source>
        <translation>アンコール</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="43"/>
        <source>Tmall</source>
        <translation>Tmall</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="43"/>
        <source>Taobao</source>
        <translation>タオバオ</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="43"/>
        <source>JD</source>
        <translation>JD.com</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="44"/>
        <source>Douyin</source>
        <translation>Douyin</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="44"/>
        <source>Pinduoduo</source>
        <translation>Pinduoduo</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="44"/>
        <source>Rakuten</source>
        <translation>楽天市場</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="45"/>
        <source>Amazon JP</source>
        <translation>Amazon.co.jp</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="45"/>
        <source>Yahoo! Shopping</source>
        <translation>Yahoo!ショッピング</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="46"/>
        <source>Amazon</source>
        <translation>Amazon</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="46"/>
        <source>All platforms</source>
        <translation>全モール</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="46"/>
        <location filename="../../ecplanner/ui/common/labels.py" line="47"/>
        <source>Own store</source>
        <translation>自社店舗</translation>
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
        <translation>グローバル</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="58"/>
        <source>Spring</source>
        <translation>春</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="58"/>
        <source>Summer</source>
        <translation>夏</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="59"/>
        <source>Autumn</source>
        <translation>秋</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="59"/>
        <source>Winter</source>
        <translation>冬</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="60"/>
        <source>All year</source>
        <translation>通年</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="66"/>
        <source>Traffic driver</source>
        <translation>集客商品</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="66"/>
        <source>Profit maker</source>
        <translation>利益商品</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="67"/>
        <source>Event item</source>
        <translation>イベント商品</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="67"/>
        <source>Image item</source>
        <translation>ブランド商品</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="73"/>
        <source>Planned</source>
        <translation>企画中</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="73"/>
        <source>Sampling</source>
        <translation>サンプル作成中</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="74"/>
        <source>Shooting</source>
        <translation>撮影中</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="74"/>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="75"/>
        <source>On sale</source>
        <translation>販売中</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="75"/>
        <source>Delisted</source>
        <translation>販売終了</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="81"/>
        <source>Operations</source>
        <translation>運営</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="81"/>
        <source>Design</source>
        <translation>デザイン</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="82"/>
        <source>Warehouse</source>
        <translation>倉庫</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="82"/>
        <source>Ads</source>
        <translation>広告</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="83"/>
        <source>Customer service</source>
        <translation>カスタマーサポート</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/labels.py" line="83"/>
        <source>Purchasing</source>
        <translation>仕入れ</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/task_model.py" line="28"/>
        <source>Open</source>
        <translation>未着手</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/task_model.py" line="29"/>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/task_model.py" line="30"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/task_templates_dialog.py" line="29"/>
        <source>registration deadline</source>
        <translation>エントリー締切</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/task_templates_dialog.py" line="30"/>
        <source>event start</source>
        <translation>イベント開始</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/task_templates_dialog.py" line="31"/>
        <source>event end</source>
        <translation>イベント終了</translation>
    </message>
</context>
<context>
    <name>LadderEditor</name>
    <message>
        <location filename="../../ecplanner/ui/inventory/ladder_editor.py" line="55"/>
        <source>Add step</source>
        <translation>段階を追加</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/ladder_editor.py" line="56"/>
        <source>Remove step</source>
        <translation>段階を削除</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/ladder_editor.py" line="57"/>
        <source>Add arrival</source>
        <translation>入荷を追加</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/ladder_editor.py" line="58"/>
        <source>Remove arrival</source>
        <translation>入荷を削除</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/ladder_editor.py" line="60"/>
        <source>e.g. 10, 20, 30, 50</source>
        <translation>例：10, 20, 30, 50</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/ladder_editor.py" line="61"/>
        <source>Discounts (in %) the ladder may use; the suggestion picks from these</source>
        <translation>値下げに使える割引率（%）。値下げ案はこの中から選びます</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/ladder_editor.py" line="64"/>
        <source>Markdown steps</source>
        <translation>値下げ段階</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/ladder_editor.py" line="65"/>
        <source>Stock on order</source>
        <translation>発注済み在庫</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/ladder_editor.py" line="71"/>
        <source>Allowed discounts (%)</source>
        <translation>使える割引率(%)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/ladder_editor.py" line="111"/>
        <source>Select a product to edit its markdown ladder</source>
        <translation>商品を選ぶと値下げ段階を編集できます</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/ladder_editor.py" line="116"/>
        <source>Markdown ladder of %1 %2</source>
        <translation>%1 %2 の値下げ段階</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/ladder_editor.py" line="191"/>
        <source>Allowed discounts: “%1” is not a percentage above 0 and below 100</source>
        <translation>使える割引率：「%1」は0より大きく100未満の%ではありません</translation>
    </message>
</context>
<context>
    <name>LastYear</name>
    <message>
        <location filename="../../ecplanner/ui/budget/last_year.py" line="61"/>
        <source>Import Last Year&apos;s Plan…</source>
        <translation>昨年の計画を取り込む…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/last_year.py" line="62"/>
        <source>Bring in last year&apos;s daily actuals and its events from last year&apos;s plan file, for the seasonality.</source>
        <translation>季節変動の計算のため、昨年の計画ファイルから昨年の日次実績とイベントを取り込みます。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/last_year.py" line="66"/>
        <source>Seasonality from Last Year…</source>
        <translation>昨年から季節ウェイトを算出…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/last_year.py" line="82"/>
        <source>Each month&apos;s weight from %1&apos;s daily GMV, with %1&apos;s events and Spring Festival taken out and this year&apos;s put back at their dates.</source>
        <translation>%1年の日次GMVから各月のウェイトを算出します。%1年のイベントと春節の影響を除き、今年のイベントと春節を今年の日付に戻します。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/last_year.py" line="85"/>
        <source>Needs daily actuals of %1 for every month: import last year&apos;s plan or its daily exports first.</source>
        <translation>%1年の全月の日次実績が必要です。先に昨年の計画か日次データを取り込んでください。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/last_year.py" line="91"/>
        <source>Import Last Year&apos;s Plan</source>
        <translation>昨年の計画を取り込む</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/last_year.py" line="92"/>
        <source>ecplanner plans (*.ecplan)</source>
        <translation>ecplanner の計画 (*.ecplan)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/last_year.py" line="111"/>
        <source>Import last year&apos;s plan</source>
        <translation>昨年の計画を取り込む</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/last_year.py" line="116"/>
        <source>Imported %1 days and %2 events of %3 from %4.</source>
        <translation>%4 から %3年の %1日分の実績と %2件のイベントを取り込みました。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/last_year.py" line="126"/>
        <source>%1 is this plan itself: choose last year&apos;s plan.</source>
        <translation>%1 はこの計画そのものです。昨年の計画を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/last_year.py" line="128"/>
        <source>%1 plans %2; last year&apos;s plan plans %3.</source>
        <translation>%1 は%2年の計画です。昨年の計画は%3年のものです。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/last_year.py" line="130"/>
        <source>%1 holds no daily actuals.</source>
        <translation>%1 には日次実績がありません。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/last_year.py" line="150"/>
        <source>Last year&apos;s days cannot give a base rhythm: every month and every weekday needs ordinary days.</source>
        <translation>昨年のデータから基本の動きを求められません。すべての月と曜日に通常日のデータが必要です。</translation>
    </message>
</context>
<context>
    <name>LearnedUpliftsDialog</name>
    <message>
        <location filename="../../ecplanner/ui/calendar/learned_dialog.py" line="39"/>
        <source>Uplifts from Last Year</source>
        <translation>昨年実績から流入倍率を設定</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/learned_dialog.py" line="43"/>
        <source>Each event&apos;s uplift measured on last year&apos;s imported days: its selling days&apos; GMV against ordinary days (the same weekday in the four weeks before). Ticked rows give their uplift to this plan&apos;s events from the same catalog entry.</source>
        <translation>取り込んだ昨年の日次データで各イベントの流入倍率を測定します：販売日の売上を平常日（直前4週の同じ曜日）と比べます。チェックした行の倍率は、同じカタログ項目から作ったこの計画のイベントに適用されます。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/learned_dialog.py" line="49"/>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/learned_dialog.py" line="49"/>
        <source>Catalog</source>
        <translation>カタログ既定</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/learned_dialog.py" line="49"/>
        <source>Last year</source>
        <translation>昨年実績</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/learned_dialog.py" line="49"/>
        <source>Measured on</source>
        <translation>測定対象</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/learned_dialog.py" line="50"/>
        <source>In this plan</source>
        <translation>この計画</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/learned_dialog.py" line="61"/>
        <source>%1 events, %2 days</source>
        <translation>%1 件・%2 日</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/learned_dialog.py" line="70"/>
        <source>Use Ticked</source>
        <translation>チェックした行を使用</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="244"/>
        <source>&amp;Undo %1</source>
        <translation>元に戻す: %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="247"/>
        <source>&amp;Redo %1</source>
        <translation>やり直す: %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="250"/>
        <source>“%1” was not undone: the plan file could not be written (%2).

The plan and its undo history are as they were. Free some disk space or fix the cause, then undo again.</source>
        <translation>「%1」を元に戻せませんでした: プランファイルに書き込めません (%2)。

プランも取り消しの履歴も元のままです。ディスクの空きを作るか原因を取り除いてから、もう一度元に戻してください。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="253"/>
        <source>“%1” was not redone: the plan file could not be written (%2).

The plan and its undo history are as they were. Free some disk space or fix the cause, then redo again.</source>
        <translation>「%1」をやり直せませんでした: プランファイルに書き込めません (%2)。

プランも取り消しの履歴も元のままです。ディスクの空きを作るか原因を取り除いてから、もう一度やり直してください。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="256"/>
        <source>The plan was not changed</source>
        <translation>プランは変更されていません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="269"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="272"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="279"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="282"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="284"/>
        <source>&amp;Plan</source>
        <translation>計画(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="292"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="331"/>
        <source>Added %1 platform events for %2 with their team tasks.</source>
        <translation>%2年のモールイベント %1 件とチームのタスクを追加しました。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="333"/>
        <source>The plan already has every platform event of %1.</source>
        <translation>%1年のモールイベントはすべて計画に入っています。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="361"/>
        <source>Cannot open plan</source>
        <translation>計画を開けません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="377"/>
        <source>Open plan</source>
        <translation>計画を開く</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="378"/>
        <location filename="../../ecplanner/ui/main_window.py" line="386"/>
        <source>ecplanner plan (*.ecplan)</source>
        <translation>ecplanner 計画ファイル (*.ecplan)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="385"/>
        <source>Save a copy as</source>
        <translation>コピーを保存</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="395"/>
        <source>Copy not saved</source>
        <translation>コピーを保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="414"/>
        <source>No backup copy of this plan could be made: %1</source>
        <translation>この計画のバックアップを作成できませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/main_window.py" line="289"/>
        <source>&amp;Reports</source>
        <translation>レポート(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="19"/>
        <source>Title</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="19"/>
        <source>End</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="19"/>
        <source>Start</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="20"/>
        <source>Traffic uplift</source>
        <translation>集客倍率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="20"/>
        <source>Discount</source>
        <translation>割引率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="20"/>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="21"/>
        <source>Registration deadline</source>
        <translation>エントリー締切</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="21"/>
        <source>Phases</source>
        <translation>段階</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="22"/>
        <source>Code</source>
        <translation>商品コード</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="22"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="22"/>
        <source>Unit cost</source>
        <translation>原価</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="23"/>
        <source>List price</source>
        <translation>定価</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="23"/>
        <source>Delist date</source>
        <translation>販売終了日</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="24"/>
        <source>Launch date</source>
        <translation>発売日</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="24"/>
        <source>First order quantity</source>
        <translation>初回発注数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="25"/>
        <source>Lead time</source>
        <translation>リードタイム</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="25"/>
        <source>Stock on hand</source>
        <translation>現在庫</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="26"/>
        <source>Base weekly sales</source>
        <translation>通常時の週販</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="26"/>
        <source>Elasticity</source>
        <translation>価格弾力性</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="27"/>
        <source>Target sell-through</source>
        <translation>目標消化率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="27"/>
        <source>Markdown ladder</source>
        <translation>値下げ段階</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="28"/>
        <source>Arrivals</source>
        <translation>入荷</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="28"/>
        <source>Store name</source>
        <translation>店舗名</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="28"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="29"/>
        <source>Annual target</source>
        <translation>年間目標</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="29"/>
        <source>Markets</source>
        <translation>市場</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="30"/>
        <source>Expected launch months</source>
        <translation>新商品発売予定月</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="31"/>
        <source>Price-lock window</source>
        <translation>価格ロック期間</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="32"/>
        <source>Season milestone defaults</source>
        <translation>シーズンの節目の既定値</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="36"/>
        <source>Traffic during the courier shutdown</source>
        <translation>配送停止中の流入</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="37"/>
        <source>Growth on last year</source>
        <translation>前年比成長率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="47"/>
        <source>must not be empty</source>
        <translation>空にできません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="48"/>
        <source>ends before it starts</source>
        <translation>開始より前に終わっています</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="49"/>
        <source>must be greater than zero</source>
        <translation>0より大きくしてください</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="50"/>
        <source>must be between 0% and 100%</source>
        <translation>0%～100%にしてください</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="51"/>
        <source>must be between −90% and +500%</source>
        <translation>−90%～+500%にしてください</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="52"/>
        <source>is not a colour like #FF5000</source>
        <translation>#FF5000 のような色ではありません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="53"/>
        <source>is after the event starts</source>
        <translation>イベント開始より後です</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="54"/>
        <source>must not be negative</source>
        <translation>マイナスにできません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="55"/>
        <source>is before the launch date</source>
        <translation>発売日より前です</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="56"/>
        <source>is not a month</source>
        <translation>月ではありません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="57"/>
        <source>must be between 0 and 10</source>
        <translation>0～10にしてください</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="58"/>
        <source>is not a number of days this field takes</source>
        <translation>この項目に入れられる日数ではありません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="59"/>
        <source>is not a year between 2000 and 2100</source>
        <translation>2000～2100年ではありません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="67"/>
        <source>must be 0 or at least %1</source>
        <translation>0 か %1 以上にしてください</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="87"/>
        <source>%1 %2</source>
        <comment>a field, then what is wrong with it</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="97"/>
        <source>There is no file at this place.</source>
        <translation>この場所にファイルがありません。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="98"/>
        <source>This file is not an ecplanner plan.</source>
        <translation>このファイルは ecplanner の計画ではありません。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="99"/>
        <source>This database was not made by ecplanner.</source>
        <translation>このデータベースは ecplanner で作成されたものではありません。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="100"/>
        <source>This plan was saved by a newer version of ecplanner. Please update ecplanner to open it.</source>
        <translation>この計画は新しいバージョンの ecplanner で保存されています。開くには ecplanner を更新してください。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="102"/>
        <source>This plan is damaged and cannot be read safely. A backup copy may be in the backups folder.</source>
        <translation>この計画は破損していて安全に読み込めません。バックアップフォルダーにコピーがあるかもしれません。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="104"/>
        <source>This plan is already open in another window or program.</source>
        <translation>この計画は別のウィンドウまたはプログラムで開かれています。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="105"/>
        <source>This plan could not be upgraded; it was left unchanged.</source>
        <translation>この計画をアップグレードできませんでした。変更はされていません。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="106"/>
        <source>A file with this name already exists.</source>
        <translation>同じ名前のファイルが既にあります。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="107"/>
        <source>The plan cannot be saved in this place.</source>
        <translation>この場所には計画を保存できません。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="108"/>
        <source>This plan is in a place that cannot be written to, so it cannot be changed there. Copy it to a folder you can write to and open the copy.</source>
        <translation>この計画は書き込みできない場所にあるため、そこでは変更できません。書き込みできるフォルダーにコピーして、そのコピーを開いてください。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="111"/>
        <source>A save of this plan was cut short (the app or the computer stopped), and it must be undone before the plan is opened, but the plan&apos;s folder cannot be written to. The plan is not damaged: make the folder writable, or move the plan together with the file “%1” beside it, then open it again.</source>
        <translation>この計画の保存が途中で中断されました（アプリまたはコンピューターが停止しました）。開く前にその保存を取り消す必要がありますが、計画のフォルダーに書き込めません。計画は破損していません。フォルダーを書き込み可能にするか、計画を隣にあるファイル「%1」と一緒に移動してから、もう一度開いてください。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="116"/>
        <source>Creating this plan was cut short, so it holds nothing. Delete it and create the plan again.</source>
        <translation>この計画は作成の途中で中断されたため、何も含まれていません。削除して、計画を作成し直してください。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="60"/>
        <source>This plan is read-only: nothing was changed. Save a copy to edit it.</source>
        <translation>この計画は読み取り専用です。何も変更されていません。編集するにはコピーを保存してください。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="118"/>
        <source>You do not have permission to read this file.</source>
        <translation>このファイルを読み込む権限がありません。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="119"/>
        <source>This is not a plan file: it is a folder, a pipe or a device.</source>
        <translation>これは計画ファイルではありません（フォルダー、パイプ、またはデバイスです）。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="131"/>
        <source>This plan is read-only (the file cannot be written): you can look and export, not edit. Save a Copy to edit.</source>
        <translation>この計画は読み取り専用です（ファイルに書き込めません）。閲覧とエクスポートはできますが、編集はできません。編集するには「コピーを保存」してください。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="133"/>
        <source>This plan is read-only (its folder cannot be written): you can look and export, not edit. Save a Copy to edit.</source>
        <translation>この計画は読み取り専用です（フォルダーに書き込めません）。閲覧とエクスポートはできますが、編集はできません。編集するには「コピーを保存」してください。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="135"/>
        <source>This plan is open read-only: you can look and export, not edit. Save a Copy to edit.</source>
        <translation>この計画は読み取り専用で開かれています。閲覧とエクスポートはできますが、編集はできません。編集するには「コピーを保存」してください。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="33"/>
        <source>Inbound buffer</source>
        <translation>入庫の余裕日数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="34"/>
        <source>Milestones</source>
        <translation>節目</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="35"/>
        <source>Last day to ship before Spring Festival</source>
        <translation>春節前の最終出荷日</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="38"/>
        <source>Allowed discounts</source>
        <translation>使える割引率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="38"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="39"/>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="39"/>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="39"/>
        <source>Days</source>
        <translation>日数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="40"/>
        <source>Featured products</source>
        <translation>目玉商品</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="62"/>
        <source>is not a finite number</source>
        <translation>有限の数値ではありません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="63"/>
        <source>lists the same item twice</source>
        <translation>同じ項目が 2 回あります</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="64"/>
        <source>is too large to be stored</source>
        <translation>大きすぎて保存できません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="65"/>
        <source>must not be more than %1</source>
        <translation>%1 以下にしてください</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="69"/>
        <source>must not be more than ×%1</source>
        <translation>×%1 以下にしてください</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="71"/>
        <source>is longer than %1 characters</source>
        <translation>%1 文字を超えています</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="73"/>
        <source>holds a character that is not valid text (a lone surrogate)</source>
        <translation>テキストとして無効な文字（単独のサロゲート）を含んでいます</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/messages.py" line="74"/>
        <source>is not a date between %1 and %2</source>
        <translation>%1～%2年の日付ではありません</translation>
    </message>
</context>
<context>
    <name>MilestonesDialog</name>
    <message>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="53"/>
        <source>Milestones of “%1”</source>
        <translation>「%1」の節目</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="62"/>
        <source>Milestone</source>
        <translation>節目</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="62"/>
        <source>Days before launch</source>
        <translation>発売の何日前</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="63"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="68"/>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="85"/>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="69"/>
        <source>%1 default (%2)</source>
        <translation>%1の既定（%2）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="89"/>
        <source>Inbound buffer</source>
        <translation>入庫の余裕日数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="93"/>
        <source>Launch: %1</source>
        <translation>発売日：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="95"/>
        <source>No launch date yet: the dates show once it has one.</source>
        <translation>発売日が未定です。決まると日付が表示されます。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="96"/>
        <source>Unticked milestones keep their own days; ticked ones follow the season&apos;s default. Reorder by = launch − lead time (%1) − inbound buffer.</source>
        <translation>チェックなしの節目は独自の日数、チェックありはシーズンの既定に従います。追加発注期限 = 発売日 − リードタイム（%1）− 入庫の余裕日数。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="134"/>
        <source>%1 (after launch)</source>
        <translation>%1（発売後）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="137"/>
        <source>Reorder by %1</source>
        <translation>追加発注期限 %1</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../../ecplanner/ui/new_plan_dialog.py" line="34"/>
        <source>New plan</source>
        <translation>新しい計画</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/new_plan_dialog.py" line="44"/>
        <source>Store name</source>
        <translation>店舗名</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/new_plan_dialog.py" line="45"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/new_plan_dialog.py" line="46"/>
        <source>Market</source>
        <translation>市場</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/new_plan_dialog.py" line="58"/>
        <source>Please enter the store&apos;s name.</source>
        <translation>店舗名を入力してください。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/new_plan_dialog.py" line="71"/>
        <source>Save the new plan as</source>
        <translation>新しい計画の保存先</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/new_plan_dialog.py" line="72"/>
        <source>ecplanner plan (*.ecplan)</source>
        <translation>ecplanner 計画ファイル (*.ecplan)</translation>
    </message>
</context>
<context>
    <name>OffPlatformQuestion</name>
    <message>
        <location filename="../../ecplanner/ui/calendar/off_platform.py" line="31"/>
        <source>Add “%1”</source>
        <translation>「%1」を追加</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/off_platform.py" line="32"/>
        <source>This store does not sell on %1.</source>
        <translation>このストアは%1に出店していません。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/off_platform.py" line="34"/>
        <source>The budget counts the traffic uplift of “%1” only if the store sells on %2. Add it how?</source>
        <translation>予算が「%1」の集客効果を計上するのは、ストアが%2に出店している場合だけです。どのように追加しますか？</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/off_platform.py" line="39"/>
        <source>Add %1 to the store&apos;s platforms</source>
        <translation>%1をストアのプラットフォームに追加</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/off_platform.py" line="41"/>
        <source>Count its uplift anyway</source>
        <translation>集客効果をそのまま計上</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/off_platform.py" line="43"/>
        <source>On the calendar only</source>
        <translation>カレンダーにのみ追加</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../ecplanner/ui/overview/view.py" line="90"/>
        <source>Add event…</source>
        <translation>イベントを追加…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/view.py" line="91"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/view.py" line="92"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/view.py" line="97"/>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/view.py" line="130"/>
        <source>%1 — plan for %2</source>
        <translation>%1 — %2年の計画</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/view.py" line="134"/>
        <source>Markets: %1   Platforms: %2</source>
        <translation>市場：%1&#x3000;&#x3000;モール：%2</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/view.py" line="268"/>
        <source>Not saved</source>
        <translation>保存されていません</translation>
    </message>
</context>
<context>
    <name>PastePreviewDialog</name>
    <message>
        <location filename="../../ecplanner/ui/products/dialogs.py" line="44"/>
        <source>Paste products from Excel</source>
        <translation>Excel から商品を貼り付け</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/dialogs.py" line="56"/>
        <source>Row %1: %2</source>
        <translation>%1 行目：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecplanner/ui/products/dialogs.py" line="61"/>
        <source>Import %n valid rows</source>
        <translation>
            <numerusform>有効な %n 行を取り込む</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/dialogs.py" line="80"/>
        <source>The clipboard holds no rows. Copy the rows in Excel (a header row is optional) and paste again.</source>
        <translation>クリップボードに行がありません。Excel で行をコピー（見出し行はなくても可）してから、もう一度貼り付けてください。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/dialogs.py" line="82"/>
        <source>%1 rows read: %2 valid, %3 with problems (not imported).</source>
        <translation>%1 行を読み込みました：有効 %2 行、問題あり %3 行（取り込みません）。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/dialogs.py" line="85"/>
        <source>The first row names the columns.</source>
        <translation>1行目は見出しです。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/dialogs.py" line="86"/>
        <source>No header row: the columns are read in the table&apos;s order.</source>
        <translation>見出し行なし：表の列の順に読み込みます。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/dialogs.py" line="89"/>
        <source>Columns not read: %1</source>
        <translation>読み込まない列：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/dialogs.py" line="110"/>
        <source>Pasted as “%1”</source>
        <translation>貼り付けた値「%1」</translation>
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
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/dialogs.py" line="53"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/dialogs.py" line="53"/>
        <source>Starts</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/dialogs.py" line="54"/>
        <source>Ends</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>PlanClearanceDialog</name>
    <message>
        <location filename="../../ecplanner/ui/inventory/dialogs.py" line="28"/>
        <source>Plan clearance for…</source>
        <translation>在庫処分を計画</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/dialogs.py" line="31"/>
        <source>Filter by code, name, season or wave</source>
        <translation>商品コード・名前・シーズン・投入波で絞り込み</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/dialogs.py" line="48"/>
        <source>The new plan starts with the product&apos;s first order on hand and its delisting date as the season end; edit them in the table.</source>
        <translation>新しい計画は、初回発注数を在庫、販売終了日をシーズン終了として始まります。表で編集できます。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/dialogs.py" line="51"/>
        <source>Every product already has a clearance plan.</source>
        <translation>すべての商品に在庫処分計画があります。</translation>
    </message>
</context>
<context>
    <name>PlanSettingsDialog</name>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="54"/>
        <source>Store and plan settings</source>
        <translation>店舗と計画の設定</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="80"/>
        <source> days before the break</source>
        <translation> 日前（配送停止前）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="84"/>
        <source>% of a normal day</source>
        <translation>%（通常日比）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="86"/>
        <source>Buyers still order while couriers stop for the Spring Festival; the budget counts each day of the shutdown at this share of a normal day&apos;s visitors, and ships those orders when it ends.</source>
        <translation>春節で配送が止まっても注文は入ります。予算表は停止中の各日を通常日の訪問者数のこの割合で数え、その注文は停止明けに出荷します。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="91"/>
        <source> days before a major sale</source>
        <translation> 日前（大型セール前）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="109"/>
        <source>Store</source>
        <translation>店舗</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="111"/>
        <source>Store name</source>
        <translation>店舗名</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="115"/>
        <source>Markets</source>
        <translation>市場</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="119"/>
        <source>Platforms</source>
        <translation>モール</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="120"/>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="121"/>
        <source>Plan language</source>
        <translation>計画の言語</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="122"/>
        <source>Annual GMV target</source>
        <translation>年間GMV目標</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="126"/>
        <source>Plan defaults</source>
        <translation>計画の既定値</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="128"/>
        <source>Last day to ship before Spring Festival</source>
        <translation>春節前の最終出荷日</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="129"/>
        <source>Traffic during the courier shutdown</source>
        <translation>配送停止中の流入</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="130"/>
        <source>Price-lock window</source>
        <translation>価格ロック期間</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="132"/>
        <source>months, e.g. 2, 3</source>
        <translation>月（例：2, 3）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="133"/>
        <source>%1 launches expected in</source>
        <translation>%1の新商品発売月</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/plan_settings_dialog.py" line="171"/>
        <source>Change the plan settings</source>
        <translation>計画の設定を変更</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="103"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="103"/>
        <source>Visitors</source>
        <translation>訪問者数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="103"/>
        <source>Buyers</source>
        <translation>購入者数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="103"/>
        <source>Orders</source>
        <translation>注文件数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="104"/>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="104"/>
        <source>Ad spend</source>
        <translation>広告費</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="104"/>
        <source>Refunds</source>
        <translation>返金</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="117"/>
        <source>The plan already has this day; importing replaces it.</source>
        <translation>この日は計画に既にあります。取り込むと置き換わります。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="116"/>
        <source>The plan already has this day with the same figures.</source>
        <translation>計画にはこの日が同じ数値ですでにあります。</translation>
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
        <translation>値</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="165"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/import_models.py" line="173"/>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
</context>
<context>
    <name>ProductCommands</name>
    <message>
        <location filename="../../ecplanner/ui/products/commands.py" line="41"/>
        <source>Edit “%1”</source>
        <translation>「%1」を編集</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/commands.py" line="50"/>
        <source>Move “%1”</source>
        <translation>「%1」の日程を移動</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/commands.py" line="62"/>
        <source>Add “%1”</source>
        <translation>「%1」を追加</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/commands.py" line="75"/>
        <source>Duplicate “%1”</source>
        <translation>「%1」を複製</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/commands.py" line="76"/>
        <source>Duplicate %n products</source>
        <translation>%n 商品を複製</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/commands.py" line="85"/>
        <source>Delete “%1”</source>
        <translation>「%1」を削除</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/commands.py" line="86"/>
        <source>Delete %n products</source>
        <translation>%n 商品を削除</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/commands.py" line="93"/>
        <source>Paste %n products</source>
        <translation>%n 商品を貼り付け</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/commands.py" line="102"/>
        <source>Milestones of “%1”</source>
        <translation>「%1」の節目を変更</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/commands.py" line="112"/>
        <source>Season milestone defaults</source>
        <translation>シーズンの節目の既定値を変更</translation>
    </message>
</context>
<context>
    <name>Products</name>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="36"/>
        <source>Code</source>
        <translation>商品コード</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="36"/>
        <source>Name</source>
        <translation>商品名</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="36"/>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="37"/>
        <source>Season</source>
        <translation>シーズン</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="37"/>
        <source>Wave</source>
        <translation>投入波</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="37"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="38"/>
        <source>Unit cost</source>
        <translation>原価</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="38"/>
        <source>List price</source>
        <translation>定価</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="39"/>
        <location filename="../../ecplanner/ui/products/texts.py" line="53"/>
        <source>Launch</source>
        <translation>発売日</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="39"/>
        <location filename="../../ecplanner/ui/products/texts.py" line="53"/>
        <source>Delist</source>
        <translation>販売終了</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="40"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="40"/>
        <location filename="../../ecplanner/ui/products/texts.py" line="54"/>
        <source>Price change</source>
        <translation>価格変更</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="41"/>
        <source>First order</source>
        <translation>初回発注</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="41"/>
        <source>Lead time (days)</source>
        <translation>リードタイム(日)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="42"/>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="42"/>
        <source>Milestones</source>
        <translation>節目</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="43"/>
        <source>Inbound buffer (days)</source>
        <translation>入庫の余裕(日)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="51"/>
        <source>Sample ready</source>
        <translation>サンプル完成</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="51"/>
        <source>Photo shoot</source>
        <translation>撮影</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="52"/>
        <source>Detail page</source>
        <translation>商品ページ</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="52"/>
        <source>Stock-in</source>
        <translation>入庫</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="53"/>
        <source>Reorder by</source>
        <translation>追加発注期限</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="74"/>
        <source>%n days</source>
        <translation>%n 日</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="90"/>
        <source>%1 has no launch planned in %2</source>
        <translation>%1：%2に新商品の発売予定がありません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="94"/>
        <source>an event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="98"/>
        <source>%1 was due on %2: the status should be at least “%3”</source>
        <translation>%1の期日は %2 です：ステータスは「%3」以上のはずです</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="102"/>
        <source>Stock-in is %1 days after launch</source>
        <translation>入庫が発売日の %1 日後です</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="104"/>
        <source>Reorder-by date %1 has passed and the status is below “Ready”</source>
        <translation>追加発注期限 %1 を過ぎていますが、ステータスが「準備完了」に達していません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="108"/>
        <source>Launches %1 days before “%2”, in its price-lock window</source>
        <translation>「%2」の %1 日前に発売：価格ロック期間内です</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="114"/>
        <source>Price change on %1 is %2 days before “%3”, in its price-lock window</source>
        <translation>%1 の価格変更は「%3」の %2 日前で、価格ロック期間内です</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="123"/>
        <source>Featured in “%1” but has no launch date</source>
        <translation>「%1」の目玉商品ですが、発売日がありません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="124"/>
        <source>Featured in “%1” but launches after it starts</source>
        <translation>「%1」の目玉商品ですが、発売がイベント開始より後です</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="125"/>
        <source>Featured in “%1” but is delisted before it ends</source>
        <translation>「%1」の目玉商品ですが、イベント終了前に販売終了します</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="126"/>
        <source>Featured in “%1” but not on sale</source>
        <translation>「%1」の目玉商品ですが、販売されていません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="148"/>
        <source>is not one of: %1</source>
        <translation>次のいずれでもありません：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="152"/>
        <source>is already used by row %1</source>
        <translation>%1 行目で既に使われています</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="153"/>
        <source>is already used in the plan</source>
        <translation>計画で既に使われています</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="155"/>
        <source>is already used by “%1”</source>
        <translation>「%1」で既に使われています</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="157"/>
        <source>must not be empty</source>
        <translation>空にできません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="158"/>
        <source>must not be negative</source>
        <translation>マイナスにできません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="159"/>
        <source>is before the launch date</source>
        <translation>発売日より前です</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="160"/>
        <source>is not a number</source>
        <translation>数値ではありません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="161"/>
        <source>is not a whole number</source>
        <translation>整数ではありません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="162"/>
        <source>is not a date such as 2027-03-01</source>
        <translation>2027-03-01 のような日付ではありません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="163"/>
        <source>must be between 60 days after and 365 days before launch</source>
        <translation>発売の365日前から60日後までにしてください</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="109"/>
        <source>Launches %1 days before “%2”, in its price-lock window, and in those of %n more sale(s): %3</source>
        <translation>「%2」の %1 日前に発売：価格ロック期間内です。ほかに %n 件のセールの価格ロック期間にも入ります：%3</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="116"/>
        <source>Price change on %1 is %2 days before “%3”, in its price-lock window, and in those of %n more sale(s): %4</source>
        <translation>%1 の価格変更は「%3」の %2 日前で、価格ロック期間内です。ほかに %n 件のセールの価格ロック期間にも入ります：%4</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/texts.py" line="135"/>
        <source>“%1”</source>
        <translation>「%1」</translation>
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
        <translation>商品を追加</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/view.py" line="79"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/view.py" line="80"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/view.py" line="81"/>
        <source>Paste from Excel…</source>
        <translation>Excel から貼り付け…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/view.py" line="82"/>
        <source>Copy rows in Excel (with or without the header row), then click here or press Ctrl+V in the table</source>
        <translation>Excel で行をコピー（見出し行はあってもなくても可）してから、ここをクリックするか表で Ctrl+V を押してください</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/view.py" line="85"/>
        <source>Milestones…</source>
        <translation>節目…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/view.py" line="86"/>
        <source>Days before launch of the selected product&apos;s milestones, and its inbound buffer</source>
        <translation>選んだ商品の各節目が発売の何日前か、および入庫の余裕日数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/view.py" line="88"/>
        <source>Season defaults…</source>
        <translation>シーズンの既定値…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/view.py" line="89"/>
        <source>Milestone days before launch for each season, for products without their own</source>
        <translation>シーズンごとの節目の既定日数（独自の日数がない商品に適用）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/view.py" line="294"/>
        <source>Not saved — %1: %2. The old value is kept.</source>
        <translation>保存されていません — %1：%2。元の値のままです。</translation>
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
        <translation>定価 %1 が原価 %2 を下回っています</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ecplanner/ui/review/dialogs.py" line="99"/>
        <source>Weekly report</source>
        <translation>週報</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/dialogs.py" line="100"/>
        <source>Monthly report</source>
        <translation>月報</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/dialogs.py" line="122"/>
        <location filename="../../ecplanner/ui/review/dialogs.py" line="157"/>
        <source>Working out the report…</source>
        <translation>レポートを作成中…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/dialogs.py" line="124"/>
        <source>Save as Workbook…</source>
        <translation>Excel で保存…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/dialogs.py" line="125"/>
        <source>Save as PDF…</source>
        <translation>PDF で保存…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/dialogs.py" line="133"/>
        <source>Week:</source>
        <translation>週：</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/dialogs.py" line="134"/>
        <source>Month:</source>
        <translation>月：</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/dialogs.py" line="180"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/dialogs.py" line="181"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/dialogs.py" line="183"/>
        <source>Save the report as</source>
        <translation>レポートの保存先</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/dialogs.py" line="197"/>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/dialogs.py" line="214"/>
        <source>Saved %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/dialogs.py" line="219"/>
        <source>Could not save: %1</source>
        <translation>保存できませんでした：%1</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="23"/>
        <source>GMV by day</source>
        <translation>日別流通額</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="23"/>
        <source>Visitors</source>
        <translation>アクセス人数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="23"/>
        <source>Conversion rate (%)</source>
        <translation>転換率（%）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="24"/>
        <source>Order value</source>
        <translation>客単価</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="28"/>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="28"/>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="28"/>
        <source>7-day average</source>
        <translation>7日平均</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="58"/>
        <source>Plan GMV: %1</source>
        <translation>計画流通額：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="61"/>
        <source>No actuals imported for this day</source>
        <translation>この日の実績は未取り込み</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="66"/>
        <source>Actual GMV: %1</source>
        <translation>実績流通額：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="67"/>
        <source>Visitors: %1 · Buyers: %2</source>
        <translation>アクセス：%1 · 購入者：%2</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="69"/>
        <source>Conversion: %1 · Order value: %2</source>
        <translation>転換率：%1 · 客単価：%2</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="70"/>
        <source>Ad spend: %1 · Refunds: %2</source>
        <translation>広告費：%1 · 返金：%2</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="79"/>
        <source>Events: %1</source>
        <translation>イベント：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="84"/>
        <source>Week</source>
        <translation>週</translation>
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
        <translation>広告費</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="29"/>
        <source>Store (daily export)</source>
        <translation>店舗（日次データ）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="34"/>
        <source>Search ads</source>
        <translation>検索広告</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="35"/>
        <source>Display ads</source>
        <translation>ディスプレイ広告</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="36"/>
        <source>Live / influencers</source>
        <translation>ライブ/インフルエンサー</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="37"/>
        <source>Off-site ads</source>
        <translation>外部広告</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/texts.py" line="75"/>
        <source>%1: spend %2 · ROI %3</source>
        <translation>%1：広告費 %2 · ROAS %3</translation>
    </message>
</context>
<context>
    <name>ReviewDays</name>
    <message>
        <location filename="../../ecplanner/ui/review/model.py" line="39"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/model.py" line="39"/>
        <source>Plan GMV</source>
        <translation>計画流通額</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/model.py" line="39"/>
        <source>Actual GMV</source>
        <translation>実績流通額</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/model.py" line="39"/>
        <source>Visitors</source>
        <translation>アクセス人数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/model.py" line="40"/>
        <source>Conversion</source>
        <translation>転換率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/model.py" line="40"/>
        <source>Order value</source>
        <translation>客単価</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/model.py" line="40"/>
        <source>Buyers</source>
        <translation>購入者数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/model.py" line="40"/>
        <source>Ad spend</source>
        <translation>広告費</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/model.py" line="41"/>
        <source>Refunds</source>
        <translation>返金</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/model.py" line="41"/>
        <source>Plan to date</source>
        <translation>計画累計</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/model.py" line="41"/>
        <source>Actual to date</source>
        <translation>実績累計</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="112"/>
        <source>Year to date</source>
        <translation>年初来</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="112"/>
        <source>Year</source>
        <translation>年間</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="114"/>
        <source>1 January to %1; the plan counts the days elapsed in that month.</source>
        <translation>1月1日～%1。その月の計画は経過日数分で計算します。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="155"/>
        <source>No daily actuals imported for this period.</source>
        <translation>この期間の日次実績は取り込まれていません。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="184"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="185"/>
        <source>Planned GMV</source>
        <translation>計画GMV</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="186"/>
        <source>Actual GMV</source>
        <translation>実績GMV</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="187"/>
        <source>Completion vs target</source>
        <translation>目標達成率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="188"/>
        <source>Completion vs plan</source>
        <translation>計画達成率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="189"/>
        <source>Planned visitors</source>
        <translation>計画訪問者数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="190"/>
        <source>Actual visitors</source>
        <translation>実績訪問者数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="191"/>
        <source>Planned CVR</source>
        <translation>計画転換率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="192"/>
        <source>Actual CVR</source>
        <translation>実績転換率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="193"/>
        <source>Planned order value</source>
        <translation>計画客単価</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="194"/>
        <source>Actual order value</source>
        <translation>実績客単価</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="195"/>
        <source>Planned spend</source>
        <translation>計画広告費</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="196"/>
        <source>Actual spend</source>
        <translation>実績広告費</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="197"/>
        <source>Planned ROI</source>
        <translation>計画ROI</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="198"/>
        <source>Actual ROI</source>
        <translation>実績ROI</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="199"/>
        <source>Days with data</source>
        <translation>データのある日数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="107"/>
        <source>%1: actual ROI</source>
        <translation>%1：実績ROAS</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="107"/>
        <source>%1: planned ROI</source>
        <translation>%1：計画ROAS</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="177"/>
        <source>No ad reports of this channel imported for this period.</source>
        <translation>この期間のこのチャネルの広告レポートはまだ取り込まれていません。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/review_model.py" line="178"/>
        <source>%n days of the channel&apos;s ad reports; the planned ROI is of the same days.</source>
        <translation>このチャネルの広告レポート %n 日分。計画ROASは同じ日で計算。</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../ecplanner/ui/review/view.py" line="131"/>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/view.py" line="132"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/view.py" line="135"/>
        <source>Working out the review…</source>
        <translation>振り返りを集計中…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/view.py" line="139"/>
        <source>Zoom:</source>
        <translation>表示：</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/view.py" line="146"/>
        <source>Loading the charts…</source>
        <translation>グラフを読み込み中…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/view.py" line="152"/>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/view.py" line="153"/>
        <source>Days</source>
        <translation>日次データ</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/view.py" line="246"/>
        <source>%1 days imported, up to %2</source>
        <translation>%1 日分を取り込み済み（%2 まで）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/review/view.py" line="248"/>
        <source>No daily actuals imported yet (File → Import Daily Actuals…)</source>
        <translation>日次実績はまだありません（ファイル → 日次実績を取り込む…）</translation>
    </message>
</context>
<context>
    <name>RowGutter</name>
    <message>
        <location filename="../../ecplanner/ui/products/timeline_margins.py" line="189"/>
        <source>no wave</source>
        <translation>投入波なし</translation>
    </message>
</context>
<context>
    <name>SeasonDefaultsDialog</name>
    <message>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="147"/>
        <source>Season milestone defaults</source>
        <translation>シーズンの節目の既定値</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="158"/>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="159"/>
        <source>Shipped default: %1</source>
        <translation>初期設定：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="166"/>
        <source>Days before launch. Products with their own days for a milestone keep them. Bold: changed from the shipped default.</source>
        <translation>発売の何日前か。節目の日数を独自に持つ商品はそのままです。太字：初期設定から変更したもの。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/milestone_dialogs.py" line="170"/>
        <source>Restore shipped defaults</source>
        <translation>初期設定に戻す</translation>
    </message>
</context>
<context>
    <name>SeasonalWeightsDialog</name>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="40"/>
        <source>%1 pts</source>
        <translation>%1 ポイント</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="48"/>
        <source>Spring Festival moves a day earlier</source>
        <translation>春節が1日早まる</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="49"/>
        <source>Spring Festival moves %1 days earlier</source>
        <translation>春節が%1日早まる</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="51"/>
        <source>Spring Festival moves a day later</source>
        <translation>春節が1日遅くなる</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="52"/>
        <source>Spring Festival moves %1 days later</source>
        <translation>春節が%1日遅くなる</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="55"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="54"/>
        <source>events&apos; days or uplift differ: %1</source>
        <translation>イベントの日程・伸び率の変化：%1</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="59"/>
        <source>its days of the week weigh more</source>
        <translation>曜日構成が有利</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="60"/>
        <source>its days of the week weigh less</source>
        <translation>曜日構成が不利</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="62"/>
        <source>the other months moved</source>
        <translation>他の月の変動による構成比の調整</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="63"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="72"/>
        <source>Seasonality from Last Year</source>
        <translation>昨年から季節ウェイトを算出</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="76"/>
        <source>Each month&apos;s weight from %1&apos;s daily GMV, with %1&apos;s events (at the uplift they really had) and Spring Festival taken out, and %2&apos;s put back at their dates. The change is against %1&apos;s plain share of the year.</source>
        <translation>各月のウェイトは%1年の日次GMVから算出します。%1年のイベント（実際の伸び率で）と春節の影響を除き、%2年のイベントと春節をその年の日付に戻します。「変化」は%1年の各月の単純な構成比との差です。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="83"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="83"/>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="83"/>
        <source>%1 share</source>
        <translation>%1年の構成比</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="84"/>
        <source>New</source>
        <translation>新しいウェイト</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="84"/>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="84"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/weights_dialog.py" line="102"/>
        <source>Use These Weights</source>
        <translation>このウェイトを使う</translation>
    </message>
</context>
<context>
    <name>SheetModel</name>
    <message>
        <location filename="../../ecplanner/ui/budget/model.py" line="155"/>
        <source>Year</source>
        <translation>年間</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/model.py" line="231"/>
        <source>✓ yes</source>
        <translation>✓ はい</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/model.py" line="231"/>
        <source>✗ no</source>
        <translation>✗ いいえ</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/model.py" line="259"/>
        <source>Type a value in the year column to set every month.</source>
        <translation>年間の列に入力すると、全ての月に同じ値が入ります。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/model.py" line="262"/>
        <source>The weights add up to %1, not 100%: each month&apos;s target uses its weight ÷ this sum.</source>
        <translation>ウェイトの合計は100%ではなく %1 です。各月の目標は「ウェイト ÷ この合計」で計算します。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/model.py" line="283"/>
        <source>No event lifts %1.</source>
        <translation>%1に集客を押し上げるイベントはありません。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/model.py" line="285"/>
        <source>Events lifting %1:</source>
        <translation>%1の集客を押し上げるイベント：</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/model.py" line="295"/>
        <source>• Courier shutdown %1 – %2: %3</source>
        <translation>• 春節の配送停止 %1 – %2：%3</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/model.py" line="303"/>
        <source>Orders taken during the courier shutdown (%1 – %2) ship on %3.</source>
        <translation>配送停止中（%1 – %2）の注文は %3 に出荷します。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/model.py" line="314"/>
        <source>GMV %1 ÷ spend %2 = ROI %3; break-even ROI %4.</source>
        <translation>GMV %1 ÷ 広告費 %2 = ROI %3、損益分岐ROI %4。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/model.py" line="319"/>
        <source>Below break-even: the ads cost more than the gross profit.</source>
        <translation>損益分岐を下回っています：広告費が粗利を上回っています。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/model.py" line="325"/>
        <source>This channel&apos;s ROI %1; break-even ROI %2.</source>
        <translation>この経路のROAS %1、損益分岐ROAS %2。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/model.py" line="329"/>
        <source>Below break-even: this channel&apos;s ads cost more than the gross profit its GMV brings.</source>
        <translation>損益分岐を下回っています：この経路の広告費が、その流通額から得られる粗利を上回っています。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/model.py" line="343"/>
        <source>the year</source>
        <translation>年間</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/budget/model.py" line="280"/>
        <source>not counted, the store does not sell on its platform</source>
        <translation>計上しない：このストアはそのプラットフォームで販売していません</translation>
    </message>
</context>
<context>
    <name>StepProgress</name>
    <message>
        <location filename="../../ecplanner/ui/step_progress.py" line="40"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/step_progress.py" line="40"/>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/step_progress.py" line="41"/>
        <source>Undoing “%1” …</source>
        <translation>「%1」を元に戻しています…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/step_progress.py" line="41"/>
        <source>Redoing “%1” …</source>
        <translation>「%1」をやり直しています…</translation>
    </message>
</context>
<context>
    <name>StockChart</name>
    <message>
        <location filename="../../ecplanner/ui/inventory/chart.py" line="127"/>
        <source>Loading the chart…</source>
        <translation>グラフを読み込み中…</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/chart.py" line="187"/>
        <source>No stock plan selected</source>
        <translation>在庫処分計画が選ばれていません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/chart.py" line="253"/>
        <source>not on sale yet</source>
        <translation>販売開始前</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/chart.py" line="254"/>
        <source>Week of %1: stock %2 → %3, sold %4, discount %5, uplift %6, revenue %7</source>
        <translation>%1 の週：在庫 %2 → %3、販売 %4、割引 %5、集客倍率 %6、売上 %7</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/chart.py" line="269"/>
        <source>Point at a week to see its stock, sales, discount, uplift and revenue. Shaded weeks have a sale uplift; the red line is the season end; triangles mark markdowns.</source>
        <translation>週にマウスを合わせると在庫・販売数・割引・集客倍率・売上を表示します。網掛けはセールで集客が増える週、赤線はシーズン終了、三角は値下げです。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/chart.py" line="266"/>
        <source>Select a product in the table to see its projected stock week by week.</source>
        <translation>表で商品を選ぶと、週ごとの在庫予測を表示します。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/chart.py" line="251"/>
        <source>delisted</source>
        <translation>販売終了後</translation>
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
        <translation>投入波</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="40"/>
        <source>On hand</source>
        <translation>在庫</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="40"/>
        <source>On order</source>
        <translation>発注済み</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="41"/>
        <source>Sales / wk</source>
        <translation>週販</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="42"/>
        <source>Season end</source>
        <translation>シーズン終了</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="42"/>
        <source>Sell-through to date (plan)</source>
        <translation>現時点の消化率（計画）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="42"/>
        <source>Sell-through to date</source>
        <translation>現時点の消化率（実績）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="43"/>
        <source>Elasticity</source>
        <translation>価格弾力性</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="43"/>
        <source>Target</source>
        <translation>目標消化率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="43"/>
        <source>Sell-through</source>
        <translation>消化率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="43"/>
        <source>Cover (wks)</source>
        <translation>在庫週数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="45"/>
        <source>Leftover</source>
        <translation>残り在庫</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="45"/>
        <source>Sell-through at delist (plan)</source>
        <translation>販売終了時の消化率（計画）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="45"/>
        <source>Sell-through at delist</source>
        <translation>販売終了時の消化率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="46"/>
        <source>Leftover cost</source>
        <translation>残り在庫原価</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="46"/>
        <source>Revenue</source>
        <translation>売上</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="46"/>
        <source>Gross margin</source>
        <translation>粗利</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="51"/>
        <source>Base weekly sales: units a week at full price, typed in (the plan&apos;s imported actuals are store totals, not per product)</source>
        <translation>通常時の週販：定価で1週間に売れる点数を入力（取り込んだ実績は店舗全体の合計で、商品別ではありません）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="59"/>
        <source>Share the plan sells from the first day of product data to the product&apos;s last (whole weeks): sold ÷ (on hand + arrivals)</source>
        <translation>商品データの初日からその商品の最終日まで（週単位）に計画どおり売れる割合：販売数 ÷（在庫 + 入荷）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="62"/>
        <source>Share really sold: units sold on the days of product data ÷ (on hand + arrivals up to the last day)</source>
        <translation>実際に売れた割合：商品データの日の売上個数 ÷（在庫 + 最終日までの入荷）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="64"/>
        <source>Share sold by the delist date&apos;s week at the planned rate: sold ÷ (on hand + arrivals)</source>
        <translation>計画の販売ペースで販売終了日の週の終わりまでに売れる割合：販売数 ÷（在庫 + 入荷）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="66"/>
        <source>The same from the real stock and rate once there are 14 days of product data (units already sold included), else as planned</source>
        <translation>同じ割合を、商品データが14日分以上あれば実在庫と実績の販売ペースから（販売済みの点数を含む）、なければ計画どおりに</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="74"/>
        <source>The product&apos;s wave (its season when it has none)</source>
        <translation>商品の投入波（ない場合はシーズン）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="75"/>
        <source>Units on order; edit the arrivals under the table</source>
        <translation>発注済みの点数。入荷は表の下で編集します</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="76"/>
        <source>Price lift = (1 − discount) ^ (−elasticity)</source>
        <translation>価格効果 = (1 − 割引率) ^ (−弾力性)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="77"/>
        <source>Share of on hand + arrivals to sell by the season end</source>
        <translation>シーズン終了までに売る（在庫 + 入荷）の割合</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="78"/>
        <source>Sold ÷ (on hand + arrivals) by the season end</source>
        <translation>シーズン終了までの販売数 ÷（在庫 + 入荷）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="79"/>
        <source>Weeks of cover: stock on hand ÷ the first selling week&apos;s demand</source>
        <translation>在庫週数：在庫 ÷ 販売初週の需要</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="81"/>
        <source>Units left at the season end</source>
        <translation>シーズン終了時の残り点数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="82"/>
        <source>Units left at the season end × unit cost</source>
        <translation>シーズン終了時の残り点数 × 原価</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="83"/>
        <source>Revenue − cost of the units sold</source>
        <translation>売上 − 販売分の原価</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/model.py" line="190"/>
        <source>Misses the target of %1</source>
        <translation>目標 %1 に届きません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/model.py" line="191"/>
        <source>Reaches the target of %1</source>
        <translation>目標 %1 に届きます</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="41"/>
        <source>Real sales / wk</source>
        <translation>実績週販</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="41"/>
        <source>Sold so far</source>
        <translation>販売済み</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="44"/>
        <source>Left at delist (plan)</source>
        <translation>販売終了時在庫（計画）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="44"/>
        <source>Left at delist</source>
        <translation>販売終了時在庫</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="54"/>
        <source>Base weekly sales the product&apos;s real sales show (from 14 days of product data on): recent weeks weigh most, markdowns and events taken out</source>
        <translation>販売実績から求めた基本週販（商品データ14日分から）：直近の週ほど重く、値下げとイベントの効果は除いています</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="57"/>
        <source>Units sold on the days of product data imported; the projection starts from the stock left</source>
        <translation>取り込んだ商品データの日の売上個数の合計。予測は残りの在庫から始まります</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="69"/>
        <source>Units left after the delist date&apos;s week at the planned rate, from the planned stock</source>
        <translation>計画の在庫と週販で、販売終了日の週の終わりに残る点数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/cells.py" line="71"/>
        <source>Units left after the delist date&apos;s week: from the real stock and rate once there are 14 days of product data, else as planned</source>
        <translation>販売終了日の週の終わりに残る点数：商品データが14日分以上あれば実在庫と実績の販売ペースから、なければ計画どおり</translation>
    </message>
</context>
<context>
    <name>SuggestPanel</name>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="74"/>
        <source> weeks</source>
        <translation> 週</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="80"/>
        <source>Suggest a ladder</source>
        <translation>値下げ案を探す</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="81"/>
        <source>Accept suggestion</source>
        <translation>この案を採用</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="89"/>
        <source>Change every</source>
        <translation>変更間隔</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="91"/>
        <source>from</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="96"/>
        <source>Current</source>
        <translation>現在</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="96"/>
        <source>Suggested</source>
        <translation>提案</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="96"/>
        <source>Difference</source>
        <translation>差</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="99"/>
        <source>Ladder</source>
        <translation>値下げ段階</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="99"/>
        <source>Sell-through</source>
        <translation>消化率</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="99"/>
        <source>Revenue</source>
        <translation>売上</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="100"/>
        <source>Gross margin</source>
        <translation>粗利</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="100"/>
        <source>Leftover units</source>
        <translation>残り点数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="169"/>
        <source>Select a product to search its markdown ladders</source>
        <translation>商品を選ぶと値下げ案を探せます</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="175"/>
        <source>Change dates (at most %1): %2
Discounts: %3</source>
        <translation>変更日（最大 %1 回）：%2
割引率：%3</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="176"/>
        <source>none before the season end</source>
        <translation>シーズン終了前にはありません</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="177"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="197"/>
        <source>More than %1 ladders to compare: allow fewer discounts or fewer dates.</source>
        <translation>比較する値下げ案が %1 を超えます。割引率か変更日を減らしてください。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="202"/>
        <source>Nothing to choose: the season has no week left, there is no change date, or no allowed discount is deeper than the one in effect.</source>
        <translation>選べる案がありません：シーズンの残り週がない、変更日がない、または現在より深い割引率がありません。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="227"/>
        <source>The most profitable of %1 ladders that reaches the %2 target.</source>
        <translation>%1 通りの案のうち、目標 %2 に届き最も利益が出るもの。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="232"/>
        <source>No ladder reaches the %1 target with these dates and discounts; this one sells the most (%2).</source>
        <translation>この変更日と割引率では目標 %1 に届く案がありません。この案が最も売れます（%2）。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="244"/>
        <source>no markdown</source>
        <translation>値下げなし</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/inventory/suggest_panel.py" line="255"/>
        <source>%1 pts</source>
        <translation>%1 ポイント</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <location filename="../../ecplanner/ui/tabs.py" line="46"/>
        <source>Overview</source>
        <translation>年間概要</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/tabs.py" line="47"/>
        <source>Calendar</source>
        <translation>イベントカレンダー</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/tabs.py" line="48"/>
        <source>Products</source>
        <translation>新商品/販売終了</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/tabs.py" line="49"/>
        <source>Inventory</source>
        <translation>在庫/処分</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/tabs.py" line="51"/>
        <source>Budget</source>
        <translation>投資対効果</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/tabs.py" line="52"/>
        <source>Review</source>
        <translation>振り返り</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../ecplanner/ui/overview/dialogs.py" line="37"/>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/dialogs.py" line="38"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/dialogs.py" line="39"/>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/dialogs.py" line="40"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>TaskTemplatesDialog</name>
    <message>
        <location filename="../../ecplanner/ui/task_templates_dialog.py" line="39"/>
        <source>Team task templates</source>
        <translation>チームのタスクテンプレート</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/task_templates_dialog.py" line="43"/>
        <source>Event kind and task</source>
        <translation>イベントの種類とタスク</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/task_templates_dialog.py" line="43"/>
        <source>Role</source>
        <translation>担当部門</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/task_templates_dialog.py" line="44"/>
        <source>Due from</source>
        <translation>期日の基準</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/task_templates_dialog.py" line="44"/>
        <source>Days</source>
        <translation>日数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/task_templates_dialog.py" line="53"/>
        <source>Creating an event adds these tasks with their due dates; negative days are before the date.</source>
        <translation>イベントを作るとこれらのタスクが期日付きで追加されます。日数がマイナスなら基準日より前です。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/task_templates_dialog.py" line="92"/>
        <source>Edit task template “%1”</source>
        <translation>タスクテンプレート「%1」を編集</translation>
    </message>
</context>
<context>
    <name>TaskTitles</name>
    <message>
        <location filename="../../ecplanner/ui/common/task_titles.py" line="12"/>
        <source>Ads budget</source>
        <translation>広告予算</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/task_titles.py" line="13"/>
        <source>Customer-service scripts</source>
        <translation>問い合わせ対応の定型文</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/task_titles.py" line="14"/>
        <source>Detail pages</source>
        <translation>商品ページ</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/task_titles.py" line="15"/>
        <source>Event plan</source>
        <translation>イベント企画</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/task_titles.py" line="16"/>
        <source>Festival banners</source>
        <translation>記念日バナー</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/task_titles.py" line="17"/>
        <source>Main images and banners</source>
        <translation>メイン画像とバナー</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/task_titles.py" line="18"/>
        <source>Markdown plan</source>
        <translation>値下げ計画</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/task_titles.py" line="19"/>
        <source>Promotion plan</source>
        <translation>販促企画</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/task_titles.py" line="20"/>
        <source>Register for the event</source>
        <translation>イベントにエントリー</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/task_titles.py" line="21"/>
        <source>Review</source>
        <translation>振り返り</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/task_titles.py" line="22"/>
        <source>Stock up</source>
        <translation>在庫の確保</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <location filename="../../ecplanner/ui/overview/tasks_panel.py" line="34"/>
        <source>All roles</source>
        <translation>すべての部門</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/tasks_panel.py" line="51"/>
        <source>Team tasks</source>
        <translation>チームのタスク</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/tasks_panel.py" line="68"/>
        <source>%1 tasks, %2 overdue</source>
        <translation>タスク %1 件、期限切れ %2 件</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/tasks_panel.py" line="92"/>
        <source>Edit task “%1”</source>
        <translation>タスク「%1」を編集</translation>
    </message>
</context>
<context>
    <name>TasksTableModel</name>
    <message>
        <location filename="../../ecplanner/ui/overview/task_model.py" line="91"/>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/task_model.py" line="91"/>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/task_model.py" line="91"/>
        <source>Role</source>
        <translation>担当部門</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/task_model.py" line="91"/>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/task_model.py" line="92"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/task_model.py" line="92"/>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/task_model.py" line="103"/>
        <source>Overdue since %1</source>
        <translation>%1 から期限切れ</translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <location filename="../../ecplanner/ui/calendar/catalog_panel.py" line="23"/>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/catalog_panel.py" line="23"/>
        <source>Days</source>
        <translation>日数</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/catalog_panel.py" line="56"/>
        <source>Dates are fixed</source>
        <translation>日程は固定です</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/catalog_panel.py" line="57"/>
        <source>Dates follow the usual pattern</source>
        <translation>日程は例年どおりです</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/calendar/catalog_panel.py" line="58"/>
        <source>Dates are estimated: confirm with the platform</source>
        <translation>日程は推定です。モールの発表で確認してください</translation>
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
        <translation>週</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/timeline_toolbar.py" line="33"/>
        <source>Months</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/timeline_toolbar.py" line="37"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>縮小（Ctrl+ホイール）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/timeline_toolbar.py" line="40"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>拡大（Ctrl+ホイール）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/timeline_toolbar.py" line="45"/>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/timeline_toolbar.py" line="67"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <location filename="../../ecplanner/ui/overview/texts.py" line="24"/>
        <source>Projected sell-through %1 misses the %2 target; %3 units left at season end</source>
        <translation>予測消化率 %1 は目標 %2 に届かず、シーズン終了時に %3 点残ります</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/texts.py" line="18"/>
        <source>Sells %1 a week (planned %2, from %3 days of product data): %4 units left when delisted</source>
        <translation>実績の週販 %1 点（計画 %2 点、商品データ %3 日分）：販売終了時に %4 点残ります</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/texts.py" line="35"/>
        <source>%n markdown step(s) fall after the delist date %1 (the first on %2) and will never apply</source>
        <translation>値下げ段階のうち %n 件が販売終了日 %1 より後です（最初：%2）。適用されません</translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <location filename="../../ecplanner/ui/calendar/view.py" line="81"/>
        <source>No warnings for the events shown.</source>
        <translation>表示中のイベントに警告はありません。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/warnings_panel.py" line="182"/>
        <source>Warnings (checking…)</source>
        <translation>警告（確認中…）</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/warnings_panel.py" line="184"/>
        <source>Warnings (%1)</source>
        <translation>警告 (%1)</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/overview/texts.py" line="53"/>
        <source>Launch waves</source>
        <translation>新商品の投入波</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/products/warning_list.py" line="21"/>
        <source>… and %1 more. Filter the products to see fewer at a time.</source>
        <translation>…ほか %1 件。商品を絞り込むと一度に表示する数を減らせます。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/warnings_panel.py" line="131"/>
        <source>No warnings</source>
        <translation>警告なし</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/warnings_panel.py" line="173"/>
        <source>Warnings could not be checked: %1. The log has the details (Help → Show the Log Folder).</source>
        <translation>警告を確認できませんでした：%1。詳細はログにあります（ヘルプ → ログフォルダーを開く）。</translation>
    </message>
    <message>
        <location filename="../../ecplanner/ui/common/warnings_panel.py" line="132"/>
        <source>… and %1 more.</source>
        <translation>…ほか %1 件。</translation>
    </message>
</context>
</TS>
