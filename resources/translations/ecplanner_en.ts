<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>CalendarDays</name>
    <message numerus="yes">
        <location filename="../../ecplanner/ui/calendar/style.py" line="119"/>
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n day)</numerusform>
            <numerusform>%1 (%n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventReviewBox</name>
    <message numerus="yes">
        <location filename="../../ecplanner/ui/calendar/event_review_box.py" line="33"/>
        <source>and for the plan&apos;s %n other “%1” event(s)</source>
        <translation>
            <numerusform>and for the plan&apos;s %n other “%1” event</numerusform>
            <numerusform>and for the plan&apos;s %n other “%1” events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../ecplanner/ui/exchange/preview_dialog.py" line="98"/>
        <source>The workbook and the plan changed the same things since the export: %n conflict(s) below. Nothing was changed. Keep the plan&apos;s value by typing it into the cell, or the workbook&apos;s by setting the plan to it, then import again.</source>
        <translation>
            <numerusform>The workbook and the plan changed the same things since the export: %n conflict below. Nothing was changed. Keep the plan&apos;s value by typing it into the cell, or the workbook&apos;s by setting the plan to it, then import again.</numerusform>
            <numerusform>The workbook and the plan changed the same things since the export: %n conflicts below. Nothing was changed. Keep the plan&apos;s value by typing it into the cell, or the workbook&apos;s by setting the plan to it, then import again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecplanner/ui/exchange/preview_dialog.py" line="103"/>
        <source>This file cannot be imported: %n problem(s) below. Nothing was changed; correct the file and import it again.</source>
        <translation>
            <numerusform>This file cannot be imported: %n problem below. Nothing was changed; correct the file and import it again.</numerusform>
            <numerusform>This file cannot be imported: %n problems below. Nothing was changed; correct the file and import it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProductsDialog</name>
    <message numerus="yes">
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="159"/>
        <source>Reading %n file(s) …</source>
        <translation>
            <numerusform>Reading %n file …</numerusform>
            <numerusform>Reading %n files …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="227"/>
        <source>%1: %n problem(s) — nothing can be imported. Correct them in the file, then choose it again.</source>
        <translation>
            <numerusform>%1: %n problem — nothing can be imported. Correct it in the file, then choose it again.</numerusform>
            <numerusform>%1: %n problems — nothing can be imported. Correct them in the file, then choose it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecplanner/ui/inventory/import_dialog.py" line="247"/>
        <source>“%1” (%n row(s))</source>
        <translation>
            <numerusform>“%1” (%n row)</numerusform>
            <numerusform>“%1” (%n rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PastePreviewDialog</name>
    <message numerus="yes">
        <location filename="../../ecplanner/ui/products/dialogs.py" line="61"/>
        <source>Import %n valid rows</source>
        <translation>
            <numerusform>Import %n valid row</numerusform>
            <numerusform>Import %n valid rows</numerusform>
        </translation>
    </message>
</context>
</TS>
