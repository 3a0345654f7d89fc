<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name />
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n transfer</numerusform><numerusform>%n transfers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Not deleted: {city} is the target city of %n plan(s): {titles}. Delete the plan(s) first, then this profile.</source>
        <translation>
            <numerusform>Not deleted: {city} is the target city of %n plan: {titles}. Delete the plan first, then this profile.</numerusform><numerusform>Not deleted: {city} is the target city of %n plans: {titles}. Delete the plans first, then this profile.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) flagged (listed under Risks): {risks}.</source>
        <translation>
            <numerusform>%n risk flagged (listed under Risks): {risks}.</numerusform><numerusform>%n risks flagged (listed under Risks): {risks}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Not judged yet: %n need(s) of core components still Unknown.</source>
        <translation>
            <numerusform>Not judged yet: %n need of core components still Unknown.</numerusform><numerusform>Not judged yet: %n needs of core components still Unknown.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) added to the shortlist “{name}”.</source>
        <translation>
            <numerusform>%n case added to the shortlist “{name}”.</numerusform><numerusform>%n cases added to the shortlist “{name}”.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) already on the shortlist “{name}”, left as they were.</source>
        <translation>
            <numerusform>%n case already on the shortlist “{name}”, left as they were.</numerusform><numerusform>%n cases already on the shortlist “{name}”, left as they were.</numerusform></translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message numerus="yes">
        <source>Not saved: a case marked {state} needs every field; %n still missing: {fields}. Set Curation to draft to save it as it is.</source>
        <translation>
            <numerusform>Not saved: a case marked {state} needs every field; %n still missing: {fields}. Set Curation to draft to save it as it is.</numerusform><numerusform>Not saved: a case marked {state} needs every field; %n still missing: {fields}. Set Curation to draft to save it as it is.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n thing(s) to fix, shown beside each field. First: {problem}</source>
        <translation>
            <numerusform>Not saved: %n thing to fix, shown beside each field. First: {problem}</numerusform><numerusform>Not saved: %n things to fix, shown beside each field. First: {problem}</numerusform></translation>
    </message>
</context>
<context>
    <name>CaseHistoryPane</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform><numerusform>%n fields</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s), newest first. Choose one to see what it changed; setting something back is a new edit, which travels to other devices like any other.</source>
        <translation>
            <numerusform>%n edit, newest first. Choose one to see what it changed; setting something back is a new edit, which travels to other devices like any other.</numerusform><numerusform>%n edits, newest first. Choose one to see what it changed; setting something back is a new edit, which travels to other devices like any other.</numerusform></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message numerus="yes">
        <source>%n case(s) side by side. Click a title to show that case in the main window.</source>
        <translation>
            <numerusform>%n case side by side. Click a title to show that case in the main window.</numerusform><numerusform>%n cases side by side. Click a title to show that case in the main window.</numerusform></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n open conflict</numerusform><numerusform>%n open conflicts</numerusform></translation>
    </message>
</context>
<context>
    <name>DeletedCasesDialog</name>
    <message numerus="yes">
        <source>%n deleted case(s). Restore brings one back as it was before it was deleted.</source>
        <translation>
            <numerusform>%n deleted case. Restore brings one back as it was before it was deleted.</numerusform><numerusform>%n deleted cases. Restore brings one back as it was before it was deleted.</numerusform></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n pair(s) of cases look like the same practice. Merge keeps the first case with every source, component and attachment of both; Undo Merge brings the second back.</source>
        <translation>
            <numerusform>%n pair of cases look like the same practice. Merge keeps the first case with every source, component and attachment of both; Undo Merge brings the second back.</numerusform><numerusform>%n pairs of cases look like the same practice. Merge keeps the first case with every source, component and attachment of both; Undo Merge brings the second back.</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>%n new case(s) look like cases already here: {cases}. Edit &gt; Find Duplicates merges them after the import.</source>
        <translation>
            <numerusform>%n new case look like cases already here: {cases}. Edit &gt; Find Duplicates merges them after the import.</numerusform><numerusform>%n new cases look like cases already here: {cases}. Edit &gt; Find Duplicates merges them after the import.</numerusform></translation>
    </message>
</context>
<context>
    <name>MapWords</name>
    <message numerus="yes">
        <source>{country}: %n case(s)</source>
        <translation>
            <numerusform>{country}: %n case</numerusform><numerusform>{country}: %n cases</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{city}, {country}: %n case(s)</source>
        <translation>
            <numerusform>{city}, {country}: %n case</numerusform><numerusform>{city}, {country}: %n cases</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and %n more city(ies)</source>
        <translation>
            <numerusform>and %n more city(ies)</numerusform><numerusform>and %n more city(ies)</numerusform></translation>
    </message>
</context>
<context>
    <name>PendingPartsDialog</name>
    <message numerus="yes">
        <source>%n part(s) of cases wait for their case or file to arrive in a later bundle. Each is dropped after 90 days; a bundle that carries it again brings it back.</source>
        <translation>
            <numerusform>%n part of cases wait for their case or file to arrive in a later bundle. Each is dropped after 90 days; a bundle that carries it again brings it back.</numerusform><numerusform>%n parts of cases wait for their case or file to arrive in a later bundle. Each is dropped after 90 days; a bundle that carries it again brings it back.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Drop the %n waiting part(s)? A bundle that carries one again brings it back.</source>
        <translation>
            <numerusform>Drop the %n waiting part? A bundle that carries one again brings it back.</numerusform><numerusform>Drop the %n waiting parts? A bundle that carries one again brings it back.</numerusform></translation>
    </message>
</context>
<context>
    <name>ResultsExporter</name>
    <message numerus="yes">
        <source>Exported %n case(s) to {file}.</source>
        <translation>
            <numerusform>Exported %n case to {file}.</numerusform><numerusform>Exported %n cases to {file}.</numerusform></translation>
    </message>
</context>
<context>
    <name>SearchControl</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform><numerusform>%n cases</numerusform></translation>
    </message>
</context>
<context>
    <name>TranslationDesk</name>
    <message numerus="yes">
        <source>Saved %n field(s)</source>
        <translation>
            <numerusform>Saved %n field</numerusform><numerusform>Saved %n fields</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Confirmed %n field(s)</source>
        <translation>
            <numerusform>Confirmed %n field</numerusform><numerusform>Confirmed %n fields</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Drafted %n field(s); confirm each once read</source>
        <translation>
            <numerusform>Drafted %n field; confirm each once read</numerusform><numerusform>Drafted %n fields; confirm each once read</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n field(s)</source>
        <translation>
            <numerusform>Wrote %n field</numerusform><numerusform>Wrote %n fields</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Updated %n field(s)</source>
        <translation>
            <numerusform>Updated %n field</numerusform><numerusform>Updated %n fields</numerusform></translation>
    </message>
</context>
<context>
    <name>TranslatorFiles</name>
    <message numerus="yes">
        <source>Wrote %n field(s) to {file}.</source>
        <translation>
            <numerusform>Wrote %n field to {file}.</numerusform><numerusform>Wrote %n fields to {file}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Updated %n field(s)</source>
        <translation>
            <numerusform>Updated %n field</numerusform><numerusform>Updated %n fields</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{fields} in %n case(s).</source>
        <translation>
            <numerusform>{fields} in %n case.</numerusform><numerusform>{fields} in %n cases.</numerusform></translation>
    </message>
</context>
</TS>